package io.github.specwright.core.model;

/** A term, its classifiers and its {@link Definition}. */
public final class DefinitionListItem extends Node {

    public DefinitionListItem(SourceSpan span) {
        super(span);
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitDefinitionListItem(this);
    }
}
