package io.github.specwright.core.check;

import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.base.Finding;
import io.github.specwright.core.base.RuleGroup;
import io.github.specwright.core.base.Severity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same checks on a Markdown specs repository: the template is {@code specs/template.md}, the
 * rules and rule ids are the RST ones, plus the Markdown markup rules ({@code md-*}).
 */
class MarkdownSpecCheckerTest {

    private static final String SPEC = "specs/approved/faster-boot.md";

    @TempDir
    Path root;

    private String template;

    @BeforeEach
    void writeTemplate() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/markdown/template.md")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        write("specs/template.md", template);
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static CheckConfig markdownConfig() throws ConfigException {
        // The specs here are copies of the template: its guidance is template-text's subject, tested on its own.
        return CheckConfig.builder().template("specs/template.md").extensions(Set.of(".md")).checkTemplateText(false)
                .build();
    }

    private List<String> check(String spec) throws Exception {
        write(SPEC, spec);
        return new SpecChecker(markdownConfig()).check(root).findings().stream().map(Finding::format).toList();
    }

    /** The template with every guidance paragraph kept: a complete spec. */
    private String goodSpec() {
        return template.replace("# Title of the Spec", "# Faster boot");
    }

    @Test
    void aSpecThatKeepsTheTemplateHasNoFindingsAndTheTemplateItselfIsChecked() throws Exception {
        assertThat(check(goodSpec())).isEmpty();
    }

    @Test
    void aDeletedSectionAndSubsectionAreReportedWithTheRstRuleIds() throws Exception {
        String spec = goodSpec()
                .replace("## Testing\n\nHow the change is tested beyond unit tests, and what cannot be tested in\n"
                        + "continuous integration.\n\n", "")
                .replace("### Security impact\n", "### Safety impact\n");
        assertThat(check(spec)).containsExactly(
                SPEC + ":32:1: error [missing-subsection] section 'Proposed change' is missing subsection"
                        + " 'Security impact'",
                SPEC + ":132:1: error [missing-section] missing section 'Testing'");
    }

    @Test
    void anEmptySectionIsAWarningAndAGuidanceCommentDoesNotCountAsContent() throws Exception {
        String spec = goodSpec().replace("Which documents change and who writes them.",
                "<!-- Which documents change and who writes them. -->");
        assertThat(check(spec)).containsExactly(SPEC + ":142:1: warning [empty-section] section"
                + " 'Documentation Impact' is empty; write \"None\" when there is nothing to say");
    }

    @Test
    void anExtraTopLevelSectionIsReported() throws Exception {
        String spec = goodSpec().replace("## References", "## Open questions\n\nNone.\n\n## References");
        assertThat(check(spec)).containsExactly(
                SPEC + ":146:1: error [extra-section] section 'Open questions' is not in the template");
    }

    @Test
    void theLicenceCommentAndTheStoryLinkAreRequiredBeforeTheTitleAndFirstSection() throws Exception {
        String spec = goodSpec().replace("Creative Commons", "Creative Commoners")
                .replace("https://example.org/story/123", "(story to come)");
        assertThat(check(spec)).containsExactly(
                SPEC + ":1:1: error [license-header] licence header missing before the title; expected the text '"
                        + CheckConfig.DEFAULT_LICENSE_HEADER + "'",
                SPEC + ":27:1: error [story-link] no tracker link before the first section 'Problem description';"
                        + " add the link to the story (a URL matching " + CheckConfig.DEFAULT_TRACKER_LINK_PATTERN
                        + ") or the line '<!-- no-tracker-link -->'");
    }

    @Test
    void longLinesAreReportedExceptInCodeTablesLinkDefinitionsAndUrls() throws Exception {
        String longProse = "This sentence goes on and on well past the seventy-nine column limit of the spec rules.";
        String spec = goodSpec().replace("## Dependencies\n", "## Dependencies\n\n" + longProse + "\n\n"
                + "```text\n" + longProse + "\n```\n\n"
                + "    " + longProse + "\n\n"
                + "| Column | Text |\n|---|---|\n| one | " + longProse + " |\n\n"
                + "[a long label for a definition]: https://example.org/a/very/long/path/that/goes/on/and/on/x\n\n"
                + "See https://example.org/a/link/that/makes/this/line/longer/than/the/limit/allowed for it.\n");
        assertThat(check(spec)).containsExactly(
                SPEC + ":130:80: error [line-length] line is 87 characters long, over the limit of 79");
    }

    @Test
    void whitespaceAndEncodingRulesApplyUnchanged() throws Exception {
        String spec = goodSpec().replace("other background.", "other background.  ")
                .replace("Specs, libraries", "\tSpecs, libraries");
        assertThat(check(spec)).containsExactly(
                SPEC + ":130:1: error [tab-indent] tab used for indentation; indent with spaces",
                SPEC + ":148:58: error [trailing-whitespace] trailing whitespace");
    }

