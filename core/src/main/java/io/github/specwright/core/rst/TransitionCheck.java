package io.github.specwright.core.rst;

import io.github.specwright.core.model.Diagnostic.Level;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.model.Subtitle;
import io.github.specwright.core.model.Title;
import io.github.specwright.core.model.Transition;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Where transitions may stand (docutils' Transitions transform): not first in a document or
 * section, not next to another transition, not last in the document.
 */
final class TransitionCheck {

    private TransitionCheck() {
    }

    static void run(Document document, ParseContext ctx) {
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(document);
        while (!pending.isEmpty()) {
            Node parent = pending.pop();
            List<Node> children = parent.children();
            for (int index = 0; index < children.size(); index++) {
                Node child = children.get(index);
                if (child instanceof Section) {
                    pending.push(child);
                } else if (child instanceof Transition) {
                    check(parent, children, index, ctx);
                }
            }
        }
    }

    private static void check(Node parent, List<Node> children, int index, ParseContext ctx) {
        int line = children.get(index).span().startLine();
        boolean titled = !children.isEmpty() && children.get(0) instanceof Title;
        boolean subtitled = titled && children.size() > 1 && children.get(1) instanceof Subtitle;
        // A title's own warning stands after it in docutils' tree and so counts as an element.
        boolean titleWarned = titled && ctx.isWarnedTitle(children.get(0));
        // docutils keeps its messages as nodes in the tree: one reported before the transition
        // within the same document or section means the transition does not begin it.
        // Messages on the title's own lines belong to the construct before it (or are the title's own, see above).
        int parentStart = titled ? children.get(0).span().startLine() + 2 : 1;
        boolean messageBefore = ctx.hasDiagnosticBetween(parentStart, line);
        if (!messageBefore && (index == 0 || (titled && !titleWarned && (index == 1 || (subtitled && index == 2))))) {
            ctx.report(line, Level.ERROR, "rst-transition",
                    "a transition (line " + line + ") may not begin a document or section; put body text before it");
        } else if (index > 0 && children.get(index - 1) instanceof Transition) {
            ctx.report(line, Level.ERROR, "rst-transition",
                    "transitions on lines " + children.get(index - 1).span().startLine() + " and " + line
                            + " are adjacent; put body text between them");
        }
        Node node = children.get(index);
        Node current = node;
        while (current.parent() != null && current.parent().children().indexOf(current) == current.parent().children().size() - 1) {
            current = current.parent();
        }
        if (current.parent() == null && !ctx.hasDiagnosticBetween(line + 1, Integer.MAX_VALUE)) {
            ctx.report(line, Level.ERROR, "rst-transition",
                    "a transition (line " + line + ") may not end the document; remove it or add text after it");
        }
    }
}
