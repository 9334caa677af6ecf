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

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitBulletList(this);
    }
}
