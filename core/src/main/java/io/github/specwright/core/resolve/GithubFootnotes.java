package io.github.specwright.core.resolve;

import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Footnote;
import io.github.specwright.core.model.FootnoteReference;
import io.github.specwright.core.model.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Markdown document's footnotes as GitHub (cmark-gfm) numbers and links them, worked out once and
 * kept on the document ({@link #of}). A {@code [^label]} leads to the first footnote defined with
 * that label (labels compare exactly, as flexmark reads them). Footnotes are numbered by their first
 * reference in source order, a reference inside a footnote's own text counting where that text is
 * written; a footnote that no reference names is not shown and has no number. The shown ones are
 * listed at the end of the page in number order. Ids follow GitHub's scheme on the label:
 * {@code fn-LABEL} for the footnote, {@code fnref-LABEL}, {@code fnref-LABEL-2}... for its
 * references in order.
 *
 * <p>reStructuredText's footnotes are numbered as docutils does, by {@link Resolution}.
 */
public final class GithubFootnotes {

    private final Map<String, Footnote> byLabel = new HashMap<>();
    /** The footnotes shown, in number order. */
    private final List<Footnote> shown = new ArrayList<>();
    /** The ids of the references that lead to each shown footnote, in source order. */
    private final Map<Footnote, List<String>> backReferences = new IdentityHashMap<>();
    private final Map<Footnote, Integer> numbers = new IdentityHashMap<>();
    private final Map<FootnoteReference, String> referenceIds = new IdentityHashMap<>();

    private GithubFootnotes(Document document) {
        gatherDefinitions(document);
        numberReferencesIn(document);
    }

    /** The footnotes of {@code document}, worked out the first time they are asked for. */
    public static GithubFootnotes of(Document document) {
        return document.derived(GithubFootnotes.class, GithubFootnotes::new);
    }

    /** The footnote a reference leads to, or null when no footnote has its label. */
    public Footnote footnoteOf(FootnoteReference reference) {
        return byLabel.get(reference.label());
    }

    /** The footnotes shown at the end of the page, in number order (the first is number 1). */
    public List<Footnote> shown() {
        return List.copyOf(shown);
    }

    /** A shown footnote's number, from 1; 0 for a footnote no reference names. */
    public int number(Footnote footnote) {
        return numbers.getOrDefault(footnote, 0);
    }

    /** The id of a footnote, which its references link to. */
    public String id(Footnote footnote) {
        return "fn-" + footnote.label();
    }

    /** The id of a reference that leads to a footnote, which the footnote links back to; null for one that leads nowhere. */
    public String referenceId(FootnoteReference reference) {
        return referenceIds.get(reference);
    }

    /** The ids of the references that lead to a shown footnote, in source order. */
    public List<String> backReferences(Footnote footnote) {
        return List.copyOf(backReferences.getOrDefault(footnote, List.of()));
    }

    private void gatherDefinitions(Node node) {
        for (Node child : node.children()) {
            if (child instanceof Footnote footnote) {
                byLabel.putIfAbsent(footnote.label(), footnote);
            }
            gatherDefinitions(child);
        }
    }

    /** Numbers the footnotes {@code node}'s references lead to, in source order, footnotes' own text included. */
    private void numberReferencesIn(Node node) {
        for (Node child : node.children()) {
            if (child instanceof FootnoteReference reference && footnoteOf(reference) != null) {
                Footnote footnote = footnoteOf(reference);
                List<String> references = backReferences.computeIfAbsent(footnote, unused -> {
                    shown.add(footnote);
                    numbers.put(footnote, shown.size());
                    return new ArrayList<>();
                });
                String id = "fnref-" + footnote.label() + (references.isEmpty() ? "" : "-" + (references.size() + 1));
                references.add(id);
                referenceIds.put(reference, id);
            }
            numberReferencesIn(child);
        }
    }
}