    @Test
    void markdownMarkupProblemsAndImagesAreFindings() throws Exception {
        String spec = goodSpec().replace("Specs, libraries or hardware this work needs, with links.",
                "Needs [the driver spec][drivers].\n\n![diagram](flow.png)\n\n#### Too deep\n\nText.\n\n```\nopen");
        assertThat(check(spec)).containsExactly(
                SPEC + ":130:7: error [md-broken-reference] link reference [the driver spec][drivers] names the label"
                        + " [drivers], which no link definition declares; add a line \"[drivers]: <url>\" or correct"
                        + " the label",
                SPEC + ":132:1: error [image] image directive: diagrams must be ASCII art in a literal block, not images",
                SPEC + ":134:1: error [md-heading-skip] heading level jumps from 2 to 4 (## to ####); use ### here or"
                        + " add the missing level above it",
                SPEC + ":138:1: error [md-unclosed-fence] code fence ``` is never closed, so everything to the end of"
                        + " the file reads as code; close it with a line ```",
                SPEC + ":163:1: error [missing-section] missing section 'Testing'",
                SPEC + ":163:1: error [missing-section] missing section 'Upgrades and Backwards Compatibility'",
                SPEC + ":163:1: error [missing-section] missing section 'Documentation Impact'",
                SPEC + ":163:1: error [missing-section] missing section 'References'");
    }

    @Test
    void markdownRuleIdsCanBeConfiguredLikeRstOnes() throws Exception {
        CheckConfig config = markdownConfig().toBuilder().disable("md-heading-skip")
                .severity("md-broken-reference", Severity.WARNING).build();
        write(SPEC, goodSpec().replace("## Dependencies\n", "## Dependencies\n\n#### Deep\n\nSee [x][y].\n"));
        assertThat(new SpecChecker(config).check(root).findings()).extracting(Finding::format).containsExactly(
                SPEC + ":132:5: warning [md-broken-reference] link reference [x][y] names the label [y], which no link"
                        + " definition declares; add a line \"[y]: <url>\" or correct the label");
    }

    @Test
    void rstAndMarkdownSpecsCanShareARepositoryEachReadByItsOwnParser() throws Exception {
        write("notes/readme.rst", "Title text\n=====\n");
        write("notes/readme.md", "Title text\n=====\n");
        CheckConfig config = markdownConfig().toBuilder().extensions(Set.of(".md", ".rst")).build();
        assertThat(new SpecChecker(config).check(root).findings()).extracting(Finding::format)
                .containsExactly("notes/readme.rst:2:1: error [rst-title-underline] title 'Title text' has an underline"
                        + " of 5 characters; it needs at least 10");
    }

    @Test
    void frontMatterDeclaredInTheConfigurationIsCheckedInFullAndShortSpecsOnly() throws Exception {
        CheckConfig config = markdownConfig().toBuilder()
                .frontMatter(List.of("status: draft|approved|implemented", "authors: non-empty")).build();
        String frontMatter = "---\nstatus: accepted\nauthors: []\n---\n";
        write(SPEC, frontMatter + goodSpec());
        write("specs/backlog/idea.md", goodSpec().replace("# Faster boot", "# An idea"));
        write("notes/readme.md", "# Notes\n");
        assertThat(new SpecChecker(config).check(root).findings()).extracting(Finding::format).containsExactly(
                SPEC + ":2:9: error [front-matter] front matter key 'status' has the value 'accepted'; expected one of"
                        + " draft, approved, implemented",
                SPEC + ":3:1: error [front-matter] front matter key 'authors' is empty; give it at least one value",
                "specs/backlog/idea.md:1:1: error [front-matter] the spec has no YAML front matter; start the file with"
                        + " a block between two '---' lines that declares status, authors");
    }

    @Test
    void frontMatterFindingsBelongToTheTemplateGroupAndCanBeTurnedOff() throws Exception {
        CheckConfig config = markdownConfig().toBuilder().frontMatter(List.of("status")).build();
        write(SPEC, goodSpec());
        assertThat(new SpecChecker(config.toBuilder().groups(Set.of(RuleGroup.FORMAT, RuleGroup.SYNTAX)).build())
                .check(root).findings()).isEmpty();
        assertThat(new SpecChecker(config.toBuilder().disable("front-matter").build()).check(root).findings())
                .isEmpty();
        assertThat(new SpecChecker(config).check(root).findings()).extracting(Finding::format).containsExactly(
                SPEC + ":1:1: error [front-matter] the spec has no YAML front matter; start the file with a block"
                        + " between two '---' lines that declares status");
    }

    @Test
    void aMarkdownPrioritiesDocumentIsCheckedByThePrioritiesRules() throws Exception {
        write("priorities/2027.1-priorities.md", """
                # 2027.1 Priorities

                ## Essential Priorities

                | Priority | Primary Contacts |
                | --- | --- |
                | [Faster boot](#faster-boot) | alice, bob, carol |

                ## Details

                ### Faster boot

                Boot in seconds.
                """);
        assertThat(new SpecChecker(markdownConfig()).check(root).findings()).extracting(Finding::format).containsExactly(
                "priorities/2027.1-priorities.md:7:33: error [priorities-contacts] this row names 3 primary contacts"
                        + " (alice, bob, carol); name at most 2 and list other contributors elsewhere");
    }
}
