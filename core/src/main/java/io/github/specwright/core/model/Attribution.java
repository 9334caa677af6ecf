package io.github.specwright.core.model;

/** The attribution of a block quote ({@code -- Someone}). */
public final class Attribution extends Node implements TextBearing {

    private final String rawText;

    public Attribution(SourceSpan span, String rawText) {
        super(span);
        this.rawText = rawText;
    }

    public String rawText() {
        return rawText;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitAttribution(this);
    }
}
