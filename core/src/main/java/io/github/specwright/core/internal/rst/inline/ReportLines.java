package io.github.specwright.core.internal.rst.inline;

import io.github.specwright.core.model.Classifier;
import io.github.specwright.core.model.DefinitionListItem;
import io.github.specwright.core.model.Diagnostic;
import io.github.specwright.core.model.Line;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Subtitle;
import io.github.specwright.core.model.TableCell;
import io.github.specwright.core.model.Term;
import io.github.specwright.core.model.Title;
import java.util.List;

/**
 * The lines docutils reports inline problems at. docutils does not point at the markup itself
 * but at a line of the enclosing element, and which line depends on the element (measured with
 * docutils 0.19):
 *
 * <ul>
 *   <li>problems found while parsing inline markup: the element's first line; in a table cell
 *       the line after it; for a definition list term, the line before the end of the
 *       definition's indented block (blank lines after it included);</li>
 *   <li>problems found while resolving references: the element's first line; for a section
 *       title its underline; for a line of a line block its last line; for a term as above.</li>
 * </ul>
 *
 * We report at that line, so that our findings match the reference tool's, and name the exact
 * place of the markup in the message when it lies elsewhere.
 */
final class ReportLines {

    private ReportLines() {
    }

    /** The line docutils names for a problem met while parsing the inline text of {@code node}. */
    static int inlineLine(Node node) {
        if (node instanceof Term || node instanceof Classifier) {
            return termLine(node);
        }
        int line = node.span().startLine();
        return insideTableCell(node) ? line + 1 : line;
    }

    /** The line docutils names for a reference problem inside the text of {@code node}. */
    static int resolutionLine(Node node) {
        if (node instanceof Title || node instanceof Subtitle) {
            return node.span().startLine() + 1;
        }
        if (node instanceof Line) {
            return node.span().endLine();
        }
        if (node instanceof Term || node instanceof Classifier) {
            return termLine(node);
        }
        return node.span().startLine();
    }

    /**
     * docutils numbers a term by where the definition's indented block ends: the last line of
     * the block (trailing blank lines included) minus one.
     */
    private static int termLine(Node node) {
        Node item = node.parent();
        while (item != null && !(item instanceof DefinitionListItem)) {
            item = item.parent();
        }
        if (item == null) {
            return node.span().startLine();
        }
        int last = item.span().endLine();
        int next = nextStartLine(item);
        int line = next > last + 1 ? next - 2 : last - 1;
        line = Math.max(line, node.span().startLine());
        return insideTableCell(node) ? line + 1 : line;
    }

    /**
     * The first line of whatever follows {@code node} in document order; past the end of the
     * document (whose span covers its trailing blank lines), the line after its last.
     */
    private static int nextStartLine(Node node) {
        Node current = node;
        while (current.parent() != null) {
            List<Node> siblings = current.parent().children();
            int index = siblings.indexOf(current);
            for (int i = index + 1; i < siblings.size(); i++) {
                int line = siblings.get(i).span().startLine();
                if (line > 0) {
                    return line;
                }
            }
            current = current.parent();
        }
        int documentEnd = current.span().endLine();
        return documentEnd > 0 ? documentEnd + 1 : -1;
    }

    private static boolean insideTableCell(Node node) {
        for (Node parent = node.parent(); parent != null; parent = parent.parent()) {
            if (parent instanceof TableCell) {
                return true;
            }
        }
        return false;
    }

    /** A diagnostic at docutils' line, pointing at the markup when it lies on that line. */
    static Diagnostic diagnostic(int reportLine, int markupLine, int markupColumn, Diagnostic.Level level,
            String ruleId, String message) {
        if (reportLine == markupLine) {
            return new Diagnostic(reportLine, markupColumn, level, ruleId, message);
        }
        return new Diagnostic(reportLine, 1, level, ruleId,
                message + " (the markup is at line " + markupLine + ", column " + markupColumn + ")");
    }
}
