package io.github.specwright.core.model;

/** An option list item: {@code options} is the option group as written (e.g. {@code -a, --all}); children are the description's body elements. */
public final class OptionListItem extends Node {

    private final String options;

    public OptionListItem(SourceSpan span, String options) {
        super(span);
        this.options = options;
    }

    public String options() {
        return options;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitOptionListItem(this);
    }
}
