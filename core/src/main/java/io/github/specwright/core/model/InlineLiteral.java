package io.github.specwright.core.model;

/** {@code ``literal``}. */
public final class InlineLiteral extends Node {

    private final String text;

    public InlineLiteral(SourceSpan span, String text) {
        super(span);
        this.text = text;
    }

    public String text() {
        return text;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitInlineLiteral(this);
    }
}
