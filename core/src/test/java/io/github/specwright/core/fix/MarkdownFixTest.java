package io.github.specwright.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.check.CheckConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixer on Markdown files: the line fixes only, and none that changes what the file says. */
class MarkdownFixTest {

    private final Fixer fixer = new Fixer(FixOptions.defaults().withRewrap(true));

    @Test
    void lineEndsTrailingWhitespaceAndTheFinalNewlineAreFixedButTabsStay() {
        FileFix fix = fixer.fix("# Title \r\n\n-\titem\t\n\n```\n\tcode  \n```", "spec.md", RequiredSections.none());
        assertThat(fix.fixed()).isEqualTo("# Title\n\n-\titem\n\n```\n\tcode\n```\n");
        assertThat(fix.changes()).extracting(Change::format).containsExactly(
                "line 1: removed trailing whitespace",
                "line 1: replaced CR LF line end with LF",
                "line 3: removed trailing whitespace",
                "line 6: removed trailing whitespace",
                "line 7: added the missing final newline");
    }

    @Test
    void theTrailingSpacesOfAHardLineBreakBecomeABackslashSoTheBreakStays() {
        String source = "# Title\n\nFirst line  \nsecond line   \n\nLast line of a paragraph  \n\n    code  \n    more\n";
        FileFix fix = fixer.fix(source, "notes/spec.markdown", RequiredSections.none());
        assertThat(fix.fixed()).isEqualTo(
                "# Title\n\nFirst line\\\nsecond line\n\nLast line of a paragraph\n\n    code\n    more\n");
        assertThat(fix.changes()).extracting(Change::format).containsExactly(
                "line 3: replaced the trailing spaces of a line break with a backslash, which breaks the line alike",
                "line 4: removed trailing whitespace",
                "line 6: removed trailing whitespace",
                "line 8: removed trailing whitespace");
    }

    @Test
    void shortUnderlinesLongLinesAndMissingSectionsAreLeftAlone() {
        String source = "Title that is long\n===\n\n" + "word ".repeat(30).strip() + "\n";
        RequiredSections required = new RequiredSections(List.of(new SectionOutline("Testing", List.of())),
                null, null);
        FileFix fix = fixer.fix(source, "spec.md", required);
        assertThat(fix.changed()).isFalse();
        assertThat(fix.fixed()).isEqualTo(source);
    }

    @Test
    void theSpecFixerFixesMarkdownSpecsLineByLineAndAddsNoSectionFromAMarkdownTemplate(@TempDir Path root)
            throws Exception {
        Files.createDirectories(root.resolve("specs/approved"));
        Files.writeString(root.resolve("specs/template.md"), "# Title\n\n## Problem description\n\nText.\n\n"
                + "## Testing\n\nText.\n");
        Files.writeString(root.resolve("specs/approved/boot.md"), "# Boot \n\n## Problem description\n\nSlow.");
        Files.writeString(root.resolve("specs/approved/disk.rst"), "Disk\n====\n\nProblem description\n"
                + "-------------------\n\nFull.\n");
        CheckConfig config = CheckConfig.builder().template("specs/template.md")
                .extensions(Set.of(".md", ".rst")).build();

        FixResult result = new SpecFixer(config, FixOptions.defaults()).fix(root);

        assertThat(Files.readString(root.resolve("specs/approved/boot.md")))
                .isEqualTo("# Boot\n\n## Problem description\n\nSlow.\n");
        assertThat(Files.readString(root.resolve("specs/approved/disk.rst")))
                .isEqualTo("Disk\n====\n\nProblem description\n-------------------\n\nFull.\n");
        assertThat(result.files()).extracting(FixResult.FileOutcome::path)
                .containsExactlyInAnyOrder("specs/approved/boot.md", "specs/approved/disk.rst", "specs/template.md");
    }
}
