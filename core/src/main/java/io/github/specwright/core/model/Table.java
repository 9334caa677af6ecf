package io.github.specwright.core.model;

/** A grid, simple or (Markdown) pipe table; children are {@link TableRow}s. */
public final class Table extends Node {

    /** Which syntax the table was written in: the two reStructuredText ones, or a Markdown pipe table. */
    public enum Kind { GRID, SIMPLE, PIPE }

    private final Table.Kind tableKind;

    public Table(SourceSpan span, Table.Kind tableKind) {
        super(span);
        this.tableKind = tableKind;
    }

    public Table.Kind tableKind() {
        return tableKind;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitTable(this);
    }
}
