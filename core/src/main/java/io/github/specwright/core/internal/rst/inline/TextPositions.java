package io.github.specwright.core.internal.rst.inline;

import io.github.specwright.core.model.SourceSpan;

/**
 * Maps offsets in a node's raw text back to source lines and columns. The raw text is the
 * source with the block's indentation removed and lines joined by {@code \n}; every line of it
 * starts at the same source column as the first.
 */
final class TextPositions {

    private final int[] lineStarts;
    private final int firstLine;
    private final int column;

    TextPositions(String rawText, int firstLine, int column) {
        int count = 1;
        for (int i = rawText.indexOf('\n'); i >= 0; i = rawText.indexOf('\n', i + 1)) {
            count++;
        }
        lineStarts = new int[count];
        int index = 1;
        for (int i = rawText.indexOf('\n'); i >= 0; i = rawText.indexOf('\n', i + 1)) {
            lineStarts[index++] = i + 1;
        }
        this.firstLine = firstLine;
        this.column = column;
    }

    private int lineIndex(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    int line(int offset) {
        return firstLine + lineIndex(offset);
    }

    int column(int offset) {
        return column + offset - lineStarts[lineIndex(offset)];
    }

    /** The span of {@code [start, end)}; an end just after a line break stays on that line. */
    SourceSpan span(int start, int end) {
        int last = Math.max(start, end - 1);
        return SourceSpan.of(line(start), column(start), line(last), column(last) + (end > start ? 1 : 0));
    }
}
