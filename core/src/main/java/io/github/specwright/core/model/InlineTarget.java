package io.github.specwright.core.model;

/** An inline internal target: {@code _`name`}. */
public final class InlineTarget extends Node {

    private final String name;

    public InlineTarget(SourceSpan span, String name) {
        super(span);
        this.name = name;
    }

    public String name() {
        return name;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitInlineTarget(this);
    }
}
