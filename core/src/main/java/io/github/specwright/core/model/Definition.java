package io.github.specwright.core.model;

/** The definition of a definition list item; children are body elements. */
public final class Definition extends Node {

    public Definition(SourceSpan span) {
        super(span);
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitDefinition(this);
    }
}
