package io.github.specwright.core.check;

import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.base.Finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole chain on a small repository: reading, parsing, template, headers, markup. */
class SpecCheckerEndToEndTest {

    private static final String LICENSE = """
            ..
             This work is licensed under a Creative Commons Attribution 3.0 Unported
             License.

             http://creativecommons.org/licenses/by/3.0/legalcode

            """;

    private static final String TEMPLATE = LICENSE + """
            ==========
            Spec title
            ==========

            https://github.com/acme/app/issues/1

            Problem description
            ===================

            None

            Proposed change
            ===============

            None

            Alternatives
            ------------

            None

            Testing
            =======

            None
            """;

    @TempDir
    Path root;

    @BeforeEach
    void template() throws IOException {
        write("specs/template.rst", TEMPLATE);
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private List<String> check() throws ConfigException {
        return new SpecChecker(CheckConfig.defaults()).check(root).findings().stream().map(Finding::format).toList();
    }

    @Test
    void copyOfTheTemplatePasses() throws Exception {
        write("specs/approved/a.rst", TEMPLATE);
        write("specs/backlog/b.rst", TEMPLATE.replace("==========\nSpec title\n==========", "====\nIdea\n===="));
        assertThat(check()).isEmpty();
    }

    @Test
    void twoSpecsWithOneTitleAreADuplicate() throws Exception {
        write("specs/approved/a.rst", TEMPLATE);
        write("specs/backlog/b.rst", TEMPLATE);
        assertThat(check()).containsExactly("specs/backlog/b.rst:8:1: error [duplicate-title] 'Spec title' is also"
                + " the title of specs/approved/a.rst: give each spec a title of its own, so that readers and links can"
                + " tell them apart");
    }

    @Test
    void emptySpecMissesEverythingWithoutCrashing() throws Exception {
        write("specs/approved/empty.rst", "");
        assertThat(check()).containsExactly(
                "specs/approved/empty.rst:1:1: error [license-header] licence header missing before the title;"
                        + " expected the text '" + CheckConfig.DEFAULT_LICENSE_HEADER + "'",
                "specs/approved/empty.rst:1:1: error [missing-section] missing section 'Problem description'",
                "specs/approved/empty.rst:1:1: error [missing-section] missing section 'Proposed change'",
                "specs/approved/empty.rst:1:1: error [missing-section] missing section 'Testing'",
                "specs/approved/empty.rst:1:1: error [story-link] no tracker link in the file; add the link to the"
                        + " story (a URL matching " + CheckConfig.DEFAULT_TRACKER_LINK_PATTERN + ") or the line"
                        + " '.. no-tracker-link'");
    }

    @Test
    void shortSpecInTheBacklog() throws Exception {
        write("specs/backlog/idea.rst", LICENSE + """
                ====
                Idea
                ====

                .. no-tracker-link

                Problem description
                ===================

                None

                Testing
                =======

                None
                """);
        assertThat(check()).containsExactly(
                "specs/backlog/idea.rst:21:1: error [missing-section] missing section 'Proposed change'");
    }

    @Test
    void overlinedSectionTitlesArePlacedOnTheirText() throws Exception {
        String spec = TEMPLATE.replace("https://github.com/acme/app/issues/1", "no link")
                .replace("Alternatives\n------------\n\nNone\n\n", "");
        for (String title : List.of("Problem description", "Proposed change", "Testing")) {
            String bar = "#".repeat(title.length());
            spec = spec.replace(title + "\n" + "=".repeat(title.length()), bar + "\n" + title + "\n" + bar);
        }
        write("specs/approved/o.rst", spec);
        assertThat(check()).containsExactly(
                "specs/approved/o.rst:14:1: error [story-link] no tracker link before the first section"
                        + " 'Problem description'; add the link to the story (a URL matching "
                        + CheckConfig.DEFAULT_TRACKER_LINK_PATTERN + ") or the line '.. no-tracker-link'",
                "specs/approved/o.rst:20:1: error [missing-subsection] section 'Proposed change' is missing"
                        + " subsection 'Alternatives'");
    }

    @Test
    void markupProblemsAreSyntaxFindings() throws Exception {
        write("specs/approved/bad.rst", TEMPLATE.replace("Testing\n=======", "Testing\n===="));
        List<String> findings = check();
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0)).startsWith("specs/approved/bad.rst:29:1: error [rst-title-underline] ");
    }

    @Test
    void imagesAndLiteralBlocks() throws Exception {
        write("specs/approved/img.rst", TEMPLATE.replace("Testing\n=======\n\nNone\n", """
                Testing
                =======

                .. image:: diagram.png

                Like this::

                  +------------------------------------------------------------------------------+
                  | a box wider than seventy-nine columns, which a literal block may well hold    |
                  +------------------------------------------------------------------------------+
                """));
        assertThat(check()).containsExactly("specs/approved/img.rst:31:1: error [image] image directive:"
                + " diagrams must be ASCII art in a literal block, not images");
    }

    @Test
    void templatePerDirectory() throws Exception {
        write("specs/2025-template.rst", TEMPLATE.replace("Testing\n=======", "Rollout\n======="));
        write("specs/2025/a.rst", TEMPLATE);
        CheckConfig config = CheckConfig.builder()
                .policy(new PolicyRule("specs/2025/", Policy.FULL, "specs/2025-template.rst", java.util.Set.of(),
                        java.util.Set.of(), false))
                .build();
        assertThat(new SpecChecker(config).check(root).findings()).extracting(Finding::format).containsExactly(
                "specs/2025/a.rst:28:1: error [extra-section] section 'Testing' is not in the template",
                "specs/2025/a.rst:31:1: error [missing-section] missing section 'Rollout'");
    }
}
