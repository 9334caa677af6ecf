package io.github.specwright.core.model;

/** A grid or simple table; children are {@link TableRow}s. */
public final class Table extends Node {

    /** Which of the two reStructuredText table syntaxes the table was written in. */
    public enum Kind { GRID, SIMPLE }

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
