package io.github.specwright.core.site;

import io.github.specwright.core.internal.markdown.MarkdownParser;
import io.github.specwright.core.model.Document;

/** Test helper: a Markdown page's body as the site renders it (SiteBuilder.writePage), findings ignored. */
final class MarkdownPages {

    private MarkdownPages() {
    }

    /** The body of {@code markdown} as the page {@code specs/page.md}, with the site's defaults (images off). */
    static String body(String markdown) {
        Document document = MarkdownParser.parse(markdown, "specs/page.md").document();
        return HtmlRenderer.render(document, (line, column, rule, message) -> { });
    }

    /**
     * The body of {@code markdown} as the page {@code name} with the site's {@code allowImages} on, as a
     * repository whose specs show images sets it (off, every image is a placeholder and a finding).
     */
    static String bodyWithImages(String markdown, String name) {
        Document document = MarkdownParser.parse(markdown, name).document();
        return HtmlRenderer.render(document, DocumentIndex.of(document), new RenderContext() {
            @Override
            public void report(int line, int column, String ruleId, String message) {
            }

            @Override
            public boolean allowImages() {
                return true;
            }
        });
    }
}
