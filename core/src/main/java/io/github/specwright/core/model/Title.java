package io.github.specwright.core.model;

/** The title of a section or of the document. {@code rawText} is the title exactly as in the source (trimmed), the text template conformance compares; {@code adornment} is the underline character and {@code overlined} tells whether it has an overline. Children are inline nodes. */
public final class Title extends Node implements TextBearing {

    private final String rawText;
    private final char adornment;
    private final boolean overlined;

    public Title(SourceSpan span, String rawText, char adornment, boolean overlined) {
        super(span);
        this.rawText = rawText;
        this.adornment = adornment;
        this.overlined = overlined;
    }

    private int headingLevel;

    /** The level the source gave the heading (Markdown's number of {@code #}, setext 1 or 2), or 0 (RST). */
    public int headingLevel() {
        return headingLevel;
    }

    public Title withHeadingLevel(int level) {
        this.headingLevel = level;
        return this;
    }

    private String githubAnchor;

    /** The anchor GitHub gives this heading (Markdown: lower case, punctuation dropped, repeats numbered), or null (RST). */
    public String githubAnchor() {
        return githubAnchor;
    }

    public Title withGithubAnchor(String anchor) {
        this.githubAnchor = anchor;
        return this;
    }

    public String rawText() {
        return rawText;
    }

    public char adornment() {
        return adornment;
    }

    public boolean overlined() {
        return overlined;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitTitle(this);
    }
}
