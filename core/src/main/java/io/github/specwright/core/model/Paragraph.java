package io.github.specwright.core.model;

/** A paragraph; {@code rawText} is its source text with line breaks, children are inline nodes. */
public final class Paragraph extends Node implements TextBearing {

    private final String rawText;

    public Paragraph(SourceSpan span, String rawText) {
        super(span);
        this.rawText = rawText;
    }

    public String rawText() {
        return rawText;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitParagraph(this);
    }
}
