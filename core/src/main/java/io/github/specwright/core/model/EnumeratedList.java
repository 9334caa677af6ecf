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

    private boolean loose;

    /**
     * A loose Markdown list (CommonMark: items separated by blank lines): its items' paragraphs are shown as
     * paragraphs. A tight list shows them as bare text. Always false for reStructuredText.
     */
    public boolean loose() {
        return loose;
    }

    public EnumeratedList withLoose(boolean loose) {
        this.loose = loose;
        return this;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitEnumeratedList(this);
    }
}
