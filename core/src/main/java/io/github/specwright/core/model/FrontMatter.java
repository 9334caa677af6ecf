package io.github.specwright.core.model;

import java.util.List;

/**
 * The YAML front matter of a Markdown document (the block between two {@code ---} lines at the
 * very top), read as a flat list of top-level keys. It plays the part of docutils' docinfo: it
 * comes right after the document {@link Title} when there is one. {@code rawText} is the text
 * between the fences. No children.
 */
public final class FrontMatter extends Node {

    /**
     * One top-level key.
     *
     * @param key        the key as written
     * @param values     its scalar value, or the items of its list, unquoted; empty when the key
     *                   has no value (or holds a nested mapping)
     * @param keySpan    where the key stands
     * @param valueSpans where each value stands, parallel to {@code values}
     */
    public record Entry(String key, List<String> values, SourceSpan keySpan, List<SourceSpan> valueSpans) {

        public Entry {
            values = List.copyOf(values);
            valueSpans = List.copyOf(valueSpans);
        }
    }

    private final String rawText;
    private final List<Entry> entries;

    public FrontMatter(SourceSpan span, String rawText, List<Entry> entries) {
        super(span);
        this.rawText = rawText;
        this.entries = List.copyOf(entries);
    }

    public String rawText() {
        return rawText;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The first entry with this key, or null. */
    public Entry entry(String key) {
        for (Entry entry : entries) {
            if (entry.key().equals(key)) {
                return entry;
            }
        }
        return null;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitFrontMatter(this);
    }
}
