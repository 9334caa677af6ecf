package io.github.specwright.core.model;

/** A literal block: {@code text} is its content with the common indentation removed; {@code language} is set by code-block style directives, else null. */
public final class LiteralBlock extends Node {

    private final String text;
    private final String language;

    public LiteralBlock(SourceSpan span, String text, String language) {
        super(span);
        this.text = text;
        this.language = language;
    }

    public String text() {
        return text;
    }

    public String language() {
        return language;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitLiteralBlock(this);
    }
}
