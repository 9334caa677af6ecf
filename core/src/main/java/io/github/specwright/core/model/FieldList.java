package io.github.specwright.core.model;

/** A field list; children are {@link Field}s. */
public final class FieldList extends Node {

    public FieldList(SourceSpan span) {
        super(span);
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitFieldList(this);
    }
}
