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

    /** Does the text end with "::" not escaped (an even number of backslashes before it)? */
    public static boolean endsWithLiteralMarker(String raw) {
        if (!raw.endsWith("::")) {
            return false;
        }
        int backslashes = 0;
        for (int i = raw.length() - 3; i >= 0 && raw.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 0;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitParagraph(this);
    }

    /**
     * The text of a paragraph's last text node as docutils shows it when the paragraph ends with
     * the literal-block marker {@code ::}: "Text::" reads "Text:", and "Text ::" reads "Text" (the
     * marker and the space before it go). Which one is decided on the source text, so that
     * {@code ``code``::} keeps its colon though its last text node is only "::".
     */
    public String withoutLiteralMarker(String lastText) {
        String raw = rawText.stripTrailing();
        if (!lastText.endsWith("::") || !endsWithLiteralMarker(raw)) {
            return lastText;
        }
        String kept = lastText.substring(0, lastText.length() - 2);
        boolean spaceBefore = raw.length() < 3 || Character.isWhitespace(raw.charAt(raw.length() - 3));
        return spaceBefore ? kept.stripTrailing() : kept + ":";
    }
}
