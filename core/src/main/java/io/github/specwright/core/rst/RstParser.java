package io.github.specwright.core.rst;

import io.github.specwright.core.model.Diagnostic;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.ParsedDocument;
import io.github.specwright.core.model.SourceSpan;
import io.github.specwright.core.internal.rst.inline.InlinePass;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Parses reStructuredText into the document model, agreeing with docutils on structure and on
 * the problems it reports. Stateless and thread-safe: every call parses independently.
 *
 * <p>Two stages, as in docutils: the block stage builds the tree of sections and body
 * elements with raw text; the inline stage ({@link InlinePass}) parses the text of each
 * text-bearing node and resolves references across the document.
 */
public final class RstParser {

    private RstParser() {
    }

    /**
     * Parses {@code source}. Never throws on any input: problems become diagnostics.
     *
     * @param source     the text; CR LF and lone CR are read as line ends
     * @param sourceName the name used in the document node (a path, usually)
     */
    public static ParsedDocument parse(String source, String sourceName) {
        return parse(source, sourceName, Set.of());
    }

    /**
     * Parses {@code source}, accepting the directive names in {@code extraDirectives} (an
     * extension's directives) besides docutils' and Sphinx's own.
     */
    public static ParsedDocument parse(String source, String sourceName, Set<String> extraDirectives) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        SourceText text = new SourceText(source);
        Directives directives = extraDirectives.isEmpty() ? Directives.standard() : Directives.withExtra(extraDirectives);
        ParseContext ctx = new ParseContext(text, diagnostics, directives);
        Document document = new Document(text.lineCount() == 0 ? SourceSpan.UNKNOWN : SourceSpan.lines(1, text.lineCount()),
                sourceName);
        SectionBuilder sections = new SectionBuilder(ctx);
        try {
            new BodyParser(ctx).run(new Block(text.lines(), document, sections, 0));
            sections.build(document);
            TransitionCheck.run(document, ctx);
        } catch (RuntimeException e) {
            // A defect of ours must not cost the caller the file: keep what was built and say so.
            diagnostics.add(new Diagnostic(1, 1, Diagnostic.Level.SEVERE, "rst-internal-error",
                    "the reStructuredText parser failed on this file (" + e + "); please report it with the file"));
        }
        InlinePass.run(document, diagnostics);
        diagnostics.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return new ParsedDocument(String.join("\n", SourceText.splitLines(source)), document, diagnostics);
    }
}
