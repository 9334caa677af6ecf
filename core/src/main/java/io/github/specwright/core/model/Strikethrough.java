package io.github.specwright.core.model;

/**
 * GitHub Flavored Markdown's {@code ~~struck text~~}: text shown struck out, kept as a node so
 * the site renders it as {@code <del>} instead of losing the meaning. Children are inline nodes.
 */
public final class Strikethrough extends Node {

    public Strikethrough(SourceSpan span) {
        super(span);
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitStrikethrough(this);
    }
}
