package io.github.specwright.core.model;

/** The document subtitle promoted from a lone second-level title. Children are inline nodes. */
public final class Subtitle extends Node implements TextBearing {

    private final String rawText;

    public Subtitle(SourceSpan span, String rawText) {
        super(span);
        this.rawText = rawText;
    }

    public String rawText() {
        return rawText;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitSubtitle(this);
    }
}
