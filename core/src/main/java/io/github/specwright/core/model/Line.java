package io.github.specwright.core.model;

/** One line of a line block; children are inline nodes. */
public final class Line extends Node implements TextBearing {

    private final String rawText;

    public Line(SourceSpan span, String rawText) {
        super(span);
        this.rawText = rawText;
    }

    public String rawText() {
        return rawText;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitLine(this);
    }
}
