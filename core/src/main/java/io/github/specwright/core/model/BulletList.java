package io.github.specwright.core.model;

/** A bullet list; {@code bullet} is one of {@code *+-•‣⁃}. */
public final class BulletList extends Node {

    private final char bullet;

    public BulletList(SourceSpan span, char bullet) {
        super(span);
        this.bullet = bullet;
    }

    public char bullet() {
        return bullet;
    }

    private boolean loose;

    /**
     * A loose Markdown list (CommonMark: items separated by blank lines): its items' paragraphs are shown as
     * paragraphs. A tight list shows them as bare text. Always false for reStructuredText.
     */
    public boolean loose() {
        return loose;
    }

    public BulletList withLoose(boolean loose) {
        this.loose = loose;
        return this;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitBulletList(this);
    }
}
