package io.github.specwright.core.tree;

import io.github.specwright.core.model.Attribution;
import io.github.specwright.core.model.BlockQuote;
import io.github.specwright.core.model.BulletList;
import io.github.specwright.core.model.Citation;
import io.github.specwright.core.model.CitationReference;
import io.github.specwright.core.model.Classifier;
import io.github.specwright.core.model.Comment;
import io.github.specwright.core.model.Definition;
import io.github.specwright.core.model.DefinitionList;
import io.github.specwright.core.model.DefinitionListItem;
import io.github.specwright.core.model.Directive;
import io.github.specwright.core.model.DoctestBlock;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Emphasis;
import io.github.specwright.core.model.EnumeratedList;
import io.github.specwright.core.model.Field;
import io.github.specwright.core.model.FieldBody;
import io.github.specwright.core.model.FieldList;
import io.github.specwright.core.model.FieldName;
import io.github.specwright.core.model.Footnote;
import io.github.specwright.core.model.FootnoteReference;
import io.github.specwright.core.model.InlineLiteral;
import io.github.specwright.core.model.InlineTarget;
import io.github.specwright.core.model.InterpretedText;
import io.github.specwright.core.model.Line;
import io.github.specwright.core.model.LineBlock;
import io.github.specwright.core.model.ListItem;
import io.github.specwright.core.model.LiteralBlock;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.OptionList;
import io.github.specwright.core.model.OptionListItem;
import io.github.specwright.core.model.Paragraph;
import io.github.specwright.core.model.Reference;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.model.Strong;
import io.github.specwright.core.model.SubstitutionDefinition;
import io.github.specwright.core.model.SubstitutionReference;
import io.github.specwright.core.model.Subtitle;
import io.github.specwright.core.model.Table;
import io.github.specwright.core.model.TableCell;
import io.github.specwright.core.model.TableRow;
import io.github.specwright.core.model.Target;
import io.github.specwright.core.model.Text;
import io.github.specwright.core.model.Title;
import io.github.specwright.core.model.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The document tree as docutils prints it ({@code Node.pformat()}: one element a line, four spaces
 * of indentation a level, attributes sorted by name, text lines indented under their element),
 * with the normalisation of the reference corpus: no system messages, bare {@code <problematic>},
 * no {@code source} on the document, Sphinx roles and directives as {@code sphinx_role} and
 * {@code sphinx_directive}. A view of the model, beside the HTML renderer: it reads the nodes and
 * the names and ids {@link TreeNames} works out once per document.
 *
 * <p>Coverage is measured by {@code TreeParityTest} against docutils' own trees; the constructs it
 * does not yet print as docutils does are listed, with reasons, in its mismatch file.
 */
public final class PseudoXml {

    /** Sphinx's roles, as the corpus's normalisation names them. */
    static final Set<String> SPHINX_ROLES = Set.of(("doc ref term any abbr command dfn envvar file guilabel kbd"
            + " mailheader makevar manpage menuselection mimetype newsgroup option program regexp samp numref download"
            + " keyword token py:func py:class py:meth py:mod py:obj py:attr py:data py:exc py:const func class meth mod"
            + " attr data exc obj const").split(" "));

    /** Sphinx's directives, as the corpus's normalisation names them. */
    static final Set<String> SPHINX_DIRECTIVES = Set.of(("toctree code-block sourcecode literalinclude glossary"
            + " index only versionadded versionchanged deprecated seealso centered hlist highlight tabularcolumns"
            + " productionlist todo TODO graphviz automodule autoclass autofunction").split(" "));

    private final StringBuilder out = new StringBuilder();
    private final TreeNames names;

    private PseudoXml(TreeNames names) {
        this.names = names;
    }

    /** The pseudo-XML of a parsed document. */
    public static String of(Document document) {
        PseudoXml writer = new PseudoXml(TreeNames.of(document));
        writer.document(document);
        return writer.out.toString();
    }

    private void document(Document document) {
        Map<String, String> attributes = new TreeMap<>();
        Title title = document.title();
        if (title != null) {
            attributes.put("title", TreeNames.plain(title));
        }
        names.addIdsAndNames(document, attributes);
        open("document", attributes, 0);
        children(document, 1);
    }

