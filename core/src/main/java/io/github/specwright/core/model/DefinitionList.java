package io.github.specwright.core.model;

/** A definition list; children are {@link DefinitionListItem}s. */
public final class DefinitionList extends Node {

    public DefinitionList(SourceSpan span) {
        super(span);
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitDefinitionList(this);
    }
}
