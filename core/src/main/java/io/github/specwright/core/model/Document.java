package io.github.specwright.core.model;

/** The root: a whole source file. Its first children may be a {@link Title} and a {@link Subtitle} promoted from the source (docutils' document title promotion). */
public final class Document extends Node {

    private final String sourceName;
    private Target targetBeforeTitle;
    private Target targetBeforeSubtitle;
    /**
     * What is worked out once over the finished tree and then read by everyone (the resolution of names, ids,
     * footnote numbers): kept here so that the checks, the site and the tree dump share one computation.
     */
    private final java.util.Map<Class<?>, Object> derived = new java.util.concurrent.ConcurrentHashMap<>(2);

    public Document(SourceSpan span, String sourceName) {
        super(span);
        this.sourceName = sourceName;
    }

    public String sourceName() {
        return sourceName;
    }

    /**
     * The target that stood right before the section promoted to the document title (docutils moves
     * its names to the section, and so to the document, before promoting it), or null.
     */
    public Target targetBeforeTitle() {
        return targetBeforeTitle;
    }

    /** The target that stood right before the section promoted to the subtitle, or null. */
    public Target targetBeforeSubtitle() {
        return targetBeforeSubtitle;
    }

    public void setTargetsBeforePromotedTitles(Target beforeTitle, Target beforeSubtitle) {
        this.targetBeforeTitle = beforeTitle;
        this.targetBeforeSubtitle = beforeSubtitle;
    }

    /**
     * The value of kind {@code kind} derived from this document, computed by {@code compute} the first time it is
     * asked for. The tree must be finished (parsed, inline markup read) before anything is derived from it.
     */
    public <T> T derived(Class<T> kind, java.util.function.Function<Document, T> compute) {
        Object value = derived.get(kind);
        if (value == null) {
            value = compute.apply(this);
            Object raced = derived.putIfAbsent(kind, value);
            value = raced != null ? raced : value;
        }
        return kind.cast(value);
    }

    /** The title node, or null when there is none. */
    public Title title() {
        return children().isEmpty() || !(children().get(0) instanceof Title t) ? null : t;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitDocument(this);
    }
}
