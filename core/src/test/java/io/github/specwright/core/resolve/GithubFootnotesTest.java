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

            Last [^e].

            [^e]: E.
            """;

    @Test
    void footnotesAreNumberedByTheirFirstReferenceInSourceOrderFootnotesOwnTextIncluded() {
        // as cmark-gfm does: [^c] and [^d] are cited inside footnotes written before "Last [^e]"
        Document document = MarkdownParser.parse(TEXT, "specs/notes.md").document();
        GithubFootnotes footnotes = GithubFootnotes.of(document);
        assertThat(footnotes.shown()).extracting(Footnote::label).containsExactly("b", "a", "c", "d", "e");
        assertThat(footnotes.shown()).extracting(footnotes::number).containsExactly(1, 2, 3, 4, 5);
        Footnote unused = footnote(document, "unused");
        assertThat(footnotes.number(unused)).isZero();
        assertThat(footnotes.backReferences(unused)).isEmpty();
        assertThat(footnotes.id(footnote(document, "b"))).isEqualTo("fn-b");
        assertThat(footnotes.backReferences(footnote(document, "b"))).containsExactly("fnref-b", "fnref-b-2");
        assertThat(footnotes).isSameAs(GithubFootnotes.of(document));
    }

    @Test
    void eachReferenceHasItsIdAndAnUndefinedOneLeadsNowhere() {
        Document document = MarkdownParser.parse(TEXT, "specs/notes.md").document();
        GithubFootnotes footnotes = GithubFootnotes.of(document);
        List<FootnoteReference> references = new ArrayList<>();
        collect(document, references);
        assertThat(references).extracting(footnotes::referenceId)
                .containsExactly("fnref-b", "fnref-a", "fnref-b-2", "fnref-c", "fnref-d", "fnref-e");
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
