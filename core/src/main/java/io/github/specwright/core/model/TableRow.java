package io.github.specwright.core.model;

/** A table row; {@code header} tells whether it belongs to the table head. */
public final class TableRow extends Node {

    private final boolean header;

    public TableRow(SourceSpan span, boolean header) {
        super(span);
        this.header = header;
    }

    public boolean header() {
        return header;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitTableRow(this);
    }
}
