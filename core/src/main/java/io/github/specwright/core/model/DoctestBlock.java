package io.github.specwright.core.model;

/** A doctest block (starts with {@code >>>}). */
public final class DoctestBlock extends Node {

    private final String text;

    public DoctestBlock(SourceSpan span, String text) {
        super(span);
        this.text = text;
    }

    public String text() {
        return text;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitDoctestBlock(this);
    }
}
