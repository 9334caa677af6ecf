package io.github.specwright.core.model;

/** A classifier after a term ({@code term : classifier}); children are inline nodes. */
public final class Classifier extends Node implements TextBearing {

    private final String rawText;

    public Classifier(SourceSpan span, String rawText) {
        super(span);
        this.rawText = rawText;
    }

    public String rawText() {
        return rawText;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitClassifier(this);
    }
}
