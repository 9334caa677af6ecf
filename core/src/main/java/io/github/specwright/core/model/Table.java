package io.github.specwright.core.model;

/** A grid, simple or (Markdown) pipe table; children are {@link TableRow}s. */
public final class Table extends Node {

    /** Which syntax the table was written in: the two reStructuredText ones, or a Markdown pipe table. */
    public enum Kind { GRID, SIMPLE, PIPE }

    private final Table.Kind tableKind;
    private java.util.List<Integer> columnWidths = java.util.List.of();

    public Table(SourceSpan span, Table.Kind tableKind) {
        super(span);
        this.tableKind = tableKind;
    }

    /** Each column's width in characters, as docutils' colspec gives it (empty when not known). */
    public java.util.List<Integer> columnWidths() {
        return columnWidths;
    }

    public void setColumnWidths(java.util.List<Integer> widths) {
        this.columnWidths = java.util.List.copyOf(widths);
    }

    public Table.Kind tableKind() {
        return tableKind;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitTable(this);
    }
}
