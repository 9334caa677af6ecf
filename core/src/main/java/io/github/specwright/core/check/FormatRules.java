package io.github.specwright.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The line-based formatting rules, as doc8 applies them: line length (D001), trailing
 * whitespace (D002), tab indentation (D003), carriage returns (D004) and the final newline
 * (D005). Lines are split on {@code \n} only, so a CR LF line ends in a CR, which is reported
 * once, as {@code carriage-return} (doc8 also calls it trailing whitespace; we do not).
 */
final class FormatRules {

    private FormatRules() {
    }

    /**
     * @param text          the decoded file
     * @param lines         its {@link #lines(String) lines}
     * @param maxLineLength the longest allowed line, in characters
     * @param exemptLine    whether a long 1-based line is exempt (literal blocks, directives, ...);
     *                      asked only about lines over the limit
     */
    static List<Problem> check(String text, List<String> lines, int maxLineLength, IntPredicate exemptLine) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int lineNumber = i + 1;
            String raw = lines.get(i);
            int cr = raw.indexOf('\r');
            if (cr >= 0) {
                problems.add(new Problem(lineNumber, cr + 1, RuleIds.CARRIAGE_RETURN,
                        "carriage return (CR) character; use LF line ends only"));
            }
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            int trailing = trailingWhitespaceStart(line);
            if (trailing >= 0) {
                problems.add(new Problem(lineNumber, trailing + 1, RuleIds.TRAILING_WHITESPACE,
                        "trailing whitespace"));
            }
            int tab = tabInIndentation(line);
            if (tab >= 0) {
                problems.add(new Problem(lineNumber, tab + 1, RuleIds.TAB_INDENT,
                        "tab used for indentation; indent with spaces"));
            }
            int length = line.length() > maxLineLength ? line.codePointCount(0, line.length()) : 0;
            if (length > maxLineLength && !exemptFromLength(line) && !exemptLine.test(lineNumber)) {
                int column = line.offsetByCodePoints(0, maxLineLength) + 1;
                problems.add(new Problem(lineNumber, column, RuleIds.LINE_LENGTH,
                        "line is " + length + " characters long, over the limit of " + maxLineLength));
            }
        }
        if (!text.isEmpty() && !text.endsWith("\n")) {
            String last = lines.get(lines.size() - 1);
            problems.add(new Problem(lines.size(), last.length() + 1, RuleIds.FINAL_NEWLINE,
                    "no newline at the end of the file"));
        }
        return problems;
    }

    /** The lines of a text, split on LF; a final LF does not start another line. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                lines.add(text.substring(start));
                break;
            }
            lines.add(text.substring(start, end));
            start = end + 1;
        }
        return lines;
    }

    /**
     * doc8's own exemptions that need no parse: a line with no space after its indentation
     * (nothing to wrap) or with a URL.
     */
    static boolean exemptFromLength(String line) {
        String stripped = line.stripLeading();
        return stripped.indexOf(' ') < 0 || stripped.contains("http://") || stripped.contains("https://");
    }

    /** The index where the trailing whitespace starts, or -1. */
    private static int trailingWhitespaceStart(String line) {
        int end = line.length();
        while (end > 0 && isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return end == line.length() ? -1 : end;
    }

    /** The index of the first tab in the leading whitespace, or -1. */
    private static int tabInIndentation(String line) {
        for (int i = 0; i < line.length() && isWhitespace(line.charAt(i)); i++) {
            if (line.charAt(i) == '\t') {
                return i;
            }
        }
        return -1;
    }

    /** Whitespace as Python's {@code \s} sees it in a str: ASCII and Unicode spaces. */
    static boolean isWhitespace(char c) {
        if (c < 128) { // the common case, without Character's table lookups
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }
}
