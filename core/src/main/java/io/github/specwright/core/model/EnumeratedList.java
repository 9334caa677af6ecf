package io.github.specwright.core.model;

/** An enumerated list: {@code enumType} is arabic, loweralpha, upperalpha, lowerroman or upperroman; {@code prefix}/{@code suffix} are the punctuation around the enumerator; {@code start} is the first ordinal. */
public final class EnumeratedList extends Node {

    private final String enumType;
    private final String prefix;
    private final String suffix;
    private final int start;

    public EnumeratedList(SourceSpan span, String enumType, String prefix, String suffix, int start) {
        super(span);
        this.enumType = enumType;
        this.prefix = prefix;
        this.suffix = suffix;
        this.start = start;
    }

    public String enumType() {
        return enumType;
    }

    public String prefix() {
        return prefix;
    }

    public String suffix() {
        return suffix;
    }

    public int start() {
        return start;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitEnumeratedList(this);
    }
}
