package io.github.specwright.core.model;

import java.util.List;

/**
 * The result of parsing one source: the tree and the diagnostics, in source order.
 *
 * @param source      the text that was parsed (newlines normalised to {@code \n})
 * @param document    the tree
 * @param diagnostics problems found while parsing, sorted by line
 */
public record ParsedDocument(String source, Document document, List<Diagnostic> diagnostics) {

    public ParsedDocument {
        diagnostics = List.copyOf(diagnostics);
    }
}
