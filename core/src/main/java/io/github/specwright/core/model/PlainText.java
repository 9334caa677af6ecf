package io.github.specwright.core.model;

/** The words of a tree, for titles in navigation, feed summaries and the search index. Never markup. */
public final class PlainText {

    private PlainText() {
    }

    /** The text of a node and its descendants, whitespace collapsed. */
    public static String of(Node node) {
        StringBuilder out = new StringBuilder();
        append(node, out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static void append(Node node, StringBuilder out) {
        if (node instanceof Comment || node instanceof Target) {
            return;
        }
        String leaf = leafText(node);
        if (leaf != null) {
            out.append(leaf).append(node instanceof Text || node instanceof InlineLiteral
                    || node instanceof InterpretedText || node instanceof Reference ? "" : " ");
            return;
        }
        for (Node child : node.children()) {
            append(child, out);
        }
        if (node instanceof Directive directive && node.children().isEmpty()) {
            out.append(' ').append(directive.content()).append(' ');
        }
        out.append(' ');
    }

    /** The text of nodes that carry it themselves; for text-bearing nodes the raw text when inline parsing left no children. */
    private static String leafText(Node node) {
        if (node instanceof Text text) {
            return text.text();
        }
        if (node instanceof InlineLiteral literal) {
            return literal.text();
        }
        if (node instanceof InterpretedText interpreted) {
            return interpreted.text();
        }
        if (node instanceof LiteralBlock block) {
            return block.text();
        }
        if (node instanceof DoctestBlock block) {
            return block.text();
        }
        if (node instanceof Reference reference && node.children().isEmpty()) {
            return reference.text();
        }
        if (!node.children().isEmpty()) {
            return null;
        }
        if (node instanceof TextBearing text) {
            return text.rawText();
        }
        return null;
    }
}
