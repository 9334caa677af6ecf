package io.github.specwright.core.site;

import io.github.specwright.core.model.BulletList;
import io.github.specwright.core.model.Directive;
import io.github.specwright.core.model.ListItem;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Paragraph;
import io.github.specwright.core.model.TableCell;
import io.github.specwright.core.model.TableRow;
import io.github.specwright.core.model.Text;
import io.github.specwright.core.rst.RstParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders directives: admonitions, code, tables, images, toctrees, includes and the rest of what specs use. A
 * directive it does not know is shown as literal text and reported, so nothing a spec says silently disappears.
 */
final class DirectiveRenderer {

    private static final Map<String, String> ADMONITION_TITLES = Map.ofEntries(
            Map.entry("attention", "Attention"), Map.entry("caution", "Caution"), Map.entry("danger", "Danger"),
            Map.entry("error", "Error"), Map.entry("hint", "Hint"), Map.entry("important", "Important"),
            Map.entry("note", "Note"), Map.entry("tip", "Tip"), Map.entry("warning", "Warning"),
            Map.entry("seealso", "See also"), Map.entry("todo", "To do"));

    private static final Map<String, String> VERSION_TITLES = Map.of(
            "versionadded", "New in version", "versionchanged", "Changed in version", "deprecated", "Deprecated since version");

    /** Directives that only steer a Sphinx build (or that our page layout already provides): nothing to show. */
    private static final Set<String> SILENT = Set.of("contents", "sectnum", "section-numbering", "highlight", "meta",
            "index", "default-role", "title", "tabularcolumns", "role", "footer", "header", "target-notes", "todolist");

    private static final Set<String> CONTAINERS = Set.of("container", "compound", "centered", "hlist", "glossary",
            "class", "only", "ifconfig", "cssclass", "rst-class");

    private static final int MAX_INCLUDE_DEPTH = 8;

    private final HtmlRenderer html;
    private int includeDepth;

    DirectiveRenderer(HtmlRenderer html) {
        this.html = html;
    }

    void render(Directive directive) {
        String name = directive.name().toLowerCase(Locale.ROOT);
        if (ADMONITION_TITLES.containsKey(name)) {
            admonition(directive, name, ADMONITION_TITLES.get(name), true);
        } else if (VERSION_TITLES.containsKey(name)) {
            admonition(directive, name, VERSION_TITLES.get(name) + " " + directive.arguments().strip(), false);
        } else if (SILENT.contains(name)) {
            return;
        } else if (CONTAINERS.contains(name)) {
            html.tag("<div class=\"").tag(cssName(name)).tag("\">\n");
            html.children(body(directive, false));
            html.tag("</div>\n");
        } else {
            switch (name) {
                case "admonition" -> genericAdmonition(directive);
                case "code-block", "code", "sourcecode" -> code(directive);
                case "parsed-literal" -> parsedLiteral(directive);
                case "math" -> html.literalBlock(join(directive.arguments(), directive.content()), null, "math");
                case "list-table" -> listTable(directive);
                case "csv-table" -> csvTable(directive);
                case "image" -> image(directive, false);
                case "figure" -> image(directive, true);
                case "toctree" -> toctree(directive);
                case "include", "literalinclude" -> include(directive);
                case "raw" -> raw(directive);
                case "rubric" -> rubric(directive);
                case "topic", "sidebar" -> topic(directive, name);
                case "epigraph", "highlights", "pull-quote" -> {
                    html.tag("<blockquote class=\"").tag(name).tag("\">\n");
                    html.children(body(directive, false));
                    html.tag("</blockquote>\n");
                }
                case "line-block", "replace", "unicode", "date" -> html.tag("<p>").text(join(directive.arguments(), directive.content())).tag("</p>\n");
                default -> unknown(directive);
            }
        }
    }

    /** A directive inside a substitution definition: its inline form. */
    void renderInline(Directive directive) {
        String name = directive.name().toLowerCase(Locale.ROOT);
        switch (name) {
            case "image" -> {
                if (imageAllowed(directive)) {
                    img(directive);
                } else {
                    html.tag("<span class=\"image-placeholder\">").text("[image: " + directive.arguments().strip() + "]").tag("</span>");
                }
            }
            case "replace" -> {
                List<Node> parsed = directive.children();
                if (!parsed.isEmpty() && parsed.get(0) instanceof Paragraph paragraph) {
                    html.inline(paragraph, paragraph.rawText());
                } else if (!parsed.isEmpty()) {
                    html.children(parsed);
                } else {
                    html.text(join(directive.arguments(), directive.content()).strip());
                }
            }
            default -> html.text(join(directive.arguments(), directive.content()).strip());
        }
    }

