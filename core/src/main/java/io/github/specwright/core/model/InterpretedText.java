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

    /**
     * The text between the backquotes as written, backslashes kept: what docutils' code and math roles show (their
     * backslashes are the code's own). The resolved {@link #text()} when the source is not known.
     */
    public String literalText() {
        if (rawSource == null) {
            return text;
        }
        int open = rawSource.indexOf('`');
        int close = rawSource.lastIndexOf('`');
        return open >= 0 && close > open ? rawSource.substring(open + 1, close) : text;
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
