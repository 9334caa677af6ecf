package io.github.specwright.core.model;

/** The name of a field; children are inline nodes. */
public final class FieldName extends Node implements TextBearing {

    private final String rawText;

    public FieldName(SourceSpan span, String rawText) {
        super(span);
        this.rawText = rawText;
    }

    public String rawText() {
        return rawText;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitFieldName(this);
    }
}
