package io.github.specwright.core.model;

/** The term of a definition list item; children are inline nodes. */
public final class Term extends Node implements TextBearing {

    private final String rawText;

    public Term(SourceSpan span, String rawText) {
        super(span);
        this.rawText = rawText;
    }

    public String rawText() {
        return rawText;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitTerm(this);
    }
}
