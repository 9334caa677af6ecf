package io.github.specwright.core.model;

/** An item of a bullet or enumerated list; children are body elements. */
public final class ListItem extends Node {

    public ListItem(SourceSpan span) {
        super(span);
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitListItem(this);
    }
}
