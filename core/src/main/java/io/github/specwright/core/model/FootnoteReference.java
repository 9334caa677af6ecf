package io.github.specwright.core.model;

/** {@code [1]_}, {@code [#]_}, {@code [#name]_} or {@code [*]_}. */
public final class FootnoteReference extends Node {

    private final String label;

    public FootnoteReference(SourceSpan span, String label) {
        super(span);
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitFootnoteReference(this);
    }
}
