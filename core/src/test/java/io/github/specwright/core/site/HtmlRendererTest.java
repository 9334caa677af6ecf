package io.github.specwright.core.site;

import static io.github.specwright.core.site.Trees.AT;
import static io.github.specwright.core.site.Trees.paragraph;
import static io.github.specwright.core.site.Trees.text;
import static io.github.specwright.core.site.Trees.title;
import static io.github.specwright.core.site.Trees.with;
import static org.assertj.core.api.Assertions.assertThat;

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
import io.github.specwright.core.model.Table;
import io.github.specwright.core.model.TableCell;
import io.github.specwright.core.model.TableRow;
import io.github.specwright.core.model.Target;
import io.github.specwright.core.model.Term;
import io.github.specwright.core.model.Transition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The renderer on trees built by hand: one test per node kind, exact HTML. */
class HtmlRendererTest {

    /** Collects findings as {@code line:column rule}. */
    private static final class Findings implements RenderContext {
        final List<String> found = new ArrayList<>();
        boolean images;
        boolean rawHtml;

        @Override
        public void report(int line, int column, String ruleId, String message) {
            found.add(line + ":" + column + " " + ruleId);
        }

        @Override
        public boolean allowImages() {
            return images;
        }

        @Override
        public boolean allowRawHtml() {
            return rawHtml;
        }

        @Override
        public Link resolveDocument(String target) {
            return target.equals("../approved/other") ? new Link("../approved/other.html", "Other <spec>") : null;
        }

        @Override
        public Link resolveLabel(String label) {
            return label.equals("glossary") ? new Link("../approved/other.html#glossary", "Glossary") : null;
        }
    }

    private final Findings context = new Findings();

    private String render(Node... body) {
        Document document = with(new Document(AT, "test.rst"), body);
        return HtmlRenderer.render(document, context);
    }

    private static Directive directive(String name, String arguments, Map<String, String> options, String content) {
        return new Directive(AT, name, arguments, options, content, content.isEmpty() ? 0 : 5);
    }

    @Test
    void documentTitleAndParagraphAreEscaped() {
        assertThat(render(title("A <b>&</b> \"title\""), paragraph("x < y & 'z'")))
                .isEqualTo("<h1 class=\"title\">A &lt;b&gt;&amp;&lt;/b&gt; &quot;title&quot;</h1>\n"
                        + "<p>x &lt; y &amp; &#39;z&#39;</p>\n");
    }

    @Test
    void sectionsGetIdsHeadingLevelsAndAnchors() {
        Section outer = with(new Section(AT, 1), title("Problem description"),
                with(new Section(AT, 2), title("Use Cases"), paragraph("Text.")));
        assertThat(render(outer)).isEqualTo("""
                <section id="problem-description">
                <h2>Problem description<a class="headerlink" href="#problem-description" title="Link to this section">¶</a></h2>
                <section id="use-cases">
                <h3>Use Cases<a class="headerlink" href="#use-cases" title="Link to this section">¶</a></h3>
                <p>Text.</p>
                </section>
                </section>
                """);
    }

    @Test
    void duplicateSectionTitlesGetDistinctIds() {
        String html = render(with(new Section(AT, 1), title("Testing")), with(new Section(AT, 1), title("Testing")));
        assertThat(html).contains("<section id=\"testing\">").contains("<section id=\"testing-1\">");
    }

    @Test
    void inlineMarkup() {
        Paragraph paragraph = with(new Paragraph(AT, "raw"), text("a "), with(new Emphasis(AT), text("em")), text(" "),
                with(new Strong(AT), text("strong")), text(" "), new InlineLiteral(AT, "<code>"));
        assertThat(render(paragraph)).isEqualTo(
                "<p>a <em>em</em> <strong>strong</strong> <code class=\"literal\">&lt;code&gt;</code></p>\n");
    }

    @Test
    void paragraphWithoutInlineChildrenFallsBackToRawText() {
        assertThat(render(new Paragraph(AT, "*not parsed* <x>"))).isEqualTo("<p>*not parsed* &lt;x&gt;</p>\n");
    }

    @Test
    void bulletListsCompactSingleParagraphItems() {
        BulletList list = with(new BulletList(AT, '*'), with(new ListItem(AT), paragraph("one")),
                with(new ListItem(AT), paragraph("two"), paragraph("more")));
        assertThat(render(list)).isEqualTo("<ul>\n<li>one</li>\n<li><p>two</p>\n<p>more</p>\n</li>\n</ul>\n");
    }

