package io.github.specwright.core.model;

/** A table cell spanning {@code rowSpan} rows and {@code colSpan} columns; children are body elements. */
public final class TableCell extends Node {

    private final int rowSpan;
    private final int colSpan;

    private final Alignment alignment;

    /** A pipe table column's alignment, from its separator ({@code :--}, {@code :-:}, {@code --:}). */
    public enum Alignment { NONE, LEFT, CENTER, RIGHT }

    public TableCell(SourceSpan span, int rowSpan, int colSpan) {
        this(span, rowSpan, colSpan, Alignment.NONE);
    }

    public TableCell(SourceSpan span, int rowSpan, int colSpan, Alignment alignment) {
        super(span);
        this.rowSpan = rowSpan;
        this.colSpan = colSpan;
        this.alignment = alignment;
    }

    public Alignment alignment() {
        return alignment;
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