    private static String cssName(String name) {
        return name.replaceAll("[^a-z0-9-]", "-");
    }

    private static String join(String arguments, String content) {
        String first = arguments == null ? "" : arguments.strip();
        String rest = content == null ? "" : content;
        if (first.isEmpty()) {
            return rest;
        }
        return rest.isBlank() ? first : first + "\n" + rest;
    }

    /**
     * The body elements of a directive. The parser attaches them for directives whose content is body markup; when
     * it has not (other directives, or the parser still a stub) the content is parsed here. For admonitions the
     * argument line is the start of the body, as in docutils.
     */
    private List<Node> body(Directive directive, boolean argumentIsBody) {
        if (!directive.children().isEmpty()) {
            return directive.children();
        }
        String text = argumentIsBody ? join(directive.arguments(), directive.content()) : directive.content();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Node> parsed = new ArrayList<>(RstParser.parse(text, directive.name()).document().children());
        if (parsed.isEmpty()) {
            // The parser produced nothing (it is a stub in early builds): keep the text visible as a paragraph.
            Paragraph paragraph = new Paragraph(directive.span(), text.strip());
            paragraph.addChild(new Text(directive.span(), text.strip()));
            parsed.add(paragraph);
        }
        return parsed;
    }

    private void admonition(Directive directive, String name, String title, boolean argumentIsBody) {
        html.tag("<div class=\"admonition ").tag(cssName(name)).tag("\">\n<p class=\"admonition-title\">").text(title).tag("</p>\n");
        html.children(body(directive, argumentIsBody));
        html.tag("</div>\n");
    }

    private void genericAdmonition(Directive directive) {
        html.tag("<div class=\"admonition\">\n<p class=\"admonition-title\">").text(directive.arguments().strip()).tag("</p>\n");
        html.children(body(directive, false));
        html.tag("</div>\n");
    }

    private void topic(Directive directive, String name) {
        html.tag("<aside class=\"").tag(name).tag("\">\n<p class=\"topic-title\">").text(directive.arguments().strip()).tag("</p>\n");
        html.children(body(directive, false));
        html.tag("</aside>\n");
    }

    private void code(Directive directive) {
        String language = directive.arguments().strip();
        int space = language.indexOf(' ');
        if (space > 0) {
            language = language.substring(0, space);
        }
        String caption = directive.options().get("caption");
        if (caption != null) {
            html.tag("<div class=\"code-caption\">").text(caption).tag("</div>\n");
        }
        html.literalBlock(stripTrailingNewlines(directive.content()), language.isEmpty() ? "text" : language, null);
    }

    private static String stripTrailingNewlines(String text) {
        return text == null ? "" : text.replaceAll("\\s+$", "");
    }

    private void parsedLiteral(Directive directive) {
        html.tag("<pre class=\"parsed-literal\">");
        List<Node> parsed = directive.children();
        if (!parsed.isEmpty()) {
            for (Node node : parsed) {
                if (node instanceof Paragraph paragraph) {
                    html.inline(paragraph, paragraph.rawText());
                } else {
                    node.accept(html);
                }
            }
        } else {
            html.text(stripTrailingNewlines(directive.content()));
        }
        html.tag("</pre>\n");
    }

    /** {@code list-table}: a bullet list of rows, each a bullet list of cells. */
    private void listTable(Directive directive) {
        BulletList rows = null;
        for (Node node : body(directive, false)) {
            if (node instanceof BulletList list) {
                rows = list;
                break;
            }
        }
        if (rows == null) {
            html.report(directive, "site-list-table", "list-table has no bullet list of rows: shown as literal text");
            literal(directive);
            return;
        }
        int headerRows = intOption(directive, "header-rows");
        int stubColumns = intOption(directive, "stub-columns");
        List<Node> tableRows = new ArrayList<>();
        int rowNumber = 0;
        for (Node item : rows.children()) {
            TableRow row = new TableRow(item.span(), rowNumber++ < headerRows);
            BulletList cells = item.children().isEmpty() || !(item.children().get(0) instanceof BulletList list) ? null : list;
            if (cells == null || item.children().size() != 1) {
                html.report(item, "site-list-table", "list-table row is not a bullet list of cells: shown as literal text");
                literal(directive);
                return;
            }
            for (Node cellItem : cells.children()) {
                TableCell cell = new TableCell(cellItem.span(), 1, 1);
                // The cell borrows the item's children for rendering only; the tree itself is left as parsed.
                List<Node> content = new ArrayList<>(cellItem.children());
                row.addChild(cell);
                for (Node child : content) {
                    cell.addChild(reparentedCopyHolder(child));
                }
            }
            tableRows.add(row);
        }
        String title = directive.arguments().strip();
        html.table("list-table", title.isEmpty() ? null : () -> html.text(title), tableRows, stubColumns);
    }