    @Test
    void enumeratedListsKeepTypeAndStart() {
        EnumeratedList list = with(new EnumeratedList(AT, "loweralpha", "", ".", 3), with(new ListItem(AT), paragraph("c")));
        assertThat(render(list)).isEqualTo("<ol type=\"a\" start=\"3\">\n<li>c</li>\n</ol>\n");
        EnumeratedList arabic = with(new EnumeratedList(AT, "arabic", "", ".", 1), with(new ListItem(AT), paragraph("1")));
        assertThat(render(arabic)).isEqualTo("<ol>\n<li>1</li>\n</ol>\n");
    }

    @Test
    void definitionListWithClassifier() {
        DefinitionList list = with(new DefinitionList(AT), with(new DefinitionListItem(AT),
                with(new Term(AT, "term"), text("term")), with(new Classifier(AT, "type"), text("type")),
                with(new Definition(AT), paragraph("Meaning."))));
        assertThat(render(list)).isEqualTo(
                "<dl>\n<dt>term <span class=\"classifier\">type</span></dt>\n<dd>\n<p>Meaning.</p>\n</dd>\n</dl>\n");
    }

    @Test
    void fieldList() {
        FieldList list = with(new FieldList(AT), with(new Field(AT), with(new FieldName(AT, "Author"), text("Author")),
                with(new FieldBody(AT), paragraph("Me"))));
        assertThat(render(list)).isEqualTo("<dl class=\"field-list\">\n<dt>Author</dt>\n<dd>Me</dd>\n</dl>\n");
    }

    @Test
    void optionList() {
        OptionList list = with(new OptionList(AT), with(new OptionListItem(AT, "-a, --all"), paragraph("Everything.")));
        assertThat(render(list)).isEqualTo(
                "<dl class=\"option-list\">\n<dt><kbd>-a, --all</kbd></dt>\n<dd>Everything.</dd>\n</dl>\n");
    }

    @Test
    void literalAndCodeBlocks() {
        assertThat(render(new LiteralBlock(AT, "if a < b:\n    pass", null)))
                .isEqualTo("<pre class=\"literal-block\">if a &lt; b:\n    pass</pre>\n");
        assertThat(render(new LiteralBlock(AT, "x = 1", "python")))
                .isEqualTo("<pre class=\"code-block\"><code class=\"language-python\">x = 1</code></pre>\n");
        assertThat(render(new LiteralBlock(AT, "x", "py\"><script>")))
                .isEqualTo("<pre class=\"code-block\"><code class=\"language-pyscript\">x</code></pre>\n");
        assertThat(render(new DoctestBlock(AT, ">>> 1 + 1\n2")))
                .isEqualTo("<pre class=\"doctest-block\"><code class=\"language-pycon\">&gt;&gt;&gt; 1 + 1\n2</code></pre>\n");
    }

    @Test
    void codeBlockDirective() {
        assertThat(render(directive("code-block", "json", Map.of(), "{\"a\": \"<b>\"}\n")))
                .isEqualTo("<pre class=\"code-block\"><code class=\"language-json\">{&quot;a&quot;: &quot;&lt;b&gt;&quot;}</code></pre>\n");
    }

    @Test
    void blockQuoteWithAttribution() {
        BlockQuote quote = with(new BlockQuote(AT), paragraph("Words."), with(new Attribution(AT, "Someone"), text("Someone")));
        assertThat(render(quote)).isEqualTo(
                "<blockquote>\n<p>Words.</p>\n<p class=\"attribution\">— Someone</p>\n</blockquote>\n");
    }

    @Test
    void lineBlock() {
        LineBlock block = with(new LineBlock(AT), with(new Line(AT, "first"), text("first")), new Line(AT, ""),
                with(new LineBlock(AT), with(new Line(AT, "nested"), text("nested"))));
        assertThat(render(block)).isEqualTo("<div class=\"line-block\">\n<div class=\"line\">first</div>\n"
                + "<div class=\"line\"><br/></div>\n<div class=\"line-block\">\n<div class=\"line\">nested</div>\n</div>\n</div>\n");
    }

    @Test
    void gridTableWithHeaderAndSpans() {
        Table table = with(new Table(AT, Table.Kind.GRID),
                with(new TableRow(AT, true), with(new TableCell(AT, 1, 2), paragraph("Head"))),
                with(new TableRow(AT, false), with(new TableCell(AT, 2, 1), paragraph("a")), with(new TableCell(AT, 1, 1), paragraph("b"))));
        assertThat(render(table)).isEqualTo("""
                <table class="grid">
                <thead>
                <tr><th colspan="2">Head</th></tr>
                </thead>
                <tbody>
                <tr><td rowspan="2">a</td><td>b</td></tr>
                </tbody>
                </table>
                """);
    }

