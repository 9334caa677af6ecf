package io.github.specwright.core.model;

/**
 * The content of a {@code parsed-literal} directive: text laid out as written (like a literal
 * block) whose inline markup is read (children are inline nodes).
 */
public final class ParsedLiteral extends Node implements TextBearing {

    private final String rawText;

    public ParsedLiteral(SourceSpan span, String rawText) {
        super(span);
        this.rawText = rawText;
    }

    @Override
    public String rawText() {
        return rawText;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitParsedLiteral(this);
    }
}
