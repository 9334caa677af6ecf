package io.github.specwright.core.model;

/** A line block ({@code | }); children are {@link Line}s and nested line blocks. */
public final class LineBlock extends Node {

    public LineBlock(SourceSpan span) {
        super(span);
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitLineBlock(this);
    }
}