    @Test
    void simpleTableWithoutHeader() {
        Table table = with(new Table(AT, Table.Kind.SIMPLE), with(new TableRow(AT, false), with(new TableCell(AT, 1, 1))));
        assertThat(render(table)).isEqualTo("<table class=\"simple\">\n<tbody>\n<tr><td></td></tr>\n</tbody>\n</table>\n");
    }

    @Test
    void admonitionsWithParsedBodyAndTitle() {
        Directive note = with(directive("note", "", Map.of(), "Careful."), paragraph("Careful."));
        assertThat(render(note)).isEqualTo(
                "<div class=\"admonition note\">\n<p class=\"admonition-title\">Note</p>\n<p>Careful.</p>\n</div>\n");
        Directive generic = with(directive("admonition", "Read <this>", Map.of(), "Body."), paragraph("Body."));
        assertThat(render(generic)).isEqualTo(
                "<div class=\"admonition\">\n<p class=\"admonition-title\">Read &lt;this&gt;</p>\n<p>Body.</p>\n</div>\n");
    }

    @Test
    void footnotesAreNumberedAndLinkedBothWays() {
        Paragraph text = with(new Paragraph(AT, "x"), text("See"), new FootnoteReference(AT, "#"), text(" and"),
                new FootnoteReference(AT, "1"));
        Footnote auto = with(new Footnote(AT, "#"), paragraph("Auto."));
        Footnote manual = with(new Footnote(AT, "1"), paragraph("Manual."));
        String html = render(text, manual, auto);
        // The ids are docutils' (footnote-1 for the label "1", footnote-2 for the auto-numbered one, references
        // footnote-reference-N in document order), as a docutils or Sphinx rendering of the page has them.
        assertThat(html).isEqualTo("<p>See<a class=\"footnote-reference\" id=\"footnote-reference-1\" href=\"#footnote-2\">[2]</a>"
                + " and<a class=\"footnote-reference\" id=\"footnote-reference-2\" href=\"#footnote-1\">[1]</a></p>\n"
                + "<div class=\"footnote\" id=\"footnote-1\"><span class=\"label\"><a href=\"#footnote-reference-2\" title=\"Back to the text\">[1]</a></span>"
                + "<div class=\"footnote-body\">Manual.</div></div>\n"
                + "<div class=\"footnote\" id=\"footnote-2\"><span class=\"label\"><a href=\"#footnote-reference-1\" title=\"Back to the text\">[2]</a></span>"
                + "<div class=\"footnote-body\">Auto.</div></div>\n");
    }

    @Test
    void citations() {
        Paragraph text = with(new Paragraph(AT, "x"), text("As "), new CitationReference(AT, "CIT2002"));
        Citation citation = with(new Citation(AT, "CIT2002"), paragraph("A book."));
        assertThat(render(text, citation)).isEqualTo(
                "<p>As <a class=\"citation-reference\" id=\"citation-reference-1\" href=\"#cit2002\">[CIT2002]</a></p>\n"
                        + "<div class=\"citation\" id=\"cit2002\"><span class=\"label\"><a href=\"#citation-reference-1\" title=\"Back to the text\">[CIT2002]</a></span>"
                        + "<div class=\"citation-body\">A book.</div></div>\n");
    }

    @Test
    void hyperlinksResolveThroughTargetsSectionsAndAnonymousTargets() {
        Paragraph text = with(new Paragraph(AT, "x"),
                with(new Reference(AT, "Python", "python", null, false), text("Python")), text(" "),
                with(new Reference(AT, "Use Cases", "use cases", null, false), text("Use Cases")), text(" "),
                with(new Reference(AT, "anon", null, null, true), text("anon")), text(" "),
                with(new Reference(AT, "direct", null, "https://example.org/?a=1&b=2", false), text("direct")), text(" "),
                with(new Reference(AT, "evil", null, "javascript:alert(1)", false), text("evil")), text(" "),
                with(new Reference(AT, "nowhere", "nowhere", null, false), text("nowhere")));
        Target python = new Target(AT, "Python", "https://www.python.org/", null, false);
        Target anonymous = new Target(AT, "", "https://anon.example/", null, true);
        Section section = with(new Section(AT, 1), title("Use Cases"));
        String html = render(text, python, anonymous, section);
        assertThat(html).startsWith("<p><a class=\"reference external\" href=\"https://www.python.org/\">Python</a> "
                + "<a class=\"reference internal\" href=\"#use-cases\">Use Cases</a> "
                + "<a class=\"reference external\" href=\"https://anon.example/\">anon</a> "
                + "<a class=\"reference external\" href=\"https://example.org/?a=1&amp;b=2\">direct</a> "
                + "<span class=\"reference unresolved\">evil</span> "
                + "<span class=\"reference unresolved\">nowhere</span></p>\n");
        assertThat(context.found).containsExactly("3:5 site-unsafe-uri");
    }

