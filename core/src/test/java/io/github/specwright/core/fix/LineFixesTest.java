package io.github.specwright.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineFixesTest {

    private final List<Change> changes = new ArrayList<>();

    private String fix(String source) {
        return LineFixes.apply(source, changes);
    }

    private List<String> formatted() {
        return changes.stream().map(c -> c.ruleId() + " " + c.format()).toList();
    }

    @Test
    void removesTrailingWhitespace() {
        assertThat(fix("Title \nbody\t\n  \n")).isEqualTo("Title\nbody\n\n");
        assertThat(formatted()).containsExactly(
                "trailing-whitespace line 1: removed trailing whitespace",
                "trailing-whitespace line 2: removed trailing whitespace",
                "trailing-whitespace line 3: removed trailing whitespace");
    }

    @Test
    void removesUnicodeTrailingSpaceAsPythonDoes() {
        assertThat(fix("a\u00a0\nb\u3000\n")).isEqualTo("a\nb\n");
        assertThat(changes).hasSize(2);
    }

    @Test
    void replacesCrLfAndLoneCr() {
        assertThat(fix("a\r\nb\rc\n")).isEqualTo("a\nb\nc\n");
        assertThat(formatted()).containsExactly(
                "carriage-return line 1: replaced CR LF line end with LF",
                "carriage-return line 2: replaced CR line end with LF");
    }

    @Test
    void addsTheFinalNewline() {
        assertThat(fix("a\nlast")).isEqualTo("a\nlast\n");
        assertThat(formatted()).containsExactly("final-newline line 2: added the missing final newline");
    }

    @Test
    void leavesAnEmptyFileEmpty() {
        assertThat(fix("")).isEmpty();
        assertThat(changes).isEmpty();
    }

    @Test
    void expandsIndentationTabsToEightColumnStops() {
        assertThat(fix("\tfoo\n  \tbar\n \t \tbaz\n")).isEqualTo("        foo\n        bar\n                baz\n");
        assertThat(formatted()).containsExactly(
                "tab-indent line 1: replaced tabs in the indentation with spaces",
                "tab-indent line 2: replaced tabs in the indentation with spaces",
                "tab-indent line 3: replaced tabs in the indentation with spaces");
    }

    @Test
    void keepsTabsAfterTheIndentation() {
        assertThat(fix("a\tb\n    x\ty\n")).isEqualTo("a\tb\n    x\ty\n");
        assertThat(changes).isEmpty();
    }

    @Test
    void cleanTextIsUnchanged() {
        String clean = "Title\n=====\n\nBody text.\n\n::\n\n    literal\n";
        assertThat(fix(clean)).isEqualTo(clean);
        assertThat(changes).isEmpty();
    }

    @Test
    void severalFixesOnOneLine() {
        assertThat(fix("\tx \r\n")).isEqualTo("        x\n");
        assertThat(changes).extracting(Change::ruleId)
                .containsExactly("tab-indent", "trailing-whitespace", "carriage-return");
    }
}
