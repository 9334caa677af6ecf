package io.github.specwright.core.model;

/** A titled section. Its first child is its {@link Title}; {@code level} is 1 for the top level of the document after title promotion. */
public final class Section extends Node {

    private final int level;

    public Section(SourceSpan span, int level) {
        super(span);
        this.level = level;
    }

    public int level() {
        return level;
    }

    /** The title node, or null when there is none. */
    public Title title() {
        return children().isEmpty() || !(children().get(0) instanceof Title t) ? null : t;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitSection(this);
    }
}