    @Test
    void internalTargetsBecomeAnchors() {
        Target target = new Target(AT, "rest_api", null, null, false);
        Paragraph text = with(new Paragraph(AT, "x"), with(new Reference(AT, "api", "rest_api", null, false), text("api")));
        assertThat(render(target, text)).isEqualTo(
                "<span id=\"rest-api\"></span>\n<p><a class=\"reference internal\" href=\"#rest-api\">api</a></p>\n");
    }

    @Test
    void docAndRefRolesResolveThroughTheContextOrAreFindings() {
        Paragraph text = with(new Paragraph(AT, "x"), new InterpretedText(AT, "doc", "../approved/other"), text(" "),
                new InterpretedText(AT, "doc", "Custom <../approved/other>"), text(" "),
                new InterpretedText(AT, "doc", "../missing"), text(" "),
                new InterpretedText(AT, "ref", "glossary"), text(" "),
                new InterpretedText(AT, "ref", "Local <Use Cases>"), text(" "),
                new InterpretedText(AT, "ref", "nowhere"));
        String html = render(text, with(new Section(AT, 1), title("Use Cases")));
        assertThat(html).startsWith("<p><a class=\"reference internal\" href=\"../approved/other.html\">Other &lt;spec&gt;</a> "
                + "<a class=\"reference internal\" href=\"../approved/other.html\">Custom</a> "
                + "<span class=\"reference unresolved\">../missing</span> "
                + "<a class=\"reference internal\" href=\"../approved/other.html#glossary\">Glossary</a> "
                + "<a class=\"reference internal\" href=\"#use-cases\">Local</a> "
                + "<span class=\"reference unresolved\">nowhere</span></p>\n");
        assertThat(context.found).containsExactly("3:5 site-broken-doc-ref", "3:5 site-broken-ref");
    }

    @Test
    void otherRoles() {
        Paragraph text = with(new Paragraph(AT, "x"), new InterpretedText(AT, null, "Title"), text(" "),
                new InterpretedText(AT, "mod", "~ironic.conductor.manager"), text(" "),
                new InterpretedText(AT, "rfc", "2119"), text(" "),
                new InterpretedText(AT, "abbr", "API (Application <Programming> Interface)"), text(" "),
                new InterpretedText(AT, "bogus", "x"));
        assertThat(render(text)).isEqualTo("<p><cite>Title</cite> <code class=\"xref mod\">manager</code> "
                + "<a class=\"reference external\" href=\"https://datatracker.ietf.org/doc/html/rfc2119\">RFC 2119</a> "
                + "<abbr>API (Application &lt;Programming&gt; Interface)</abbr> <code class=\"unknown-role\">x</code></p>\n");
        assertThat(context.found).containsExactly("3:5 site-unknown-role");
    }

    @Test
    void substitutions() {
        // As the parser makes it: the replace directive holds its text as one paragraph.
        SubstitutionDefinition definition = with(new SubstitutionDefinition(AT, "name"),
                with(directive("replace", "Ironic <Bare Metal>", Map.of(), ""), paragraph("Ironic <Bare Metal>")));
        Paragraph text = with(new Paragraph(AT, "x"), new SubstitutionReference(AT, "name"), text(" "),
                new SubstitutionReference(AT, "missing"));
        assertThat(render(definition, text)).isEqualTo("<p>Ironic &lt;Bare Metal&gt; |missing|</p>\n");
    }

    @Test
    void commentsAndExternalTargetsShowNothingTransitionsShowARule() {
        assertThat(render(new Comment(AT, "<secret>"), new Target(AT, "x", "https://x", null, false), new Transition(AT)))
                .isEqualTo("<hr/>\n");
    }

