package io.github.specwright.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.internal.markdown.MarkdownParser;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Footnote;
import io.github.specwright.core.model.FootnoteReference;
import io.github.specwright.core.model.Node;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubFootnotesTest {

    private static final String TEXT = """
            First [^b], then [^a], [^b] again and [^none].

            [^a]: A, which cites [^c].
            [^b]: B.
            [^c]: C.
            [^unused]: Nobody cites this, only [^d].
            [^d]: D.
            """;

    @Test
    void footnotesAreNumberedByTheirFirstReferenceTheTextFirstThenTheListedBodies() {
        Document document = MarkdownParser.parse(TEXT, "specs/notes.md").document();
        GithubFootnotes footnotes = GithubFootnotes.of(document);
        assertThat(footnotes.shown()).extracting(Footnote::label).containsExactly("b", "a", "c");
        assertThat(footnotes.shown()).extracting(footnotes::number).containsExactly(1, 2, 3);
        Footnote unused = footnote(document, "unused");
        assertThat(footnotes.number(unused)).isZero();
        assertThat(footnotes.number(footnote(document, "d"))).as("cited only by a footnote nobody cites").isZero();
        assertThat(footnotes.backReferences(unused)).isEmpty();
        assertThat(footnotes.id(footnote(document, "b"))).isEqualTo("fn-b");
        assertThat(footnotes.backReferences(footnote(document, "b"))).containsExactly("fnref-b", "fnref-b-1");
        assertThat(footnotes).isSameAs(GithubFootnotes.of(document));
    }

    @Test
    void eachReferenceHasItsIdAndAnUndefinedOneLeadsNowhere() {
        Document document = MarkdownParser.parse(TEXT, "specs/notes.md").document();
        GithubFootnotes footnotes = GithubFootnotes.of(document);
        List<FootnoteReference> references = new ArrayList<>();
        collect(document, references);
        // [^d] stands in a footnote that is not shown: it is never shown either
        assertThat(references).extracting(footnotes::referenceId)
                .containsExactly("fnref-b", "fnref-a", "fnref-b-1", "fnref-c", null);
        // [^none] has no definition: the reader leaves it as text, so it is no reference at all
        assertThat(references).extracting(FootnoteReference::label).doesNotContain("none");
    }

    private static Footnote footnote(Node node, String label) {
        for (Node child : node.children()) {
            if (child instanceof Footnote footnote && footnote.label().equals(label)) {
                return footnote;
            }
            Footnote found = footnote(child, label);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static void collect(Node node, List<FootnoteReference> references) {
        for (Node child : node.children()) {
            if (child instanceof FootnoteReference reference) {
                references.add(reference);
            }
            collect(child, references);
        }
    }
}
