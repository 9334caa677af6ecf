package io.github.specwright.core.model;

/** The root: a whole source file. Its first children may be a {@link Title} and a {@link Subtitle} promoted from the source (docutils' document title promotion). */
public final class Document extends Node {

    private final String sourceName;

    public Document(SourceSpan span, String sourceName) {
        super(span);
        this.sourceName = sourceName;
    }

    public String sourceName() {
        return sourceName;
    }

    /** The title node, or null when there is none. */
    public Title title() {
        return children().isEmpty() || !(children().get(0) instanceof Title t) ? null : t;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitDocument(this);
    }
}