    /**
     * Node.addChild sets the parent; to keep the parsed tree intact, cells get a proxy that renders the original node.
     */
    private static Node reparentedCopyHolder(Node original) {
        return new RenderProxy(original);
    }

    /** A stand-in child that renders another node without moving it in its tree. */
    private static final class RenderProxy extends Node {
        private final Node original;

        RenderProxy(Node original) {
            super(original.span());
            this.original = original;
        }

        @Override
        public <R> R accept(io.github.specwright.core.model.NodeVisitor<R> visitor) {
            if (original instanceof Paragraph && visitor instanceof HtmlRenderer renderer && isOnlyChild()) {
                Paragraph paragraph = (Paragraph) original;
                renderer.inline(paragraph, paragraph.rawText());
                return null;
            }
            return original.accept(visitor);
        }

        private boolean isOnlyChild() {
            return parent() != null && parent().children().size() == 1;
        }
    }

    private int intOption(Directive directive, String option) {
        String value = directive.options().get(option);
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            html.report(directive, "site-directive-option", "option :" + option + ": of " + directive.name() + " is not a number: '" + value.strip() + "'");
            return 0;
        }
    }

    /** {@code csv-table}: the table the parser read from the CSV data (cells parsed as body elements). */
    private void csvTable(Directive directive) {
        List<Node> rows = new ArrayList<>();
        for (Node child : directive.children()) {
            if (child instanceof io.github.specwright.core.model.Table table) {
                rows.addAll(table.children());
            }
        }
        String title = directive.arguments().strip();
        html.table("csv-table", title.isEmpty() ? null : () -> html.text(title), rows, intOption(directive, "stub-columns"));
    }

    private boolean imageAllowed(Directive directive) {
        String uri = directive.arguments().strip();
        if (!html.context().allowImages()) {
            html.report(directive, "site-image", "image '" + uri + "' not rendered: images are off (specs draw diagrams as ASCII art); allow them with allowImages");
            return false;
        }
        if (uri.isEmpty() || !Html.isSafeUri(uri)) {
            html.report(directive, "site-image", "image '" + uri + "' not rendered: script and data URIs are refused");
            return false;
        }
        return true;
    }

    /** RST's informal heading; a Markdown heading inside a quote or list item keeps its level, as on GitHub. */
    private void rubric(Directive directive) {
        int level = directive.title() == null ? 0 : Math.min(6, directive.title().headingLevel());
        if (level > 0) {
            String id = html.index().idOf(directive);
            html.tag("<h" + level + (id == null ? ">" : " id=\"" + Html.escape(id) + "\">"));
            html.children(directive.children());
            html.tag("</h" + level + ">\n");
        } else {
            html.tag("<p class=\"rubric\">").text(directive.arguments().strip()).tag("</p>\n");
        }
    }

    private void img(Directive directive) {
        String uri = html.pageUri(directive.arguments().strip());
        String alt = directive.options().getOrDefault("alt", uri);
        html.tag("<img src=\"").text(uri).tag("\" alt=\"").text(alt).tag("\"");
        String title = directive.options().get("title");
        if (title != null) {
            html.tag(" title=\"").text(title).tag("\"");
        }
        for (String dimension : List.of("width", "height")) {
            String value = directive.options().get(dimension);
            if (value != null && value.strip().matches("\\d+(px)?")) {
                html.tag(" ").tag(dimension).tag("=\"").text(value.strip().replace("px", "")).tag("\"");
            }
        }
        html.tag("/>");
    }

    private void image(Directive directive, boolean figure) {
        if (!imageAllowed(directive)) {
            html.tag("<p class=\"image-placeholder\">").text("[image: " + directive.arguments().strip() + "]").tag("</p>\n");
            return;
        }
        if (figure) {
            html.tag("<figure>");
            img(directive);
            List<Node> caption = body(directive, false);
            if (!caption.isEmpty()) {
                html.tag("<figcaption>");
                html.children(caption);
                html.tag("</figcaption>");
            }
            html.tag("</figure>\n");
        } else {
            html.tag("<p class=\"image\">");
            img(directive);
            html.tag("</p>\n");
        }
    }

    /** {@code toctree}: a list of links to the named (or globbed) documents; broken entries are findings. */
    private void toctree(Directive directive) {
        boolean glob = directive.options().containsKey("glob");
        List<RenderContext.Link> links = new ArrayList<>();
        for (String rawLine : directive.content().split("\n")) {
            String entry = rawLine.strip();
            if (entry.isEmpty() || entry.equals("self")) {
                continue;
            }
            String explicitTitle = null;
            var explicit = java.util.regex.Pattern.compile("^(.*?)\\s*<([^<>]+)>$").matcher(entry);
            if (explicit.matches()) {
                explicitTitle = explicit.group(1);
                entry = explicit.group(2).strip();
            }
            if (glob && entry.matches(".*[*?\\[].*")) {
                List<RenderContext.Link> matched = html.context().globDocuments(entry);
                if (matched.isEmpty()) {
                    html.report(directive, "site-broken-doc-ref", "toctree glob '" + entry + "' matches no document");
                }
                links.addAll(matched);
                continue;
            }
            RenderContext.Link link = html.context().resolveDocument(entry);
            if (link == null) {
                html.report(directive, "site-broken-doc-ref", "toctree names '" + entry + "', which is not a document of this repository");
            } else {
                links.add(explicitTitle == null || explicitTitle.isEmpty() ? link : new RenderContext.Link(link.href(), explicitTitle));
            }
        }
        if (directive.options().containsKey("hidden")) {
            return;
        }
        html.tag("<nav class=\"toctree\">\n");
        String caption = directive.options().get("caption");
        if (caption != null) {
            html.tag("<p class=\"caption\">").text(caption).tag("</p>\n");
        }
        html.tag("<ul>\n");
        for (RenderContext.Link link : links) {
            html.tag("<li>");
            html.link(link.href(), "reference internal", () -> html.text(link.title()));
            html.tag("</li>\n");
        }
        html.tag("</ul>\n</nav>\n");
    }

    private void include(Directive directive) {
        String path = directive.arguments().strip();
        if (includeDepth >= MAX_INCLUDE_DEPTH) {
            html.report(directive, "site-include", "include of '" + path + "' nested more than " + MAX_INCLUDE_DEPTH + " deep: not followed");
            return;
        }
        int line = Math.max(1, directive.span().startLine());
        int column = Math.max(1, directive.span().startColumn());
        String text = html.context().readInclude(path, line, column);
        if (text == null) {
            return;
        }
        if (directive.name().equals("literalinclude") || directive.options().containsKey("literal")
                || directive.options().containsKey("code")) {
            String language = directive.options().getOrDefault("code", directive.options().get("language"));
            html.literalBlock(stripTrailingNewlines(text), language, null);
            return;
        }
        includeDepth++;
        try {
            html.children(RstParser.parse(text, path).document().children());
        } finally {
            includeDepth--;
        }
    }

    private void raw(Directive directive) {
        boolean htmlFormat = java.util.Arrays.asList(directive.arguments().toLowerCase(Locale.ROOT).split("\\s+")).contains("html");
        if (!htmlFormat) {
            return; // raw LaTeX and the like are for other writers
        }
        if (html.context().allowRawHtml()) {
            html.tag(directive.content()).tag("\n");
            return;
        }
        if (html.sanitizedHtml(directive.content() + "\n")) {
            return;
        }
        html.report(directive, "site-raw-html", "raw HTML is off: shown as literal text (a spec must not inject markup)");
        literal(directive);
    }

    private void unknown(Directive directive) {
        html.report(directive, "site-unknown-directive", "unknown directive '" + directive.name() + "': shown as literal text");
        literal(directive);
    }

    /** The directive as it was written, as a literal block marked with the directive name. */
    private void literal(Directive directive) {
        StringBuilder source = new StringBuilder(".. ").append(directive.name()).append("::");
        if (!directive.arguments().isBlank()) {
            source.append(' ').append(directive.arguments().strip());
        }
        for (Map.Entry<String, String> option : directive.options().entrySet()) {
            source.append("\n   :").append(option.getKey()).append(':');
            if (!option.getValue().isBlank()) {
                source.append(' ').append(option.getValue().strip());
            }
        }
        if (!directive.content().isBlank()) {
            // Directives the parser does not know keep their indented block as written: indent it once, not twice.
            String[] lines = stripTrailingNewlines(directive.content()).split("\n", -1);
            int indent = Integer.MAX_VALUE;
            for (String line : lines) {
                if (!line.isBlank()) {
                    indent = Math.min(indent, line.length() - line.stripLeading().length());
                }
            }
            boolean optionsFirst = lines[0].stripLeading().startsWith(":");
            source.append(optionsFirst && directive.options().isEmpty() ? "\n" : "\n\n");
            for (String line : lines) {
                source.append(line.isBlank() ? "" : "   " + line.substring(indent)).append('\n');
            }
        }
        html.literalBlock(stripTrailingNewlines(source.toString()), null, "literal-block unknown-directive");
    }

}
