package io.github.specwright.core.rst;

/**
 * One line of a block being parsed: its 1-based source line, the 0-based column (after tab
 * expansion) where {@code text} begins, and the text with the block's indentation removed.
 */
record SourceLine(int lineNo, int column, String text) {

    boolean isBlank() {
        return text.isBlank();
    }

    boolean startsIndented() {
        return !text.isEmpty() && text.charAt(0) == ' ';
    }

    /** This line with its first {@code count} characters removed. */
    SourceLine trimLeft(int count) {
        int n = Math.min(count, text.length());
        return new SourceLine(lineNo, column + n, text.substring(n));
    }

    int indent() {
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
