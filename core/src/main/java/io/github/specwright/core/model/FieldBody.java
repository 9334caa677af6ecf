package io.github.specwright.core.model;

/** The body of a field; children are body elements. */
public final class FieldBody extends Node {

    public FieldBody(SourceSpan span) {
        super(span);
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitFieldBody(this);
    }
}
