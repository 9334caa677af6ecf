package io.github.specwright.core.model;

/** A comment ({@code .. } followed by anything that is not other explicit markup). */
public final class Comment extends Node {

    private final String text;

    public Comment(SourceSpan span, String text) {
        super(span);
        this.text = text;
    }

    public String text() {
        return text;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitComment(this);
    }
}
