package io.github.specwright.core.site;

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
import io.github.specwright.core.model.TextBearing;
import io.github.specwright.core.model.NodeVisitor;
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
import io.github.specwright.core.model.Term;
import io.github.specwright.core.model.Text;
import io.github.specwright.core.model.Title;
import io.github.specwright.core.model.Transition;
import io.github.specwright.core.internal.text.PercentEncoding;
import io.github.specwright.core.resolve.GithubFootnotes;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a document tree to an HTML5 fragment: one method per node kind, every piece of source text escaped.
 * Directives and interpreted-text roles have their own classes ({@link DirectiveRenderer}, {@link RoleRenderer});
 * this class owns the output buffer and the structural constructs.
 */
public final class HtmlRenderer implements NodeVisitor<Void> {

    private final StringBuilder out = new StringBuilder(8192);
    private final Document document;
    private final DocumentIndex index;
    private final RenderContext context;
    private final DirectiveRenderer directives;
    private final RoleRenderer roles;
    private int substitutionDepth;
    /** Set when a Markdown page's raw HTML went into the output: the page then passes GithubHtmlPolicy. */
    private boolean sanitize;
    /** A Markdown page: its blocks are written as CommonMark and GitHub write them. */
    private final boolean markdown;

    HtmlRenderer(Document document, DocumentIndex index, RenderContext context) {
        this.document = document;
        this.index = index;
        this.context = context;
        this.directives = new DirectiveRenderer(this);
        this.roles = new RoleRenderer(this);
        this.markdown = io.github.specwright.core.parse.DocumentParsers.formatOf(document.sourceName())
                == io.github.specwright.core.parse.DocumentParsers.Format.MARKDOWN;
    }

    /** Renders a whole document (title as {@code h1}, then its body) to an HTML fragment. */
    public static String render(Document document, DocumentIndex index, RenderContext context) {
        HtmlRenderer renderer = new HtmlRenderer(document, index, context);
        document.accept(renderer);
        return renderer.sanitize ? GithubHtmlPolicy.sanitize(renderer.out.toString()) : renderer.out.toString();
    }

    /** Renders a document with its own index and a context that only collects findings. */
    public static String render(Document document, RenderContext context) {
        return render(document, DocumentIndex.of(document), context);
    }

    // ----- plumbing shared with the directive and role renderers

    StringBuilder out() {
        return out;
    }

    /**
     * Whether raw HTML of this document is shown as GitHub shows it: a Markdown page's HTML goes
     * into the page, which then passes GitHub's allowlist whole ({@link GithubHtmlPolicy}).
     * RST's {@code .. raw:: html} stays behind the allowRawHtml switch.
     */
    boolean sanitizedHtml(String html) {
        if (context.allowRawHtml() || !markdown) {
            return false;
        }
        out.append(html);
        sanitize = true;
        return true;
    }

    DocumentIndex index() {
        return index;
    }

    RenderContext context() {
        return context;
    }

    HtmlRenderer text(String text) {
        out.append(Html.escape(text));
        return this;
    }

    HtmlRenderer tag(String markup) {
        out.append(markup);
        return this;
    }

    void report(Node node, String ruleId, String message) {
        int line = Math.max(1, node.span().startLine());
        int column = Math.max(1, node.span().startColumn());
        context.report(line, column, ruleId, message);
    }

    void children(Node node) {
        for (Node child : node.children()) {
            child.accept(this);
        }
    }

    void children(List<Node> nodes) {
        for (Node child : nodes) {
            child.accept(this);
        }
    }

    /** Inline content of a text-bearing node; the raw text, escaped, when the inline stage left no children. */
    void inline(Node node, String rawText) {
        if (node.children().isEmpty()) {
            text(rawText == null ? "" : rawText);
        } else {
            children(node);
        }
    }

    /** Body elements, or only the inline content of a lone paragraph (docutils' compact lists and cells). */
    void compactBody(Node node) {
        List<Node> body = visibleChildren(node.children());
        if (body.size() == 1 && body.get(0) instanceof Paragraph paragraph) {
            inline(paragraph, paragraph.rawText());
        } else {
            children(node);
        }
    }

    private static List<Node> visibleChildren(List<Node> nodes) {
        List<Node> visible = new ArrayList<>();
        for (Node node : nodes) {
            if (!(node instanceof Comment) && !(node instanceof SubstitutionDefinition)
                    && !(node instanceof Target target && target.refUri() != null)) {
                visible.add(node);
            }
        }
        return visible;
    }

