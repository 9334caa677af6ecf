package io.github.specwright.core.model;

/** A footnote; {@code label} is the number, {@code #}, {@code #name} or {@code *} as written. */
public final class Footnote extends Node {

    private final String label;

    public Footnote(SourceSpan span, String label) {
        super(span);
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitFootnote(this);
    }
}
