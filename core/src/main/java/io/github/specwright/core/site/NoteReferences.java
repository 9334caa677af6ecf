package io.github.specwright.core.site;

import io.github.specwright.core.base.Finding;
import io.github.specwright.core.base.Severity;
import io.github.specwright.core.model.Citation;
import io.github.specwright.core.model.CitationReference;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Footnote;
import io.github.specwright.core.model.FootnoteReference;
import io.github.specwright.core.model.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
        final List<Node> footnotes = new ArrayList<>();
        final List<Citation> citations = new ArrayList<>();
        final Set<String> footnoteLabels = new HashSet<>();
        final Set<String> citationLabels = new HashSet<>();
        int autoNumberReferences;
        int symbolReferences;

        private Notes(String path) {
            this.path = path;
        }
    }

    private NoteReferences() {
    }

    /** Collects what one document defines and references. */
    static Notes collect(String path, Document document) {
        Notes notes = new Notes(path);
        collect(document, notes);
        return notes;
    }

    private static void collect(Node node, Notes notes) {
        if (node instanceof Footnote) {
            notes.footnotes.add(node);
        } else if (node instanceof Citation citation) {
            notes.citations.add(citation);
        } else if (node instanceof FootnoteReference reference) {
            String label = normalize(reference.label());
            if (label.equals("#")) {
                notes.autoNumberReferences++;
            } else if (label.equals("*")) {
                notes.symbolReferences++;
            } else {
                notes.footnoteLabels.add(label);
            }
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
     * Labelled footnotes ({@code [1]}, {@code [#name]}) need a reference with their label; auto-numbered ({@code [#]})
     * and symbol ({@code [*]}) footnotes pair with their references in order, so the ones past the references'
     * count are the unreferenced ones.
     */
    private static void unreferencedFootnotes(Notes notes, List<Finding> findings) {
        int autoNumbered = 0;
        int symbols = 0;
        for (Node node : notes.footnotes) {
            Footnote footnote = (Footnote) node;
            String label = normalize(footnote.label());
            boolean referenced;
            if (label.equals("#")) {
                referenced = ++autoNumbered <= notes.autoNumberReferences;
            } else if (label.equals("*")) {
                referenced = ++symbols <= notes.symbolReferences;
            } else {
                referenced = notes.footnoteLabels.contains(label);
            }
            if (!referenced) {
                String shown = label.startsWith("#") && label.length() > 1 ? footnote.label().substring(1).strip()
                        : footnote.label().strip();
                findings.add(finding(notes.path, footnote, UNREFERENCED_FOOTNOTE,
                        "Footnote [" + (label.equals("#") ? "#" : shown) + "] is not referenced."));
            }
        }
    }

    private static Finding finding(String path, Node node, String ruleId, String message) {
        return new Finding(path, Math.max(1, node.span().startLine()), Math.max(1, node.span().startColumn()),
                Severity.WARNING, ruleId, message);
    }

    /** Labels compare as docutils compares names: case and runs of whitespace do not matter. */
    private static String normalize(String label) {
        return label == null ? "" : label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
