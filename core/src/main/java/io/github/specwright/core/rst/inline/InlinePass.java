package io.github.specwright.core.rst.inline;

import io.github.specwright.core.model.Diagnostic;
import io.github.specwright.core.model.Document;
import java.util.List;

/**
 * The second stage of parsing: fills every text-bearing node (paragraph, title, term, field
 * name, line, ...) with inline nodes parsed from its raw text, then resolves references
 * (targets, substitutions, footnotes, citations) across the document.
 */
public final class InlinePass {

    private InlinePass() {
    }

    /** Parses inline markup in place and appends what is wrong to {@code diagnostics}. */
    public static void run(Document document, List<Diagnostic> diagnostics) {
        // Placeholder until the inline parser lands.
    }
}