    private void children(Node parent, int level) {
        for (Node child : parent.children()) {
            node(child, level);
        }
    }

    private void node(Node node, int level) {
        if (node instanceof Text text) {
            text(text.text(), level);
        } else if (node instanceof Section) {
            element("section", node, level);
        } else if (node instanceof Title) {
            element("title", node, level);
        } else if (node instanceof Subtitle) {
            element("subtitle", node, level);
        } else if (node instanceof Paragraph paragraph) {
            paragraph(paragraph, level);
        } else if (node instanceof Emphasis) {
            element("emphasis", node, level);
        } else if (node instanceof Strong) {
            element("strong", node, level);
        } else if (node instanceof InlineLiteral literal) {
            open("literal", new TreeMap<>(), level);
            text(literal.text(), level + 1);
        } else if (node instanceof BulletList list) {
            element("bullet_list", node, level, Map.of("bullet", String.valueOf(list.bullet())));
        } else if (node instanceof EnumeratedList list) {
            Map<String, String> attributes = new TreeMap<>(Map.of("enumtype", list.enumType(), "prefix", list.prefix(),
                    "suffix", list.suffix()));
            if (list.start() != 1) {
                attributes.put("start", String.valueOf(list.start()));
            }
            element("enumerated_list", node, level, attributes);
        } else if (node instanceof ListItem) {
            element("list_item", node, level);
        } else if (node instanceof LiteralBlock literal) {
            open("literal_block", new TreeMap<>(Map.of("xml:space", "preserve")), level);
            text(literal.text(), level + 1);
        } else if (node instanceof DoctestBlock doctest) {
            open("doctest_block", new TreeMap<>(Map.of("xml:space", "preserve")), level);
            text(doctest.text(), level + 1);
        } else if (node instanceof Comment comment) {
            open("comment", new TreeMap<>(Map.of("xml:space", "preserve")), level);
            text(comment.text(), level + 1);
        } else if (node instanceof Reference reference) {
            element("reference", node, level, names.referenceAttributes(reference));
        } else if (node instanceof Target target) {
            element("target", node, level, names.targetAttributes(target));
        } else if (node instanceof InlineTarget) {
            element("target", node, level);
        } else if (node instanceof InterpretedText interpreted) {
            interpreted(interpreted, level);
        } else if (node instanceof DefinitionList) {
            element("definition_list", node, level);
        } else if (node instanceof DefinitionListItem) {
            element("definition_list_item", node, level);
        } else if (node instanceof io.github.specwright.core.model.Term) {
            element("term", node, level);
        } else if (node instanceof Classifier) {
            element("classifier", node, level);
        } else if (node instanceof Definition) {
            element("definition", node, level);
        } else if (node instanceof FieldList) {
            element("field_list", node, level);
        } else if (node instanceof Field) {
            element("field", node, level);
        } else if (node instanceof FieldName) {
            element("field_name", node, level);
        } else if (node instanceof FieldBody) {
            element("field_body", node, level);
        } else if (node instanceof OptionList) {
            element("option_list", node, level);
        } else if (node instanceof OptionListItem) {
            element("option_list_item", node, level);
        } else if (node instanceof BlockQuote) {
            element("block_quote", node, level);
        } else if (node instanceof Attribution) {
            element("attribution", node, level);
        } else if (node instanceof LineBlock) {
            element("line_block", node, level);
        } else if (node instanceof Line) {
            element("line", node, level);
        } else if (node instanceof Transition) {
            element("transition", node, level);
        } else if (node instanceof Footnote) {
            element("footnote", node, level, names.footnoteAttributes(node));
        } else if (node instanceof FootnoteReference) {
            element("footnote_reference", node, level, names.footnoteAttributes(node));
        } else if (node instanceof Citation) {
            element("citation", node, level, names.footnoteAttributes(node));
        } else if (node instanceof CitationReference) {
            element("citation_reference", node, level, names.footnoteAttributes(node));
        } else if (node instanceof SubstitutionDefinition definition) {
            element("substitution_definition", node, level,
                    Map.of("names", TreeNames.escapeName(DocutilsIds.normalizeName(definition.name()))));
        } else if (node instanceof SubstitutionReference reference) {
            element("substitution_reference", node, level, Map.of("refname",
                    TreeNames.escapeName(DocutilsIds.normalizeName(reference.name()))));
        } else if (node instanceof Directive directive) {
            directive(directive, level);
        } else if (node instanceof Table) {
            element("table", node, level);
        } else if (node instanceof TableRow) {
            element("row", node, level);
        } else if (node instanceof TableCell) {
            element("entry", node, level);
        } else {
            element(node.kind(), node, level);
        }
    }

