package io.github.specwright.core.model;

/** Interpreted text with a role: {@code :role:`text`} or {@code `text`} (default role, {@code role} null). */
public final class InterpretedText extends Node {

    private final String role;
    private final String text;

    private String rawSource;

    public InterpretedText(SourceSpan span, String role, String text) {
        super(span);
        this.role = role;
        this.text = text;
    }

    public String role() {
        return role;
    }

    public String text() {
        return text;
    }

    /** The markup as written, role and backslashes included (null when not known). */
    public String rawSource() {
        return rawSource;
    }

    public InterpretedText withRawSource(String raw) {
        this.rawSource = raw;
        return this;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitInterpretedText(this);
    }
}
