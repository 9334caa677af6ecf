package io.github.specwright.core.model;

/** {@code |name|} (also {@code |name|_}). */
public final class SubstitutionReference extends Node {

    private final String name;

    public SubstitutionReference(SourceSpan span, String name) {
        super(span);
        this.name = name;
    }

    public String name() {
        return name;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitSubstitutionReference(this);
    }
}
