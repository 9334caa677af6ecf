package io.github.specwright.core.model;

/** An option list; children are {@link OptionListItem}s. */
public final class OptionList extends Node {

    public OptionList(SourceSpan span) {
        super(span);
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitOptionList(this);
    }
}
