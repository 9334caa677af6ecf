package io.github.specwright.core.model;

/** A paragraph; {@code rawText} is its source text with line breaks, children are inline nodes. */
public final class Paragraph extends Node implements TextBearing {

    private final String rawText;

    public Paragraph(SourceSpan span, String rawText) {
        super(span);
        this.rawText = rawText;
    }

    public String rawText() {
        return rawText;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitParagraph(this);
    }

    /**
     * The text of a paragraph's last line as docutils shows it when it ends with the literal-block
     * marker {@code ::}: "Text::" reads "Text:", and "Text ::" reads "Text" (the marker and the
     * space before it go).
     */
    public static String withoutLiteralMarker(String text) {
        if (!text.endsWith("::")) {
            return text;
        }
        String kept = text.substring(0, text.length() - 2);
        return kept.isEmpty() || Character.isWhitespace(kept.charAt(kept.length() - 1)) ? kept.stripTrailing() : kept + ":";
    }
}
