package io.github.specwright.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
