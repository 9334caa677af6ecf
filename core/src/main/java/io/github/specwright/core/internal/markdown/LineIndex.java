package io.github.specwright.core.internal.markdown;

import io.github.specwright.core.model.SourceSpan;
import java.util.Arrays;

/**
 * Turns character offsets into 1-based line and column numbers. Built once per source from the
 * positions where lines start, so each lookup is a binary search.
 */
final class LineIndex {

    private final String text;
    private final int[] lineStarts;

    LineIndex(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** The 1-based line holding {@code offset}; an offset at a line's newline belongs to that line. */
    int line(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int found = Arrays.binarySearch(lineStarts, clamped);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** The 1-based column of {@code offset} on its line. */
    int column(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        return clamped - lineStarts[line(clamped) - 1] + 1;
    }

    /**
     * The span of the characters {@code [start, end)}, with trailing whitespace and line ends left
     * out so a block ends on its last visible character. An empty or blank range gives a
     * zero-width span at {@code start}.
     */
    SourceSpan span(int start, int end) {
        int last = Math.min(end, text.length());
        while (last > start && isMarkdownWhitespace(text.charAt(last - 1))) {
            last--;
        }
        return exactSpan(start, last);
    }

    /**
     * CommonMark's whitespace: space, tab, line feed, line tabulation, form feed, carriage return.
     * Not Java's wider idea of it: a LINE SEPARATOR (U+2028) is text to Markdown, and a span that
     * left it out would end before the text inside it.
     */
    private static boolean isMarkdownWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The span of exactly the characters {@code [start, end)}, whitespace included. */
    SourceSpan exactSpan(int start, int end) {
        int from = Math.max(0, Math.min(start, text.length()));
        int to = Math.max(from, Math.min(end, text.length()));
        if (to == from) {
            return SourceSpan.of(line(from), column(from), line(from), column(from));
        }
        // The end column is exclusive: one past the last character, on that character's line.
        return SourceSpan.of(line(from), column(from), line(to - 1), column(to - 1) + 1);
    }

    int lineCount() {
        return lineStarts.length;
    }

    int lineStart(int line) {
        return lineStarts[line - 1];
    }
}
