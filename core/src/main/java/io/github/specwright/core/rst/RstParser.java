package io.github.specwright.core.rst;

import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.ParsedDocument;
import io.github.specwright.core.model.SourceSpan;
import java.util.List;

/**
 * Parses reStructuredText into the document model, agreeing with docutils on structure and on
 * the problems it reports. Stateless and thread-safe: every call parses independently.
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
        // Placeholder until the block parser lands: an empty document.
        Document document = new Document(SourceSpan.UNKNOWN, sourceName);
        return new ParsedDocument(source, document, List.of());
    }
}