    /** The id of a node, claiming a fresh one for nodes the index has not seen (parsed directive bodies). */
    String idOf(Node node, String name, String fallback) {
        String id = index.idOf(node);
        return id != null ? id : index.claim(name, fallback);
    }

    private void attribute(String name, String value) {
        out.append(' ').append(name).append("=\"").append(Html.escape(value)).append('"');
    }

    // ----- structure

    @Override
    public Void visitNode(Node node) {
        children(node);
        return null;
    }

    @Override
    public Void visitDocument(Document node) {
        children(node);
        markdownFootnotesSection();
        return null;
    }

    /**
     * A Markdown page's footnotes as GitHub lists them: after the content, in the order and with the
     * numbers and ids {@link GithubFootnotes} gives them, each with links back to its references.
     */
    private void markdownFootnotesSection() {
        if (!markdown) {
            return;
        }
        GithubFootnotes footnotes = GithubFootnotes.of(document);
        if (footnotes.shown().isEmpty()) {
            return;
        }
        out.append("<div class=\"footnotes\">\n<hr/>\n<ol>\n");
        for (Footnote footnote : footnotes.shown()) {
            out.append("<li");
            attribute("id", footnotes.id(footnote));
            out.append(">\n");
            children(footnote);
            for (String referenceId : footnotes.backReferences(footnote)) {
                out.append("<a");
                attribute("href", "#" + referenceId);
                out.append(" class=\"footnote-backref\">\u21a9</a>\n");
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n</div>\n");
    }

    @Override
    public Void visitSection(Section node) {
        if (markdown) {
            // No wrapper, as on GitHub: a Markdown section is a heading and what follows it, and raw
            // HTML may span headings (<details> over several sections), which a wrapper would cut.
            // The heading carries the anchor.
            children(node);
            return null;
        }
        String id = idOf(node, node.title() == null ? "section" : node.title().rawText(), "section");
        out.append("<section");
        attribute("id", id);
        out.append(">\n");
        children(node);
        out.append("</section>\n");
        return null;
    }

    @Override
    public Void visitTitle(Title node) {
        if (node.parent() instanceof Section section) {
            // Markdown keeps the level its author wrote (### is h3 wherever it stands), as GitHub does
            int level = Math.min(6, node.headingLevel() > 0 ? node.headingLevel() : section.level() + 1);
            String id = idOf(section, node.rawText(), "section");
            out.append("<h").append(level);
            if (markdown) {
                attribute("id", id);
            }
            out.append('>');
            inline(node, node.rawText());
            out.append("<a class=\"headerlink\"");
            attribute("href", "#" + id);
            out.append(" title=\"Link to this section\">\u00b6</a></h").append(level).append(">\n");
        } else if (node.parent() == document) {
            out.append("<h1 class=\"title\"");
            String id = index.idOf(node);
            if (id != null) {
                attribute("id", id);
            }
            out.append('>');
            inline(node, node.rawText());
            out.append("</h1>\n");
        } else {
            // A title promoted inside a parsed directive body or include: show it, but not as a page title.
            out.append("<p class=\"rubric\">");
            inline(node, node.rawText());
            out.append("</p>\n");
        }
        return null;
    }

    @Override
    public Void visitSubtitle(Subtitle node) {
        out.append("<p class=\"subtitle\">");
        inline(node, node.rawText());
        out.append("</p>\n");
        return null;
    }

    @Override
    public Void visitParagraph(Paragraph node) {
        out.append("<p>");
        if (!markdown && introducesLiteralBlock(node)) {
            // "Text::" introduces a literal block and reads "Text:"; "Text ::" reads "Text" (docutils' rule).
            List<Node> inline = node.children();
            children(inline.subList(0, inline.size() - 1));
            text(node.withoutLiteralMarker(((Text) inline.get(inline.size() - 1)).text()));
        } else {
            inline(node, node.rawText());
        }
        out.append("</p>\n");
        return null;
    }

    private static boolean introducesLiteralBlock(Paragraph paragraph) {
        List<Node> inline = paragraph.children();
        if (inline.isEmpty() || !(inline.get(inline.size() - 1) instanceof Text last) || !last.text().endsWith("::")) {
            return false;
        }
        Node parent = paragraph.parent();
        if (parent == null) {
            return false;
        }
        List<Node> siblings = parent.children();
        int at = siblings.indexOf(paragraph);
        return at + 1 < siblings.size() && siblings.get(at + 1) instanceof LiteralBlock;
    }

    @Override
    public Void visitBulletList(BulletList node) {
        out.append("<ul>\n");
        children(node);
        out.append("</ul>\n");
        return null;
    }

    @Override
    public Void visitEnumeratedList(EnumeratedList node) {
        out.append("<ol");
        String type = switch (node.enumType() == null ? "arabic" : node.enumType()) {
            case "loweralpha" -> "a";
            case "upperalpha" -> "A";
            case "lowerroman" -> "i";
            case "upperroman" -> "I";
            default -> null;
        };
        if (type != null) {
            attribute("type", type);
        }
        if (node.start() != 1) {
            attribute("start", Integer.toString(node.start()));
        }
        out.append(">\n");
        children(node);
        out.append("</ol>\n");
        return null;
    }

    @Override
    public Void visitListItem(ListItem node) {
        if (node.task() == ListItem.Task.NONE) {
            out.append("<li>");
        } else {
            // GitHub's task list item: a box that shows the state and cannot be changed.
            out.append("<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled");
            out.append(node.task() == ListItem.Task.DONE ? " checked>" : ">");
            out.append(' ');
        }
        if (markdown) {
            markdownItem(node);
        } else {
            compactBody(node);
        }
        out.append("</li>\n");
        return null;
    }

    /** CommonMark's list item: in a tight list its paragraphs are bare text, in a loose one paragraphs. */
    private void markdownItem(ListItem node) {
        Node list = node.parent();
        boolean loose = list instanceof BulletList bullets ? bullets.loose()
                : list instanceof EnumeratedList enumerated && enumerated.loose();
        if (loose) {
            children(node);
            return;
        }
        List<Node> children = node.children();
        for (int i = 0; i < children.size(); i++) {
            Node child = children.get(i);
            if (child instanceof Paragraph paragraph) {
                inline(paragraph, paragraph.rawText());
                if (i + 1 < children.size()) {
                    out.append('\n');
                }
            } else {
                child.accept(this);
            }
        }
    }

    @Override
    public Void visitDefinitionList(DefinitionList node) {
        out.append("<dl>\n");
        children(node);
        out.append("</dl>\n");
        return null;
    }

    @Override
    public Void visitDefinitionListItem(DefinitionListItem node) {
        // A term and its classifiers share one dt; the definition is the dd.
        out.append("<dt>");
        for (Node child : node.children()) {
            if (child instanceof Term || child instanceof Classifier) {
                child.accept(this);
            }
        }
        out.append("</dt>\n");
        for (Node child : node.children()) {
            if (!(child instanceof Term) && !(child instanceof Classifier)) {
                child.accept(this);
            }
        }
        return null;
    }

    @Override
    public Void visitTerm(Term node) {
        inline(node, node.rawText());
        return null;
    }

    @Override
    public Void visitClassifier(Classifier node) {
        out.append(" <span class=\"classifier\">");
        inline(node, node.rawText());
        out.append("</span>");
        return null;
    }

    @Override
    public Void visitDefinition(Definition node) {
        out.append("<dd>\n");
        children(node);
        out.append("</dd>\n");
        return null;
    }

    @Override
    public Void visitFieldList(FieldList node) {
        out.append("<dl class=\"field-list\">\n");
        children(node);
        out.append("</dl>\n");
        return null;
    }

    @Override
    public Void visitField(Field node) {
        children(node);
        return null;
    }

    @Override
    public Void visitFieldName(FieldName node) {
        out.append("<dt>");
        inline(node, node.rawText());
        out.append("</dt>\n");
        return null;
    }

    @Override
    public Void visitFieldBody(FieldBody node) {
        out.append("<dd>");
        compactBody(node);
        out.append("</dd>\n");
        return null;
    }

    @Override
    public Void visitOptionList(OptionList node) {
        out.append("<dl class=\"option-list\">\n");
        children(node);
        out.append("</dl>\n");
        return null;
    }

    @Override
    public Void visitOptionListItem(OptionListItem node) {
        out.append("<dt><kbd>").append(Html.escape(node.options())).append("</kbd></dt>\n<dd>");
        compactBody(node);
        out.append("</dd>\n");
        return null;
    }

    @Override
    public Void visitLiteralBlock(LiteralBlock node) {
        literalBlock(node.text(), node.language(), null);
        return null;
    }

    /** A preformatted block; with a language, a {@code code} element carrying {@code language-NAME}. */
    void literalBlock(String text, String language, String cssClass) {
        String safeLanguage = language == null ? "" : language.strip().replaceAll("[^A-Za-z0-9_+#.-]", "");
        if (markdown && cssClass == null) {
            // CommonMark's code block: a code element always, its lines each ended by a line end, the info
            // string's first word (escaped as any attribute) as its language class
            out.append("<pre><code");
            String info = language == null ? "" : language.strip();
            if (!info.isEmpty()) {
                attribute("class", "language-" + info.split("\\s+", 2)[0]);
            }
            out.append('>');
            text(text.isEmpty() ? text : text + "\n");
            out.append("</code></pre>\n");
            return;
        }
        if (safeLanguage.isEmpty()) {
            out.append("<pre class=\"").append(cssClass == null ? "literal-block" : cssClass).append("\">");
            text(text);
            out.append("</pre>\n");
        } else {
            out.append("<pre class=\"").append(cssClass == null ? "code-block" : cssClass).append("\"><code");
            attribute("class", "language-" + safeLanguage);
            out.append('>');
            text(text);
            out.append("</code></pre>\n");
        }
    }

    @Override
    public Void visitDoctestBlock(DoctestBlock node) {
        literalBlock(node.text(), "pycon", "doctest-block");
        return null;
    }

    @Override
    public Void visitBlockQuote(BlockQuote node) {
        out.append("<blockquote>\n");
        children(node);
        out.append("</blockquote>\n");
        return null;
    }

    @Override
    public Void visitAttribution(Attribution node) {
        out.append("<p class=\"attribution\">\u2014 ");
        inline(node, node.rawText());
        out.append("</p>\n");
        return null;
    }

    @Override
    public Void visitLineBlock(LineBlock node) {
        out.append("<div class=\"line-block\">\n");
        children(node);
        out.append("</div>\n");
        return null;
    }

    @Override
    public Void visitLine(Line node) {
        out.append("<div class=\"line\">");
        if (node.children().isEmpty() && (node.rawText() == null || node.rawText().isBlank())) {
            out.append("<br/>");
        } else {
            inline(node, node.rawText());
        }
        out.append("</div>\n");
        return null;
    }

    @Override
    public Void visitTable(Table node) {
        table(node.tableKind() == Table.Kind.GRID ? "grid" : "simple", null, node.children(), 0);
        return null;
    }

    /** Writes a table from its rows: header rows in {@code thead}, the first {@code stubColumns} cells as row headers. */
    void table(String cssClass, Runnable caption, List<Node> rows, int stubColumns) {
        out.append("<table class=\"").append(cssClass).append("\">\n");
        if (caption != null) {
            out.append("<caption>");
            caption.run();
            out.append("</caption>\n");
        }
        List<TableRow> head = new ArrayList<>();
        List<TableRow> body = new ArrayList<>();
        for (Node row : rows) {
            if (row instanceof TableRow tableRow) {
                (tableRow.header() ? head : body).add(tableRow);
            }
        }
        if (!head.isEmpty()) {
            out.append("<thead>\n");
            head.forEach(row -> row(row, true, 0));
            out.append("</thead>\n");
        }
        out.append("<tbody>\n");
        body.forEach(row -> row(row, false, stubColumns));
        out.append("</tbody>\n</table>\n");
    }

    private void row(TableRow row, boolean header, int stubColumns) {
        out.append("<tr>");
        int column = 0;
        for (Node child : row.children()) {
            if (child instanceof TableCell cell) {
                String tag = header || column < stubColumns ? "th" : "td";
                out.append('<').append(tag);
                if (cell.rowSpan() > 1) {
                    attribute("rowspan", Integer.toString(cell.rowSpan()));
                }
                if (cell.colSpan() > 1) {
                    attribute("colspan", Integer.toString(cell.colSpan()));
                }
                if (cell.alignment() != TableCell.Alignment.NONE) {
                    // GitHub writes a pipe table column's alignment as the align attribute.
                    attribute("align", cell.alignment().name().toLowerCase(java.util.Locale.ROOT));
                }
                out.append('>');
                compactBody(cell);
                out.append("</").append(tag).append('>');
                column += Math.max(1, cell.colSpan());
            }
        }
        out.append("</tr>\n");
    }

    @Override
    public Void visitTableRow(TableRow node) {
        row(node, node.header(), 0);
        return null;
    }

    @Override
    public Void visitTableCell(TableCell node) {
        out.append("<td>");
        compactBody(node);
        out.append("</td>");
        return null;
    }

    @Override
    public Void visitComment(Comment node) {
        return null;
    }

    @Override
    public Void visitDirective(Directive node) {
        // Inside a paragraph (a Markdown image) a directive is inline content; elsewhere it is a block.
        if (isInlineContainer(node.parent())) {
            directives.renderInline(node);
        } else {
            directives.render(node);
        }
        return null;
    }

    private static boolean isInlineContainer(Node node) {
        return node instanceof TextBearing || node instanceof Emphasis || node instanceof Strong
                || node instanceof Reference;
    }

    @Override
    public Void visitTarget(Target node) {
        // Internal targets mark a place; external and indirect targets only name a URI and show nothing.
        String id = index.idOf(node);
        if (id != null) {
            out.append("<span");
            attribute("id", id);
            out.append("></span>\n");
        }
        return null;
    }

    @Override
    public Void visitSubstitutionDefinition(SubstitutionDefinition node) {
        return null;
    }

    @Override
    public Void visitFootnote(Footnote node) {
        if (markdown) {
            // Listed at the end of the page, as GitHub shows them (markdownFootnotesSection).
            return null;
        }
        String id = idOf(node, "footnote-" + node.label(), "footnote");
        out.append("<div class=\"footnote\"");
        attribute("id", id);
        out.append("><span class=\"label\">");
        String label = index.noteLabel(node);
        List<Node> references = index.referencesTo(node);
        if (references.isEmpty()) {
            text("[" + label + "]");
        } else {
            out.append("<a");
            attribute("href", "#" + index.idOf(references.get(0)));
            out.append(" title=\"Back to the text\">");
            text("[" + label + "]");
            out.append("</a>");
        }
        out.append("</span><div class=\"footnote-body\">");
        compactBody(node);
        out.append("</div></div>\n");
        return null;
    }

    @Override
    public Void visitCitation(Citation node) {
        String id = idOf(node, "citation-" + node.label(), "citation");
        out.append("<div class=\"citation\"");
        attribute("id", id);
        out.append("><span class=\"label\">");
        List<Node> references = index.referencesTo(node);
        if (references.isEmpty()) {
            text("[" + node.label() + "]");
        } else {
            out.append("<a");
            attribute("href", "#" + index.idOf(references.get(0)));
            out.append(" title=\"Back to the text\">");
            text("[" + node.label() + "]");
            out.append("</a>");
        }
        out.append("</span><div class=\"citation-body\">");
        compactBody(node);
        out.append("</div></div>\n");
        return null;
    }

    @Override
    public Void visitLineBreak(io.github.specwright.core.model.LineBreak node) {
        out.append("<br />\n");
        return null;
    }

    @Override
    public Void visitTransition(Transition node) {
        out.append("<hr/>\n");
        return null;
    }

    // ----- inline

    @Override
    public Void visitText(Text node) {
        text(node.text());
        return null;
    }

    @Override
    public Void visitEmphasis(Emphasis node) {
        out.append("<em>");
        children(node);
        out.append("</em>");
        return null;
    }

    @Override
    public Void visitStrikethrough(io.github.specwright.core.model.Strikethrough node) {
        out.append("<del>");
        children(node);
        out.append("</del>");
        return null;
    }

    @Override
    public Void visitStrong(Strong node) {
        out.append("<strong>");
        children(node);
        out.append("</strong>");
        return null;
    }

    @Override
    public Void visitInlineLiteral(InlineLiteral node) {
        out.append("<code class=\"literal\">");
        text(node.text());
        out.append("</code>");
        return null;
    }

    @Override
    public Void visitInterpretedText(InterpretedText node) {
        roles.render(node);
        return null;
    }

    @Override
    public Void visitReference(Reference node) {
        String href = hrefOf(node);
        if (href == null) {
            out.append("<span class=\"reference unresolved\">");
            inline(node, node.text());
            out.append("</span>");
            return null;
        }
        link(href, href.startsWith("#") ? "reference internal" : "reference external", node.title(),
                () -> inline(node, node.text()));
        return null;
    }

    /** Writes {@code <a href class>content</a>}. */
    void link(String href, String cssClass, Runnable content) {
        link(href, cssClass, null, content);
    }

    /** Writes {@code <a href class title>content</a>}; no title attribute when {@code title} is null. */
    void link(String href, String cssClass, String title, Runnable content) {
        out.append("<a");
        attribute("class", cssClass);
        attribute("href", href);
        if (title != null) {
            attribute("title", title);
        }
        out.append('>');
        content.run();
        out.append("</a>");
    }

    private String hrefOf(Reference reference) {
        String href = index.hrefOf(reference);
        return href == null || href.startsWith("#") ? href : safeHref(pageUri(href), reference);
    }

    /** Characters CommonMark leaves as they are in a link destination (besides ASCII letters and digits). */
    private static final String URI_SAFE = ";/?:@&=+$,-_.!~*'()#";

    /**
     * A Markdown page's link or image destination as CommonMark writes it: characters outside URI syntax (spaces,
     * backslashes, non-ASCII letters) percent-encoded as UTF-8, existing {@code %XX} escapes kept. Other pages'
     * destinations are written as given.
     */
    String pageUri(String uri) {
        if (!markdown || uri == null) {
            return uri;
        }
        return PercentEncoding.encode(uri, URI_SAFE, true);
    }

    String safeHref(String uri, Node where) {
        if (uri == null) {
            return null;
        }
        if (!Html.isSafeUri(uri)) {
            report(where, "site-unsafe-uri", "link to '" + uri + "' not rendered: script and data URIs are refused");
            return null;
        }
        return uri.strip();
    }

    @Override
    public Void visitFootnoteReference(FootnoteReference node) {
        if (markdown) {
            markdownFootnoteReference(node);
            return null;
        }
        Node footnote = index.noteOf(node);
        String label = footnote == null ? node.label() : index.noteLabel(footnote);
        if (footnote == null) {
            text("[" + label + "]");
            return null;
        }
        out.append("<a class=\"footnote-reference\"");
        attribute("id", index.idOf(node));
        attribute("href", "#" + index.idOf(footnote));
        out.append('>');
        text("[" + label + "]");
        out.append("</a>");
        return null;
    }

    /** GitHub's footnote reference: a superscript number linking to the footnote at the end. */
    private void markdownFootnoteReference(FootnoteReference node) {
        GithubFootnotes footnotes = GithubFootnotes.of(document);
        Footnote footnote = footnotes.footnoteOf(node);
        if (footnote == null) {
            text("[^" + node.label() + "]");
            return;
        }
        out.append("<sup");
        attribute("id", footnotes.referenceId(node));
        out.append("><a class=\"footnote-ref\"");
        attribute("href", "#" + footnotes.id(footnote));
        out.append('>');
        text(Integer.toString(footnotes.number(footnote)));
        out.append("</a></sup>");
    }

    @Override
    public Void visitCitationReference(CitationReference node) {
        Node citation = index.noteOf(node);
        if (citation == null) {
            text("[" + node.label() + "]");
            return null;
        }
        out.append("<a class=\"citation-reference\"");
        attribute("id", index.idOf(node));
        attribute("href", "#" + index.idOf(citation));
        out.append('>');
        text("[" + node.label() + "]");
        out.append("</a>");
        return null;
    }

    @Override
    public Void visitSubstitutionReference(SubstitutionReference node) {
        SubstitutionDefinition definition = index.substitution(node.name());
        if (definition == null || substitutionDepth > 8) {
            text("|" + node.name() + "|");
            return null;
        }
        substitutionDepth++;
        try {
            for (Node child : definition.children()) {
                if (child instanceof Directive directive) {
                    directives.renderInline(directive);
                } else {
                    child.accept(this);
                }
            }
        } finally {
            substitutionDepth--;
        }
        return null;
    }

    @Override
    public Void visitInlineTarget(InlineTarget node) {
        out.append("<span class=\"target\"");
        attribute("id", idOf(node, node.name(), "target"));
        out.append('>');
        inline(node, node.name());
        out.append("</span>");
        return null;
    }
}
