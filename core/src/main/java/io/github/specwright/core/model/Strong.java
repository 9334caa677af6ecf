package io.github.specwright.core.model;

/** {@code **strong**}; children are inline nodes. */
public final class Strong extends Node {

    public Strong(SourceSpan span) {
        super(span);
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitStrong(this);
    }
}
