package io.github.specwright.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.parse.DocumentParsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** migrate: the marker, the renames and the added stubs, nothing else. */
class MigrationTest {

    private static final String TEMPLATE = """
            .. template-version: 2

            =====
            Title
            =====

            Problem description
            ===================

            Describe it.

            Proposed change
            ===============

            Describe it.

            Alternatives considered
            -----------------------

            What else?

            Security impact
            ===============

            Describe it.
            """;

    private static RequiredSections required(String template, String name) {
        return RequiredSections.fromTemplate(DocumentParsers.parse(template, name));
    }

    @Test
    void reStructuredTextGetsTheMarkerTheRenamesAndTheMissingSections() {
        String spec = """
                =====
                Fast
                =====

                Problem description
                ===================

                Slow.

                Proposed change
                ===============

                Faster.

                Alternatives
                ------------

                None.
                """;
        FileFix fix = Migration.apply(spec, "specs/approved/fast.rst", new Migration.Plan(
                required(TEMPLATE, "t.rst"), Map.of("Alternatives", "Alternatives considered"), "2"));
        assertThat(fix.fixed()).isEqualTo("""
                .. template-version: 2

                =====
                Fast
                =====

                Problem description
                ===================

                Slow.

                Proposed change
                ===============

                Faster.

                Alternatives considered
                -----------------------

                None.

                Security impact
                ===============

                None
                """);
        assertThat(fix.changes()).extracting(Change::format).containsExactly(
                "line 1: declared template version 2",
                "line 15: renamed the section \"Alternatives\" to \"Alternatives considered\"",
                "line 18: added the missing section \"Security impact\" with the body \"None\"");
        assertThat(fix.insertions()).extracting(Insertion::firstLine).containsExactly(1, 21);
        // A second migration finds nothing to do.
        FileFix again = Migration.apply(fix.fixed(), "specs/approved/fast.rst", new Migration.Plan(
                required(TEMPLATE, "t.rst"), Map.of("Alternatives", "Alternatives considered"), "2"));
        assertThat(again.changed()).isFalse();
    }

    @Test
    void anOlderMarkerIsRewrittenInPlace() {
        String spec = "..\n  licence\n\n.. template-version: 1\n\n=====\nTitle\n=====\n\nProblem description\n"
                + "===================\n\nx\n";
        FileFix fix = Migration.apply(spec, "a.rst", new Migration.Plan(RequiredSections.none(), Map.of(), "2"));
        assertThat(fix.fixed()).isEqualTo(spec.replace("template-version: 1", "template-version: 2"));
        assertThat(fix.changes()).extracting(Change::format).containsExactly("line 4: template version 1 is now 2");
        assertThat(fix.insertions()).isEmpty();
    }

    @Test
    void markdownGetsFrontMatterRenamedHeadingsAndStubs() {
        String template = """
                ---
                template-version: 3
                ---

                # Title

                ## Summary

                Say it.

                ## Design

                ### Risks

                Which?

                ## Rollout

                How?
                """;
        String spec = """
                ---
                status: draft
                ---

                # Faster boot

                ## Motivation

                Boot is slow.

                ## Design

                Cache it.
                """;
        FileFix fix = Migration.apply(spec, "specs/approved/boot.md", new Migration.Plan(required(template, "t.md"),
                Map.of("Motivation", "Summary"), "3"));
        assertThat(fix.fixed()).isEqualTo("""
                ---
                status: draft
                template-version: 3
                ---

                # Faster boot

                ## Summary

                Boot is slow.

                ## Design

                Cache it.

                ### Risks

                None

                ## Rollout

                None
                """);
        assertThat(fix.insertions()).extracting(Insertion::firstLine).containsExactly(3, 15, 19);
        assertThat(fix.changes()).extracting(Change::format).containsExactly(
                "line 1: declared template version 3",
                "line 7: renamed the section \"Motivation\" to \"Summary\"",
                "line 13: added the missing subsection \"Risks\" with the body \"None\"",
                "line 13: added the missing section \"Rollout\" with the body \"None\"");
    }

    @Test
    void markdownWithoutFrontMatterGetsOne() {
        FileFix fix = Migration.apply("# T\n\n## A\n\nx\n", "a.md", new Migration.Plan(RequiredSections.none(),
                Map.of(), "2"));
        assertThat(fix.fixed()).isEqualTo("---\ntemplate-version: 2\n---\n\n# T\n\n## A\n\nx\n");
        assertThat(fix.insertions()).containsExactly(new Insertion(1, 4, "---\ntemplate-version: 2\n---\n\n"));
    }

    @Test
    void theMigratorWorksOnTheSpecsOfTheirPoliciesOnlyAndCanDryRun(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("specs/approved"));
        Files.createDirectories(root.resolve("specs/backlog"));
        Files.createDirectories(root.resolve("doc"));
        Files.writeString(root.resolve("specs/template.rst"), TEMPLATE);
        String full = "=====\nFull\n=====\n\nProblem description\n===================\n\nx\n\nOther\n=====\n\ny\n";
        Files.writeString(root.resolve("specs/approved/full.rst"), full);
        Files.writeString(root.resolve("specs/backlog/idea.rst"), full);
        Files.writeString(root.resolve("doc/readme.rst"), full);
        CheckConfig config = CheckConfig.builder().renamedSections(List.of("Alternatives > Alternatives considered"))
                .build();
        FixResult dry = new SpecMigrator(config, true).migrate(root, List.of(root));
        assertThat(Files.readString(root.resolve("specs/approved/full.rst"))).isEqualTo(full);
        assertThat(dry.files()).extracting(FixResult.FileOutcome::path)
                .containsExactly("specs/approved/full.rst", "specs/backlog/idea.rst");
        FixResult result = new SpecMigrator(config, false).migrate(root, List.of(root));
        assertThat(result.format("Migrated")).isEqualTo("""
                specs/approved/full.rst: 4 changes
                  line 1: declared template version 2
                  line 13: added the missing section "Proposed change" with the body "None"
                  line 13: added the missing subsection "Alternatives considered" with the body "None"
                  line 13: added the missing section "Security impact" with the body "None"
                specs/backlog/idea.rst: 2 changes
                  line 1: declared template version 2
                  line 13: added the missing section "Proposed change" with the body "None"
                Migrated 2 of 2 files.
                """);
        assertThat(Files.readString(root.resolve("doc/readme.rst"))).isEqualTo(full);
        assertThat(Files.readString(root.resolve("specs/approved/full.rst"))).startsWith(".. template-version: 2\n\n");
    }
}
