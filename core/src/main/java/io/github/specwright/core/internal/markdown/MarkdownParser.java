package io.github.specwright.core.internal.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughSubscriptExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.Subscript;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.specwright.core.model.Diagnostic;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.ParsedDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Parses Markdown (GitHub Flavored Markdown and YAML front matter, read by flexmark) into the
 * same document model as {@link io.github.specwright.core.rst.RstParser}, so every check written
 * against the model works on Markdown specs unchanged. Stateless and thread-safe.
 *
 * <p>How Markdown maps onto the model (see {@link MarkdownTreeBuilder} for the details):
 * <ul>
 *   <li>Headings ({@code #} and setext) become nested {@link io.github.specwright.core.model.Section}s.
 *       When the document has exactly one {@code #} heading and nothing but front matter,
 *       comments and link definitions precede it, that heading becomes the document title, as
 *       docutils promotes a lone top-level RST section: {@code ##} sections are then level 1.
 *       With several {@code #} headings, each is a level-1 section and nothing is promoted.</li>
 *   <li>Headings inside block quotes or list items cannot open sections; they become
 *       {@code rubric} directives, RST's informal headings.</li>
 *   <li>HTML comments become {@link io.github.specwright.core.model.Comment}s (so guidance left in
 *       {@code <!-- -->} does not count as section content); other HTML blocks become {@code raw}
 *       directives with the argument {@code html}; images become {@code image} directives.</li>
 * </ul>
 */
public final class MarkdownParser {

    private static final Parser FLEXMARK = createFlexmark();

    private MarkdownParser() {
    }

    /**
     * Parses {@code source}. Never throws on any input: problems become diagnostics.
     *
     * @param source     the text; a leading byte order mark is dropped, CR LF and lone CR are
     *                   read as line ends
     * @param sourceName the name used in the document node (a path, usually)
     */
    public static ParsedDocument parse(String source, String sourceName) {
        String text = normalise(source == null ? "" : source);
        List<Diagnostic> diagnostics = new ArrayList<>();
        Document document;
        try {
            com.vladsch.flexmark.util.ast.Document ast = flexmarkAst(text);
            document = new MarkdownTreeBuilder(text, sourceName, diagnostics).build(ast);
        } catch (StackOverflowError | RuntimeException e) {
            // flexmark recurses on nesting; a pathological file must give a finding, not a crash.
            diagnostics.clear();
            diagnostics.add(new Diagnostic(1, 1, Diagnostic.Level.SEVERE, "md-unreadable",
                    "the Markdown could not be read (" + describe(e) + "); simplify its nesting"));
            document = new Document(new LineIndex(text).span(0, text.length()), sourceName);
        }
        diagnostics.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return new ParsedDocument(text, document, diagnostics);
    }

    /** Drops a byte order mark and turns CR LF and lone CR into LF, the form the model reports on. */
    public static String normalise(String source) {
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * The 1-based lines that end in a hard line break written as two or more trailing spaces
     * (not inside code, where trailing spaces are text). The fixer turns those spaces into a
     * backslash, the other way CommonMark writes the same break, instead of dropping the break.
     * Empty when the text cannot be read.
     */
    public static java.util.SortedSet<Integer> trailingSpaceBreakLines(String source) {
        String text = normalise(source == null ? "" : source);
        java.util.SortedSet<Integer> lines = new java.util.TreeSet<>();
        try {
            LineIndex index = new LineIndex(text);
            for (com.vladsch.flexmark.util.ast.Node node : flexmarkAst(text).getDescendants()) {
                if (node instanceof com.vladsch.flexmark.ast.HardLineBreak br && br.getChars().startsWith(" ")) {
                    lines.add(index.line(br.getStartOffset()));
                }
            }
        } catch (StackOverflowError | RuntimeException e) {
            lines.clear();
        }
        return lines;
    }

    /**
     * flexmark's syntax tree of {@code text} (already {@link #normalise normalised}), read as
     * GitHub reads it. May throw on pathological nesting. Public so a test can render the same
     * tree with flexmark's own HTML renderer.
     */
    public static com.vladsch.flexmark.util.ast.Document flexmarkAst(String text) {
        com.vladsch.flexmark.util.ast.Document ast = FLEXMARK.parse(text);
        strikeSingleTildes(ast);
        return ast;
    }

    /**
     * GitHub strikes {@code ~text~} as it strikes {@code ~~text~~}. flexmark reads the single
     * tilde only as subscript (its strikethrough-and-subscript extension is the one that keeps
     * {@code ~~} and {@code ~} apart as GitHub does), so its subscripts become strikethroughs.
     */
    private static void strikeSingleTildes(com.vladsch.flexmark.util.ast.Document ast) {
        List<Subscript> subscripts = new ArrayList<>();
        for (com.vladsch.flexmark.util.ast.Node node : ast.getDescendants()) {
            if (node instanceof Subscript subscript) {
                subscripts.add(subscript);
            }
        }
        for (Subscript subscript : subscripts) {
            Strikethrough strike = new Strikethrough(subscript.getOpeningMarker(), subscript.getText(),
                    subscript.getClosingMarker());
            strike.takeChildren(subscript);
            subscript.insertBefore(strike);
            subscript.unlink();
        }
    }

    private static String describe(Throwable e) {
        return e instanceof StackOverflowError ? "nested too deeply" : e.getClass().getSimpleName();
    }

    /**
     * The flexmark options Specwright reads Markdown with: GitHub Flavored Markdown (tables,
     * strikethrough, task lists, extended autolinks, footnotes) and YAML front matter, each
     * configured as GitHub behaves. Public so a test can render the same AST with flexmark's own
     * HTML renderer and compare it with the site.
     */
    public static MutableDataSet flexmarkOptions() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), YamlFrontMatterExtension.create(),
                StrikethroughSubscriptExtension.create(), TaskListExtension.create(), AutolinkExtension.create(),
                FootnoteExtension.create()));
        // Tables as GitHub reads them, where Markdown specs are reviewed: one header row, a
        // separator with as many columns, no column spans, no caption line.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.MIN_HEADER_ROWS, 1);
        options.set(TablesExtension.MAX_HEADER_ROWS, 1);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.WITH_CAPTION, false);
        // GitHub reads "- [x]" as a task item only when whitespace follows the box: "- [x][label]"
        // is a link reference.
        options.set(Parser.LISTS_ITEM_MARKER_SPACE, true);
        return options;
    }

    private static Parser createFlexmark() {
        return Parser.builder(flexmarkOptions()).build();
    }
}