    /** A paragraph; "Text::" before a literal block reads "Text:", and a lone "::" is no paragraph at all. */
    private void paragraph(Paragraph paragraph, int level) {
        List<Node> inline = paragraph.children();
        if (inline.isEmpty() || !(inline.get(inline.size() - 1) instanceof Text last) || !last.text().endsWith("::")) {
            element("paragraph", paragraph, level);
            return;
        }
        String kept = Paragraph.withoutLiteralMarker(last.text());
        if (inline.size() == 1 && kept.isEmpty()) {
            return;
        }
        Map<String, String> attributes = new TreeMap<>();
        names.addIdsAndNames(paragraph, attributes);
        open("paragraph", attributes, level);
        for (int i = 0; i < inline.size() - 1; i++) {
            node(inline.get(i), level + 1);
        }
        text(kept, level + 1);
    }

    private void interpreted(InterpretedText interpreted, int level) {
        String role = interpreted.role();
        if (role != null && SPHINX_ROLES.contains(role)) {
            open("sphinx_role", new TreeMap<>(Map.of("name", role)), level);
            text(interpreted.text(), level + 1);
        } else if (role == null || role.isEmpty() || role.equals("title-reference") || role.equals("title")
                || role.equals("t")) {
            open("title_reference", new TreeMap<>(), level);
            text(interpreted.text(), level + 1);
        } else if (role.equals("emphasis") || role.equals("strong") || role.equals("literal")
                || role.equals("subscript") || role.equals("superscript")) {
            open(role, new TreeMap<>(), level);
            text(interpreted.text(), level + 1);
        } else {
            element("problematic", interpreted, level);
        }
    }

    private void directive(Directive directive, int level) {
        if (SPHINX_DIRECTIVES.contains(directive.name())) {
            open("sphinx_directive", new TreeMap<>(Map.of("arguments", directive.arguments() == null ? ""
                    : directive.arguments().replaceAll("\\s+", " ").strip(), "name", directive.name())), level);
            List<String> body = new ArrayList<>();
            new TreeMap<>(directive.options()).forEach((key, value) -> body.add(value == null || value.isEmpty()
                    ? key : key + ": " + value));
            String content = directive.content() == null ? "" : directive.content();
            if (!body.isEmpty() && !content.isEmpty()) {
                body.add("");
            }
            if (!content.isEmpty()) {
                body.add(content);
            }
            if (!body.isEmpty()) {
                text(String.join("\n", body), level + 1);
            }
            return;
        }
        element(directive.name().replace('-', '_'), directive, level);
    }

    private void element(String tag, Node node, int level) {
        element(tag, node, level, Map.of());
    }

    private void element(String tag, Node node, int level, Map<String, String> given) {
        Map<String, String> attributes = new TreeMap<>(given);
        names.addIdsAndNames(node, attributes);
        open(tag, attributes, level);
        children(node, level + 1);
    }

    private void open(String tag, Map<String, String> attributes, int level) {
        indent(level);
        out.append('<').append(tag);
        attributes.forEach((name, value) -> out.append(' ').append(name).append("=\"").append(value).append('"'));
        out.append(">\n");
    }

    /**
     * Text as pformat prints it: Python's {@code splitlines()} (a final line end starts no line,
     * and \r, \f, \v, \u0085, \u2028... end lines too), each line indented.
     */
    private void text(String text, int level) {
        int start = 0;
        int length = text.length();
        while (start < length) {
            int end = start;
            while (end < length && !isLineBreak(text.charAt(end))) {
                end++;
            }
            indent(level);
            out.append(text, start, end).append('\n');
            if (end < length && text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
        }
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || (c >= '\u001C' && c <= '\u001E')
                || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private void indent(int level) {
        out.append("    ".repeat(level));
    }
}
