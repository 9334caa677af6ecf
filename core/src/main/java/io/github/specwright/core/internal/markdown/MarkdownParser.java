package io.github.specwright.core.internal.markdown;

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
 * Parses Markdown (CommonMark with pipe tables and YAML front matter, read by flexmark) into the
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
            com.vladsch.flexmark.util.ast.Document ast = FLEXMARK.parse(text);
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
    static String normalise(String source) {
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
            for (com.vladsch.flexmark.util.ast.Node node : FLEXMARK.parse(text).getDescendants()) {
                if (node instanceof com.vladsch.flexmark.ast.HardLineBreak br && br.getChars().startsWith(" ")) {
                    lines.add(index.line(br.getStartOffset()));
                }
            }
        } catch (StackOverflowError | RuntimeException e) {
            lines.clear();
        }
        return lines;
    }

    private static String describe(Throwable e) {
        return e instanceof StackOverflowError ? "nested too deeply" : e.getClass().getSimpleName();
    }

    private static Parser createFlexmark() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), YamlFrontMatterExtension.create()));
        // Tables as GitHub reads them, where Markdown specs are reviewed: one header row, a
        // separator with as many columns, no column spans, no caption line.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.MIN_HEADER_ROWS, 1);
        options.set(TablesExtension.MAX_HEADER_ROWS, 1);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.WITH_CAPTION, false);
        return Parser.builder(options).build();
    }
}
