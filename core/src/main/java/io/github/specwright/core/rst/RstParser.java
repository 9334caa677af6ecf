package io.github.specwright.core.rst;

import io.github.specwright.core.model.Diagnostic;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.ParsedDocument;
import io.github.specwright.core.model.SourceSpan;
import io.github.specwright.core.rst.inline.InlinePass;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
        List<Diagnostic> diagnostics = new ArrayList<>();
        // Placeholder until the block parser lands: an empty document.
        Document document = new Document(SourceSpan.UNKNOWN, sourceName);
        InlinePass.run(document, diagnostics);
        diagnostics.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return new ParsedDocument(source, document, diagnostics);
    }
}
