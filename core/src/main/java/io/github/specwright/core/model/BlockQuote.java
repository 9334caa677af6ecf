package io.github.specwright.core.model;

/** An indented block quote; children are body elements, possibly ending with an {@link Attribution}. */
public final class BlockQuote extends Node {

    public BlockQuote(SourceSpan span) {
        super(span);
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitBlockQuote(this);
    }
}
