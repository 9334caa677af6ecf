package io.github.specwright.core.model;

/** Plain text inside inline content, with backslash escapes resolved. */
public final class Text extends Node {

    private final String text;

    public Text(SourceSpan span, String text) {
        super(span);
        this.text = text;
    }

    public String text() {
        return text;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitText(this);
    }
}
