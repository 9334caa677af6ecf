package io.github.specwright.core.model;

/** The root: a whole source file. Its first children may be a {@link Title} and a {@link Subtitle} promoted from the source (docutils' document title promotion). */
public final class Document extends Node {

    private final String sourceName;
    private Target targetBeforeTitle;
    private Target targetBeforeSubtitle;

    public Document(SourceSpan span, String sourceName) {
        super(span);
        this.sourceName = sourceName;
    }

    public String sourceName() {
        return sourceName;
    }

    /**
     * The target that stood right before the section promoted to the document title (docutils moves
     * its names to the section, and so to the document, before promoting it), or null.
     */
    public Target targetBeforeTitle() {
        return targetBeforeTitle;
    }

    /** The target that stood right before the section promoted to the subtitle, or null. */
    public Target targetBeforeSubtitle() {
        return targetBeforeSubtitle;
    }

    public void setTargetsBeforePromotedTitles(Target beforeTitle, Target beforeSubtitle) {
        this.targetBeforeTitle = beforeTitle;
        this.targetBeforeSubtitle = beforeSubtitle;
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
