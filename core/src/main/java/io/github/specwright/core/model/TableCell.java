package io.github.specwright.core.model;

/** A table cell spanning {@code rowSpan} rows and {@code colSpan} columns; children are body elements. */
public final class TableCell extends Node {

    private final int rowSpan;
    private final int colSpan;

    public TableCell(SourceSpan span, int rowSpan, int colSpan) {
        super(span);
        this.rowSpan = rowSpan;
        this.colSpan = colSpan;
    }

    public int rowSpan() {
        return rowSpan;
    }

    public int colSpan() {
        return colSpan;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitTableCell(this);
    }
}
