package io.github.specwright.core.fix;

import io.github.specwright.core.check.InvisibleCharacters;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixes that need no parse, line by line: CR LF and lone CR become LF, tabs in indentation
 * become spaces, trailing whitespace goes, and the file ends with a newline.
 *
 * <p>Tabs are expanded to 8-column tab stops in the indentation of every line, literal blocks
 * included: docutils itself expands every tab that way before parsing, so the document means
 * what it meant. Tabs after the first non-blank character are not indentation and stay.
 * Trailing whitespace is removed everywhere for the same reason: docutils strips it from every
 * line it reads, literal blocks included.
 */
final class LineFixes {

    static final int TAB_WIDTH = 8;

    private LineFixes() {
    }

    static String apply(String source, List<Change> changes) {
        return apply(source, changes, true, java.util.Set.of());
    }

    /**
     * The fixes for a Markdown file: tabs stay (CommonMark reads them with 4-column stops, and in
     * code they are text), and the trailing spaces of the {@code breakLines} (hard line breaks)
     * become a backslash, which breaks the line the same way, instead of being dropped.
     */
    static String applyMarkdown(String source, List<Change> changes, java.util.Set<Integer> breakLines) {
        return apply(source, changes, false, breakLines);
    }

    private static String apply(String source, List<Change> changes, boolean expandTabs,
            java.util.Set<Integer> breakLines) {
        if (source.isEmpty()) {
            return source;
        }
        StringBuilder out = new StringBuilder(source.length());
        int lineNumber = 1;
        int start = 0;
        boolean endsWithNewline = false;
        while (start < source.length()) {
            int end = start;
            while (end < source.length() && source.charAt(end) != '\n' && source.charAt(end) != '\r') {
                end++;
            }
            String line = source.substring(start, end);
            String fixed = fixLine(line, lineNumber, changes, expandTabs, breakLines.contains(lineNumber));
            out.append(fixed);
            if (end < source.length()) {
                boolean crlf = source.charAt(end) == '\r' && end + 1 < source.length() && source.charAt(end + 1) == '\n';
                if (source.charAt(end) == '\r') {
                    changes.add(new Change(lineNumber, "carriage-return",
                            crlf ? "replaced CR LF line end with LF" : "replaced CR line end with LF"));
                }
                out.append('\n');
                start = end + (crlf ? 2 : 1);
                endsWithNewline = start >= source.length();
            } else {
                start = end;
                endsWithNewline = false;
            }
            lineNumber++;
        }
        if (!endsWithNewline) {
            out.append('\n');
            changes.add(new Change(lineNumber - 1, "final-newline", "added the missing final newline"));
        }
        return out.toString();
    }

    private static String fixLine(String line, int lineNumber, List<Change> changes, boolean tabs,
            boolean hardBreak) {
        String result = withoutMeaninglessInvisibles(line, lineNumber, changes);
        int indentEnd = 0;
        while (indentEnd < result.length() && isWhitespace(result.charAt(indentEnd))) {
            indentEnd++;
        }
        if (tabs && result.substring(0, indentEnd).indexOf('\t') >= 0 && indentEnd < result.length()) {
            result = expandTabs(result.substring(0, indentEnd)) + result.substring(indentEnd);
            changes.add(new Change(lineNumber, "tab-indent", "replaced tabs in the indentation with spaces"));
        }
        int contentEnd = result.length();
        while (contentEnd > 0 && isWhitespace(result.charAt(contentEnd - 1))) {
            contentEnd--;
        }
        if (contentEnd < result.length() && hardBreak) {
            result = result.substring(0, contentEnd) + "\\";
            changes.add(new Change(lineNumber, "trailing-whitespace",
                    "replaced the trailing spaces of a line break with a backslash, which breaks the line alike"));
        } else if (contentEnd < result.length()) {
            result = result.substring(0, contentEnd);
            changes.add(new Change(lineNumber, "trailing-whitespace", "removed trailing whitespace"));
        }
        return result;
    }

    /** The line without the invisible characters that mean nothing in a spec (zero-width space, soft hyphen...). */
    private static String withoutMeaninglessInvisibles(String line, int lineNumber, List<Change> changes) {
        StringBuilder kept = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean fileStart = lineNumber == 1 && i == 0;
            if (c >= '\u00AD' && InvisibleCharacters.removable(c) && !fileStart) {
                if (kept == null) {
                    kept = new StringBuilder(line.length()).append(line, 0, i);
                }
                changes.add(new Change(lineNumber, "invisible-character",
                        String.format("removed the invisible character U+%04X", (int) c)));
            } else if (kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? line : kept.toString();
    }

    /**
     * Tabs to spaces up to the next tab stop (every {@value #TAB_WIDTH} columns); any other
     * whitespace character is kept and counts one column.
     */
    static String expandTabs(String indentation) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < indentation.length(); i++) {
            if (indentation.charAt(i) == '\t') {
                out.append(" ".repeat(TAB_WIDTH - out.length() % TAB_WIDTH));
            } else {
                out.append(indentation.charAt(i));
            }
        }
        return out.toString();
    }

    /**
     * Whitespace as Python's {@code str.isspace} sees it, which docutils and doc8 use to strip
     * lines: ASCII blanks, the information separators, NEL, no-break space and the Unicode
     * space separators.
     */
    static boolean isWhitespace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085' || (c >= 0x1c && c <= 0x1f);
    }

    /** The lines of a text whose line ends are all LF, without the line ends. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
