package io.github.specwright.core.rst;

import io.github.specwright.core.model.Attribution;
import io.github.specwright.core.model.BulletList;
import io.github.specwright.core.model.Citation;
import io.github.specwright.core.model.Classifier;
import io.github.specwright.core.model.Comment;
import io.github.specwright.core.model.Diagnostic;
import io.github.specwright.core.model.Directive;
import io.github.specwright.core.model.DoctestBlock;
import io.github.specwright.core.model.EnumeratedList;
import io.github.specwright.core.model.FieldName;
import io.github.specwright.core.model.Footnote;
import io.github.specwright.core.model.Line;
import io.github.specwright.core.model.LiteralBlock;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.OptionListItem;
import io.github.specwright.core.model.Paragraph;
import io.github.specwright.core.model.ParsedDocument;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.model.SubstitutionDefinition;
import io.github.specwright.core.model.Subtitle;
import io.github.specwright.core.model.Table;
import io.github.specwright.core.model.TableCell;
import io.github.specwright.core.model.TableRow;
import io.github.specwright.core.model.Target;
import io.github.specwright.core.model.Term;
import io.github.specwright.core.model.Title;
import java.util.ArrayDeque;
import java.util.Deque;

/** A compact, exact text form of a parsed tree (kind, span, key attributes), for assertions. */
final class TreeDump {

    private TreeDump() {
    }

    static ParsedDocument parse(String source) {
        return RstParser.parse(source, "test.rst");
    }

    /** The tree below the document, one node a line, two spaces of indentation per level. */
    static String tree(String source) {
        return tree(parse(source).document());
    }

    static String tree(Node root) {
        StringBuilder out = new StringBuilder();
        Deque<Object[]> stack = new ArrayDeque<>();
        for (int k = root.children().size() - 1; k >= 0; k--) {
            stack.push(new Object[] {root.children().get(k), 0});
        }
        while (!stack.isEmpty()) {
            Object[] entry = stack.pop();
            Node node = (Node) entry[0];
            int depth = (Integer) entry[1];
            out.append("  ".repeat(depth)).append(describe(node)).append('\n');
            if (isTextBearing(node)) {
                continue; // inline children belong to the inline stage, tested on its own
            }
            for (int k = node.children().size() - 1; k >= 0; k--) {
                stack.push(new Object[] {node.children().get(k), depth + 1});
            }
        }
        return out.toString();
    }

    private static boolean isTextBearing(Node node) {
        return node instanceof Title || node instanceof Subtitle || node instanceof Paragraph || node instanceof Term
                || node instanceof Classifier || node instanceof FieldName || node instanceof Line
                || node instanceof Attribution;
    }

    /** The block stage's diagnostics as {@code line LEVEL rule-id}, one a line (inline problems left out). */
    static String diagnostics(String source) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : parse(source).diagnostics()) {
            if (!BlockDiagnosticsParityTest.BLOCK_RULES.contains(d.ruleId()) && !d.ruleId().equals("rst-transition")) {
                continue;
            }
            out.append(d.line()).append(' ').append(d.level()).append(' ').append(d.ruleId()).append('\n');
        }
        return out.toString();
    }

    private static String describe(Node node) {
        String span = node.span().startLine() + ":" + node.span().startColumn() + "-" + node.span().endLine() + ":"
                + node.span().endColumn();
        String head = node.kind() + " " + span;
        if (node instanceof Section s) {
            return head + " level=" + s.level();
        }
        if (node instanceof Title t) {
            return head + " " + quote(t.rawText()) + " '" + t.adornment() + "'" + (t.overlined() ? " overlined" : "");
        }
        if (node instanceof Subtitle t) {
            return head + " " + quote(t.rawText());
        }
        if (node instanceof Paragraph p) {
            return head + " " + quote(p.rawText());
        }
        if (node instanceof Term t) {
            return head + " " + quote(t.rawText());
        }
        if (node instanceof Classifier t) {
            return head + " " + quote(t.rawText());
        }
        if (node instanceof FieldName t) {
            return head + " " + quote(t.rawText());
        }
        if (node instanceof Line t) {
            return head + " " + quote(t.rawText());
        }
        if (node instanceof Attribution t) {
            return head + " " + quote(t.rawText());
        }
        if (node instanceof LiteralBlock t) {
            return head + " " + quote(t.text()) + (t.language() == null ? "" : " lang=" + t.language());
        }
        if (node instanceof DoctestBlock t) {
            return head + " " + quote(t.text());
        }
        if (node instanceof Comment t) {
            return head + " " + quote(t.text());
        }
        if (node instanceof BulletList b) {
            return head + " '" + b.bullet() + "'";
        }
        if (node instanceof EnumeratedList e) {
            return head + " " + e.enumType() + " " + e.prefix() + "#" + e.suffix() + " start=" + e.start();
        }
        if (node instanceof OptionListItem o) {
            return head + " " + quote(o.options());
        }
        if (node instanceof Directive d) {
            return head + " " + d.name() + " args=" + quote(d.arguments()) + " options=" + d.options()
                    + " content=" + quote(d.content()) + " contentLine=" + d.contentLine();
        }
        if (node instanceof Target t) {
            return head + " name=" + quote(t.name()) + " uri=" + quote(t.refUri()) + " ref=" + quote(t.refName())
                    + (t.anonymous() ? " anonymous" : "");
        }
        if (node instanceof SubstitutionDefinition s) {
            return head + " " + quote(s.name());
        }
        if (node instanceof Footnote f) {
            return head + " " + quote(f.label());
        }
        if (node instanceof Citation c) {
            return head + " " + quote(c.label());
        }
        if (node instanceof Table t) {
            return head + " " + t.tableKind();
        }
        if (node instanceof TableRow r) {
            return head + (r.header() ? " header" : "");
        }
        if (node instanceof TableCell c) {
            return head + " rows=" + c.rowSpan() + " cols=" + c.colSpan();
        }
        return head;
    }

    private static String quote(String text) {
        return text == null ? "null" : "\"" + text.replace("\n", "\\n") + "\"";
    }
}
