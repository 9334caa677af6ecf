package io.github.specwright.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormatRulesTest {

    private static List<String> check(String text) {
        return check(text, 79);
    }

    private static List<String> check(String text, int max) {
        List<String> lines = FormatRules.lines(text);
        return FormatRules.check(text, lines, max, LongLineExemptions.fromLines(lines)).stream()
                .map(p -> p.line() + ":" + p.column() + " " + p.ruleId())
                .toList();
    }

    @Test
    void cleanTextHasNoFindings() {
        assertThat(check("Title\n=====\n\nSome text.\n")).isEmpty();
    }

    @Test
    void emptyFileHasNoFindings() {
        assertThat(check("")).isEmpty();
    }

    @Test
    void trailingWhitespaceIsReportedWhereItStarts() {
        assertThat(check("one\ntwo  \nthree\t\n")).containsExactly("2:4 trailing-whitespace", "3:6 trailing-whitespace");
    }

    @Test
    void whitespaceOnlyLineIsTrailingWhitespace() {
        assertThat(check("a\n   \nb\n")).containsExactly("2:1 trailing-whitespace");
    }

    @Test
    void tabInIndentationIsReported() {
        assertThat(check("a\n\tb\n  \tc\nd\te\n")).containsExactly("2:1 tab-indent", "3:3 tab-indent");
    }

    @Test
    void carriageReturnIsReportedOnceNotAsTrailingWhitespace() {
        assertThat(check("a\r\nb\r\n")).containsExactly("1:2 carriage-return", "2:2 carriage-return");
    }

    @Test
    void loneCarriageReturnInsideALine() {
        assertThat(check("a\rb\n")).containsExactly("1:2 carriage-return");
    }

    @Test
    void missingFinalNewlineIsReportedAfterTheLastCharacter() {
        assertThat(check("a\nbcd")).containsExactly("2:4 final-newline");
    }

    @Test
    void lineOverTheLimitIsReportedAtTheFirstColumnPastIt() {
        String longLine = "word ".repeat(16) + "end"; // 83 characters
        assertThat(check("a\n" + longLine + "\n")).containsExactly("2:80 line-length");
        assertThat(check("x".repeat(39) + " " + "y".repeat(39) + "\n")).isEmpty(); // exactly 79
        assertThat(check("x".repeat(40) + " " + "y".repeat(39) + "\n")).containsExactly("1:80 line-length");
    }

    @Test
    void limitIsConfigurable() {
        assertThat(check("aaaa bbbb\n", 8)).containsExactly("1:9 line-length");
        assertThat(check("aaaa bbbb\n", 9)).isEmpty();
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        String line = "é".repeat(40) + " " + "é".repeat(38); // 79 characters, 158 bytes
        assertThat(check(line + "\n")).isEmpty();
    }

    @Test
    void lineWithoutInnerWhitespaceIsExempt() {
        assertThat(check("   " + "x".repeat(100) + "\n")).isEmpty();
    }

    @Test
    void lineWithUrlIsExempt() {
        assertThat(check("see the page at https://example.org/" + "x".repeat(60) + " for more\n")).isEmpty();
        assertThat(check("see the page at http://example.org/" + "x".repeat(60) + " for more\n")).isEmpty();
    }

    @Test
    void directiveBodyIsExempt() {
        String body = "   " + "word ".repeat(20) + "\n";
        String text = "Text.\n\n.. note::\n\n" + body.stripTrailing() + "\n\nAfter " + "word ".repeat(16) + "end\n";
        assertThat(check(text)).containsExactly("7:80 line-length");
    }

    @Test
    void lineWithDoubleColonAloneStartsAnExemptRegion() {
        String text = "::\n\n  " + "code ".repeat(20).stripTrailing() + "\n";
        assertThat(check(text)).isEmpty();
    }

    @Test
    void lineFollowedByAMoreIndentedLineIsExemptLikeADefinitionTerm() {
        String term = "term " + "word ".repeat(16).stripTrailing();
        assertThat(check(term + "\n  definition\n")).isEmpty();
        // ... but not when it starts a list item
        assertThat(check("* " + term + "\n  continued\n")).containsExactly("1:80 line-length");
    }

    @Test
    void exemptionsAreWorkedOutOnlyForALineOverTheLimit() {
        java.util.concurrent.atomic.AtomicInteger built = new java.util.concurrent.atomic.AtomicInteger();
        String shortLines = "short\nlines\n";
        List<String> lines = FormatRules.lines(shortLines);
        FormatRules.check(shortLines, lines, 79, LongLineExemptions.whenNeeded(() -> {
            built.incrementAndGet();
            return LongLineExemptions.fromLines(lines);
        }));
        assertThat(built).hasValue(0);

        String twoLong = "a " + "b".repeat(80) + "\nc " + "d".repeat(80) + "\n";
        List<String> longLines = FormatRules.lines(twoLong);
        List<Problem> problems = FormatRules.check(twoLong, longLines, 79, LongLineExemptions.whenNeeded(() -> {
            built.incrementAndGet();
            return LongLineExemptions.fromLines(longLines);
        }));
        assertThat(built).hasValue(1);
        assertThat(problems).extracting(p -> p.line() + ":" + p.column() + " " + p.ruleId())
                .containsExactly("1:80 line-length", "2:80 line-length");
    }

    @Test
    void unicodeWhitespaceStillCountsAsTrailingWhitespace() {
        assertThat(check("text\u00a0\nmore\u2003\n")).containsExactly("1:5 trailing-whitespace",
                "2:5 trailing-whitespace");
    }
}
