package io.github.specwright.core.model;

/**
 * Where a node stands in its source file. Lines and columns are 1-based; the end column is
 * exclusive, so a one-character node on line 3, column 5 spans (3, 5)-(3, 6). Columns count
 * characters (UTF-16 code units), the unit editors and docutils both report.
 */
public record SourceSpan(int startLine, int startColumn, int endLine, int endColumn) {

    public static final SourceSpan UNKNOWN = new SourceSpan(0, 0, 0, 0);

    public SourceSpan {
        if (startLine < 0 || startColumn < 0 || endLine < 0 || endColumn < 0) {
            throw new IllegalArgumentException("negative position in span");
        }
    }

    /** A span covering whole lines {@code first..last} (1-based, inclusive). */
    public static SourceSpan lines(int first, int last) {
        return new SourceSpan(first, 1, last, Integer.MAX_VALUE);
    }

    public static SourceSpan of(int startLine, int startColumn, int endLine, int endColumn) {
        return new SourceSpan(startLine, startColumn, endLine, endColumn);
    }

    public boolean containsLine(int line) {
        return line >= startLine && line <= endLine;
    }

    @Override
    public String toString() {
        return startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
    }
}
