package io.github.specwright.core.model;

/** A transition (a line of four or more punctuation characters between paragraphs). */
public final class Transition extends Node {

    public Transition(SourceSpan span) {
        super(span);
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitTransition(this);
    }
}
