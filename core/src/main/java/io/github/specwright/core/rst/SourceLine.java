package io.github.specwright.core.rst;

/**
 * One line of a block being parsed: its 1-based source line, the 0-based column (after tab
 * expansion) where {@code text} begins, and the text with the block's indentation removed.
 *
 * <p>Removing indentation only moves an offset into the whole line; the text is cut out when
 * first asked for. Deeply nested blocks re-indent the same lines many times, and copying them
 * each time would make parsing quadratic.
 */
final class SourceLine {

    private final int lineNo;
    private final String full;
    private final int offset;
    private final int baseColumn;
    /** How many spaces the whole line starts with (computed once, shared by every trimmed copy). */
    private final int leadingSpaces;
    private String text;

    /** A line whose text is already right-stripped (so blank means empty). */
    SourceLine(int lineNo, int column, String text) {
        this(lineNo, text, 0, column, countSpaces(text, 0));
    }

    private SourceLine(int lineNo, String full, int offset, int baseColumn, int leadingSpaces) {
        this.lineNo = lineNo;
        this.full = full;
        this.offset = offset;
        this.baseColumn = baseColumn;
        this.leadingSpaces = leadingSpaces;
    }

    private static int countSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i - from;
    }

    int lineNo() {
        return lineNo;
    }

    /** The 0-based expanded column where the text starts. */
    int column() {
        return baseColumn + offset;
    }

    String text() {
        if (text == null) {
            text = offset == 0 ? full : full.substring(offset);
        }
        return text;
    }

    int length() {
        return full.length() - offset;
    }

    /** Lines are right-stripped when read, so a blank line is an empty one. */
    boolean isBlank() {
        return offset >= full.length();
    }

    boolean startsIndented() {
        return offset < full.length() && full.charAt(offset) == ' ';
    }

    /** This line with its first {@code count} characters removed. */
    SourceLine trimLeft(int count) {
        int n = Math.min(count, full.length() - offset);
        return n == 0 ? this : new SourceLine(lineNo, full, offset + n, baseColumn, leadingSpaces);
    }

    int indent() {
        return offset < leadingSpaces ? leadingSpaces - offset : countSpaces(full, offset);
    }

    /** Whether the first {@code count} characters are all spaces (or the line is shorter and blank so far). */
    boolean blankPrefix(int count) {
        if (offset + count <= leadingSpaces) {
            return true;
        }
        int end = Math.min(full.length(), offset + count);
        for (int i = offset; i < end; i++) {
            if (full.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return lineNo + ":" + column() + " " + text();
    }
}
