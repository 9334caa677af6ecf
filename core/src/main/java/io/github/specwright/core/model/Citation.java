package io.github.specwright.core.model;

/** A citation ({@code .. [label] text}). */
public final class Citation extends Node {

    private final String label;

    public Citation(SourceSpan span, String label) {
        super(span);
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitCitation(this);
    }
}
