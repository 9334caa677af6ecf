package io.github.specwright.core.model;

/** A hard line break inside a paragraph (Markdown's two trailing spaces or backslash before a line end). */
public final class LineBreak extends Node {

    public LineBreak(SourceSpan span) {
        super(span);
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitLineBreak(this);
    }
}
