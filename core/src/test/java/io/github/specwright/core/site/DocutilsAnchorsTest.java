package io.github.specwright.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.model.Document;
import io.github.specwright.core.rst.RstParser;
import org.junit.jupiter.api.Test;

/**
 * The site's anchors are the ids docutils (and so Sphinx) gives the same elements, so that a link
 * made to a docutils rendering of a spec keeps working on Specwright's site.
 */
class DocutilsAnchorsTest {

    private static String page(String source) {
        Document document = RstParser.parse(source, "spec.rst").document();
        return HtmlRenderer.render(document, (line, column, rule, message) -> { });
    }

    @Test
    void sectionsAndLabelsUseDocutilsIds() {
        // docutils 0.19: ids "problem-description", "strasze-und-co", "alternatives" and "alternatives-1",
        // "my-label" for the label handed to the section after it
        String html = page("Doc\n===\n\nProblem description\n-------------------\n\nText.\n\n"
                + "Straße und Co\n-------------\n\nText.\n\nAlternatives\n------------\n\nOne.\n\n"
                + "More\n----\n\n.. _my-label:\n\nAlternatives\n~~~~~~~~~~~~\n\nTwo.\n");
        assertThat(html).contains("id=\"problem-description\"").contains("id=\"strasze-und-co\"")
                .contains("id=\"alternatives\"").contains("id=\"alternatives-1\"").contains("id=\"my-label\"");
    }
}
