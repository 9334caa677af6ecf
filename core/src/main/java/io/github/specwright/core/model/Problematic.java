package io.github.specwright.core.model;

/**
 * Markup docutils could not read (a start-string never closed, a reference to no target), kept as
 * the text it was written as: the one child is a {@link Text}. An error was reported for it.
 */
public final class Problematic extends Node {

    public Problematic(SourceSpan span, String text) {
        super(span);
        addChild(new Text(span, text));
    }

    /** The text as written. */
    public String text() {
        return ((Text) children().get(0)).text();
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitProblematic(this);
    }
}
