package io.github.specwright.core.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The text of parsed inline content without its markup. */
public final class InlineText {

    private InlineText() {
    }

    /** The text of a node without its markup (docutils' astext), which names a section. */
    public static String plain(Node node) {
        StringBuilder out = new StringBuilder();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(node);
        while (!stack.isEmpty()) {
            Node current = stack.pop();
            if (current instanceof Text text) {
                out.append(text.text());
            } else if (current instanceof InlineLiteral literal) {
                out.append(literal.text());
            } else if (current instanceof InterpretedText interpreted) {
                out.append(interpreted.text());
            } else if (current instanceof InlineTarget target) {
                out.append(target.name());
            } else if (current instanceof SubstitutionReference substitution && current.children().isEmpty()) {
                out.append(substitution.name());
            } else if (current instanceof FootnoteReference || current instanceof CitationReference) {
                out.append(current instanceof FootnoteReference f ? f.label() : ((CitationReference) current).label());
            } else {
                List<Node> children = current.children();
                for (int i = children.size() - 1; i >= 0; i--) {
                    stack.push(children.get(i));
                }
            }
        }
        return out.toString();
    }
}
