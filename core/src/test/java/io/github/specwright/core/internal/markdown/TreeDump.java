package io.github.specwright.core.internal.markdown;

import io.github.specwright.core.model.BulletList;
import io.github.specwright.core.model.Comment;
import io.github.specwright.core.model.Directive;
import io.github.specwright.core.model.EnumeratedList;
import io.github.specwright.core.model.FrontMatter;
import io.github.specwright.core.model.InlineLiteral;
import io.github.specwright.core.model.InterpretedText;
import io.github.specwright.core.model.LiteralBlock;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Paragraph;
import io.github.specwright.core.model.Reference;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.model.TableCell;
import io.github.specwright.core.model.TableRow;
import io.github.specwright.core.model.Target;
import io.github.specwright.core.model.Text;
import io.github.specwright.core.model.Title;

/** A compact, exact text form of a model tree for assertions: one node a line, indented, with its span and key fields. */
final class TreeDump {

    private TreeDump() {
    }

    /** The tree of {@code markdown} read as {@code spec.md}, which must read without a diagnostic. */
    static String ofMarkdown(String markdown) {
        io.github.specwright.core.model.ParsedDocument parsed = MarkdownParser.parse(markdown, "spec.md");
        org.assertj.core.api.Assertions.assertThat(parsed.diagnostics()).isEmpty();
        return of(parsed.document());
    }

    static String of(Node node) {
        StringBuilder out = new StringBuilder();
        dump(node, 0, out);
        return out.toString();
    }

    private static void dump(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.kind()).append(' ').append(node.span()).append(details(node)).append('\n');
        for (Node child : node.children()) {
            dump(child, depth + 1, out);
        }
    }

    private static String details(Node node) {
        if (node instanceof Section s) {
            return " level=" + s.level();
        } else if (node instanceof Title t) {
            return " '" + t.rawText() + "' " + t.adornment();
        } else if (node instanceof Paragraph p) {
            return " '" + esc(p.rawText()) + "'";
        } else if (node instanceof Text t) {
            return " '" + esc(t.text()) + "'";
        } else if (node instanceof InlineLiteral l) {
            return " '" + esc(l.text()) + "'";
        } else if (node instanceof InterpretedText i) {
            return " " + i.role() + " '" + esc(i.text()) + "'";
        } else if (node instanceof LiteralBlock l) {
            return " " + l.language() + " '" + esc(l.text()) + "'";
        } else if (node instanceof Reference r) {
            return " '" + esc(r.text()) + "' name=" + r.refName() + " uri=" + r.refUri();
        } else if (node instanceof Target t) {
            return " name=" + t.name() + " uri=" + t.refUri();
        } else if (node instanceof Directive d) {
            return " " + d.name() + " '" + esc(d.arguments()) + "'" + (d.options().isEmpty() ? "" : " " + d.options())
                    + (d.content().isEmpty() ? "" : " content='" + esc(d.content()) + "'@" + d.contentLine());
        } else if (node instanceof Comment c) {
            return " '" + esc(c.text()) + "'";
        } else if (node instanceof BulletList b) {
            return " " + b.bullet();
        } else if (node instanceof EnumeratedList e) {
            return " " + e.start() + e.suffix();
        } else if (node instanceof io.github.specwright.core.model.ListItem i) {
            return i.task() == io.github.specwright.core.model.ListItem.Task.NONE ? "" : " task=" + i.task();
        } else if (node instanceof io.github.specwright.core.model.Footnote f) {
            return " label=" + f.label();
        } else if (node instanceof io.github.specwright.core.model.FootnoteReference f) {
            return " label=" + f.label();
        } else if (node instanceof TableRow r) {
            return r.header() ? " header" : "";
        } else if (node instanceof TableCell c) {
            return c.colSpan() == 1 ? "" : " colspan=" + c.colSpan();
        } else if (node instanceof FrontMatter f) {
            StringBuilder out = new StringBuilder();
            for (FrontMatter.Entry e : f.entries()) {
                out.append(' ').append(e.key()).append('@').append(e.keySpan()).append('=').append(e.values()).append(e.valueSpans());
            }
            return out.toString();
        }
        return "";
    }

    private static String esc(String s) {
        return s.replace("\n", "\\n");
    }
}
