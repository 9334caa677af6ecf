package io.github.specwright.core.model;

/** {@code [label]_} naming a citation. */
public final class CitationReference extends Node {

    private final String label;

    public CitationReference(SourceSpan span, String label) {
        super(span);
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitCitationReference(this);
    }
}
