package io.github.specwright.core.model;

/** {@code .. |name| directive:: ...}; its child is the directive or its inline content. */
public final class SubstitutionDefinition extends Node {

    private final String name;

    public SubstitutionDefinition(SourceSpan span, String name) {
        super(span);
        this.name = name;
    }

    public String name() {
        return name;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitSubstitutionDefinition(this);
    }
}