    @Test
    void unknownDirectiveIsShownLiterallyAndReported() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("opt", "<v>");
        assertThat(render(directive("blink", "arg", options, "line 1\n\nline <2>\n"))).isEqualTo(
                "<pre class=\"literal-block unknown-directive\">.. blink:: arg\n   :opt: &lt;v&gt;\n\n   line 1\n\n   line &lt;2&gt;</pre>\n");
        assertThat(context.found).containsExactly("3:5 site-unknown-directive");
    }

    @Test
    void imagesAreFindingsUnlessAllowed() {
        Directive image = directive("image", "diagram.png", Map.of("alt", "A \"diagram\""), "");
        assertThat(render(image)).isEqualTo("<p class=\"image-placeholder\">[image: diagram.png]</p>\n");
        assertThat(context.found).containsExactly("3:5 site-image");
        context.images = true;
        assertThat(render(image)).isEqualTo("<p class=\"image\"><img src=\"diagram.png\" alt=\"A &quot;diagram&quot;\"/></p>\n");
        assertThat(render(directive("image", "javascript:alert(1)", Map.of(), "")))
                .isEqualTo("<p class=\"image-placeholder\">[image: javascript:alert(1)]</p>\n");
    }

    @Test
    void rawHtmlIsOffByDefault() {
        Directive raw = directive("raw", "html", Map.of(), "<script>alert(1)</script>");
        assertThat(render(raw)).isEqualTo("<pre class=\"literal-block unknown-directive\">.. raw:: html\n\n   &lt;script&gt;alert(1)&lt;/script&gt;</pre>\n");
        assertThat(context.found).containsExactly("3:5 site-raw-html");
        context.rawHtml = true;
        assertThat(render(raw)).isEqualTo("<script>alert(1)</script>\n");
        assertThat(render(directive("raw", "latex", Map.of(), "\\foo"))).isEmpty();
    }

    @Test
    void listTableFromNestedBulletLists() {
        BulletList rows = with(new BulletList(AT, '*'),
                with(new ListItem(AT), with(new BulletList(AT, '-'), with(new ListItem(AT), paragraph("Feature")), with(new ListItem(AT), paragraph("Ironic")))),
                with(new ListItem(AT), with(new BulletList(AT, '-'), with(new ListItem(AT), paragraph("Zeroize")), with(new ListItem(AT), paragraph("yes")))));
        Directive table = with(directive("list-table", "Options", Map.of("header-rows", "1", "stub-columns", "1"), "..."), rows);
        assertThat(render(table)).isEqualTo("""
                <table class="list-table">
                <caption>Options</caption>
                <thead>
                <tr><th>Feature</th><th>Ironic</th></tr>
                </thead>
                <tbody>
                <tr><th>Zeroize</th><td>yes</td></tr>
                </tbody>
                </table>
                """);
    }

    @Test
    void csvTable() {
        // the parser reads the CSV data into a table; the renderer shows that table
        Node csv = io.github.specwright.core.rst.RstParser.parse(".. csv-table::\n   :header: \"Name\", Value\n\n"
                + "   a, \"b, c\"\n", "t.rst").document().children().get(0);
        assertThat(render(csv))
                .isEqualTo("<table class=\"csv-table\">\n<thead>\n<tr><th>Name</th><th>Value</th></tr>\n</thead>\n"
                        + "<tbody>\n<tr><td>a</td><td>b, c</td></tr>\n</tbody>\n</table>\n");
    }

    @Test
    void includeIsRefusedWithoutARepository() {
        assertThat(render(directive("include", "/etc/passwd", Map.of(), ""))).isEmpty();
        assertThat(context.found).containsExactly("3:5 site-include");
    }

    @Test
    void silentDirectivesAndRubric() {
        assertThat(render(directive("contents", "", Map.of(), ""), directive("rubric", "Footnotes", Map.of(), "")))
                .isEqualTo("<p class=\"rubric\">Footnotes</p>\n");
        assertThat(context.found).isEmpty();
    }

    @Test
    void todoAndVersionDirectives() {
        Directive todo = with(directive("todo", "", Map.of(), "x"), paragraph("Volunteers?"));
        assertThat(render(todo)).isEqualTo(
                "<div class=\"admonition todo\">\n<p class=\"admonition-title\">To do</p>\n<p>Volunteers?</p>\n</div>\n");
        Directive added = with(directive("versionadded", "1.2", Map.of(), "x"), paragraph("New."));
        assertThat(render(added)).contains("<p class=\"admonition-title\">New in version 1.2</p>");
    }
}
