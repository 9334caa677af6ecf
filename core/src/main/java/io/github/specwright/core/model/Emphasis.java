package io.github.specwright.core.model;

/** {@code *emphasis*}; children are inline nodes. */
public final class Emphasis extends Node {

    public Emphasis(SourceSpan span) {
        super(span);
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitEmphasis(this);
    }
}
