package io.github.specwright.core.model;

/** A field: a {@link FieldName} then a {@link FieldBody}. */
public final class Field extends Node {

    public Field(SourceSpan span) {
        super(span);
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitField(this);
    }
}
