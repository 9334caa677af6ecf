package io.github.specwright.core.site;

import io.github.specwright.core.base.Finding;
import io.github.specwright.core.base.Severity;
import io.github.specwright.core.model.Citation;
import io.github.specwright.core.model.CitationReference;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Footnote;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.parse.DocumentParsers;
import io.github.specwright.core.resolve.DocutilsIds;
import io.github.specwright.core.resolve.GithubFootnotes;
import io.github.specwright.core.resolve.Resolution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What Sphinx warns about footnotes and citations and docutils does not: a footnote never referenced in its
 * document, a citation never referenced in any document of the site (citations are global in Sphinx), and a
 * citation label defined in more than one document. The messages follow Sphinx's wording.
 */
final class NoteReferences {

    /** Site findings (the checks do not run them), documented in docs/site.md. */
    static final String UNREFERENCED_FOOTNOTE = "unreferenced-footnote";
    static final String UNREFERENCED_CITATION = "unreferenced-citation";
    static final String DUPLICATE_CITATION = "duplicate-citation";

    /** One document's footnotes, citations and references to them. */
    static final class Notes {
        final String path;
        /** Where the document's footnote references lead (worked out once, in core). */
        final Resolution resolution;
        /** A Markdown document's footnotes as GitHub shows them; null for reStructuredText. */
        final GithubFootnotes githubFootnotes;
        final List<Footnote> footnotes = new ArrayList<>();
        final List<Citation> citations = new ArrayList<>();
        final Set<String> citationLabels = new HashSet<>();

        private Notes(String path, Document document) {
            this.path = path;
            this.resolution = Resolution.of(document);
            this.githubFootnotes = DocumentParsers.formatOf(document.sourceName()) == DocumentParsers.Format.MARKDOWN
                    ? GithubFootnotes.of(document) : null;
        }
    }

    private NoteReferences() {
    }

    /** Collects what one document defines and references. */
    static Notes collect(String path, Document document) {
        Notes notes = new Notes(path, document);
        collect(document, notes);
        return notes;
    }

    private static void collect(Node node, Notes notes) {
        if (node instanceof Footnote footnote) {
            notes.footnotes.add(footnote);
        } else if (node instanceof Citation citation) {
            notes.citations.add(citation);
        } else if (node instanceof CitationReference reference) {
            notes.citationLabels.add(normalize(reference.label()));
        }
        for (Node child : node.children()) {
            collect(child, notes);
        }
    }

    /** The findings of the documents rendered together (in path order, so the first definition is the original). */
    static List<Finding> findings(List<Notes> documents) {
        List<Finding> findings = new ArrayList<>();
        Set<String> citedAnywhere = new HashSet<>();
        for (Notes notes : documents) {
            citedAnywhere.addAll(notes.citationLabels);
            unreferencedFootnotes(notes, findings);
        }
        Map<String, String> firstDefinition = new HashMap<>();
        for (Notes notes : documents) {
            for (Citation citation : notes.citations) {
                String label = normalize(citation.label());
                if (!citedAnywhere.contains(label)) {
                    findings.add(finding(notes.path, citation, UNREFERENCED_CITATION,
                            "Citation [" + citation.label() + "] is not referenced."));
                }
                String first = firstDefinition.putIfAbsent(label, notes.path);
                if (first != null && !first.equals(notes.path)) {
                    findings.add(finding(notes.path, citation, DUPLICATE_CITATION,
                            "duplicate citation " + citation.label() + ", other instance in " + first));
                }
            }
        }
        return findings;
    }

    /**
     * A footnote no reference of its document leads to, as the document's resolution pairs them; in
     * Markdown, one GitHub does not show (no shown text references it).
     */
    private static void unreferencedFootnotes(Notes notes, List<Finding> findings) {
        for (Footnote footnote : notes.footnotes) {
            boolean referenced = notes.githubFootnotes != null ? notes.githubFootnotes.number(footnote) > 0
                    : !notes.resolution.referencesTo(footnote).isEmpty();
            if (!referenced) {
                String label = footnote.label().strip();
                String shown = label.startsWith("#") && label.length() > 1 ? label.substring(1).strip() : label;
                findings.add(finding(notes.path, footnote, UNREFERENCED_FOOTNOTE,
                        "Footnote [" + shown + "] is not referenced."));
            }
        }
    }

    private static Finding finding(String path, Node node, String ruleId, String message) {
        return new Finding(path, Math.max(1, node.span().startLine()), Math.max(1, node.span().startColumn()),
                Severity.WARNING, ruleId, message);
    }

    /** Labels compare as docutils compares names: case and runs of whitespace do not matter. */
    private static String normalize(String label) {
        return DocutilsIds.normalizeName(label == null ? "" : label);
    }
}
