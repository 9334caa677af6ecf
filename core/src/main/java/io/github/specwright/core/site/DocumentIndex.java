package io.github.specwright.core.site;

import io.github.specwright.core.model.PlainText;

import io.github.specwright.core.model.Citation;
import io.github.specwright.core.model.CitationReference;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Footnote;
import io.github.specwright.core.model.FootnoteReference;
import io.github.specwright.core.model.InlineTarget;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Reference;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.model.SubstitutionDefinition;
import io.github.specwright.core.model.Target;
import io.github.specwright.core.model.Title;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What rendering one document needs to know before it writes the first tag: a unique HTML id for every section,
 * internal target, footnote and citation; which name points where; the numbers of auto-numbered footnotes; which
 * anonymous target each anonymous reference takes. Built once per document, read by the renderer and by the site's
 * cross-document label table.
 */
public final class DocumentIndex {

    private static final String[] FOOTNOTE_SYMBOLS = {"*", "\u2020", "\u2021", "\u00a7", "\u00b6", "#", "\u2660", "\u2665", "\u2666", "\u2663"};

    private final Map<Node, String> ids = new IdentityHashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    /** Normalised name to the node it names: explicit targets first, then section titles (implicit targets). */
    private final Map<String, Node> names = new LinkedHashMap<>();
    private final Map<String, Node> sectionTitles = new HashMap<>();
    private final Map<Node, String> footnoteLabels = new IdentityHashMap<>();
    private final Map<Node, Footnote> footnoteOfReference = new IdentityHashMap<>();
    private final Map<Footnote, List<FootnoteReference>> referencesOfFootnote = new IdentityHashMap<>();
    private final Map<String, Citation> citations = new HashMap<>();
    private final Map<Citation, List<CitationReference>> referencesOfCitation = new IdentityHashMap<>();
    private final Map<Reference, Target> anonymousTargetOf = new IdentityHashMap<>();
    private final Map<String, SubstitutionDefinition> substitutions = new HashMap<>();
    /** Names made by embedded URIs: {@code `Name <uri>`_} also defines {@code Name_}, as in docutils. */
    private final Map<String, String> embeddedUris = new HashMap<>();
    private final List<Section> sections = new ArrayList<>();
    private final Map<String, Label> labels = new LinkedHashMap<>();

    /** Where a {@code :ref:} label points in this document and the text a link to it shows by default. */
    public record Label(String id, String title) {
    }

    /** docutils' ids for this document, so that the page's anchors are the ones a docutils or Sphinx build makes. */
    private io.github.specwright.core.tree.TreeNames docutils;

    private DocumentIndex() {
    }

    /** The node's docutils id when it is free on the page, else a unique id made from {@code name}. */
    private String claimFor(Node node, String name, String fallback) {
        String id = docutils == null ? null : docutils.docutilsId(node);
        if (id != null && !id.isEmpty() && usedIds.add(id)) {
            return id;
        }
        return claim(name, fallback);
    }

    public static DocumentIndex of(Document document) {
        DocumentIndex index = new DocumentIndex();
        List<Node> all = new ArrayList<>();
        collect(document, all);
        index.docutils = io.github.specwright.core.tree.TreeNames.of(document);
        index.assignIds(all);
        index.numberFootnotes(all);
        index.pairAnonymous(all);
        return index;
    }

    private static void collect(Node node, List<Node> out) {
        // Depth-first, document order, without recursion limits for deep trees.
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(node);
        while (!stack.isEmpty()) {
            Node current = stack.pop();
            out.add(current);
            List<Node> children = current.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
    }

    private void assignIds(List<Node> all) {
        usedIds.add("content");
        usedIds.add("toc");
        usedIds.add("search");
        for (Node node : all) {
            if (node instanceof Section section) {
                Title title = section.title();
                String text = title == null ? "section" : title.rawText();
                String id = claimFor(section, text, "section");
                ids.put(section, id);
                sections.add(section);
                sectionTitles.putIfAbsent(Html.normalizeName(plainTitle(text)), section);
            } else if (node instanceof Target target && !target.anonymous() && target.refUri() == null
                    && target.refName() == null) {
                String id = claimFor(target, target.name(), "target");
                ids.put(target, id);
                names.putIfAbsent(Html.normalizeName(target.name()), target);
                labels.putIfAbsent(Html.normalizeName(target.name()), labelFor(target, id));
            } else if (node instanceof Target target && !target.anonymous()) {
                names.putIfAbsent(Html.normalizeName(target.name()), target);
            } else if (node instanceof InlineTarget target) {
                ids.put(target, claimFor(target, target.name(), "target"));
                names.putIfAbsent(Html.normalizeName(target.name()), target);
                labels.putIfAbsent(Html.normalizeName(target.name()), new Label(ids.get(target), target.name()));
            } else if (node instanceof Citation citation) {
                ids.put(citation, claim("citation-" + citation.label(), "citation"));
                citations.putIfAbsent(Html.normalizeName(citation.label()), citation);
            } else if (node instanceof Reference reference && !reference.anonymous() && reference.refUri() != null) {
                String text = reference.refName() != null ? reference.refName()
                        : reference.children().isEmpty() ? String.valueOf(reference.text()) : PlainText.of(reference);
                embeddedUris.putIfAbsent(Html.normalizeName(text), reference.refUri());
            } else if (node instanceof SubstitutionDefinition definition) {
                substitutions.putIfAbsent(definition.name(), definition);
                substitutions.putIfAbsent(Html.normalizeName(definition.name()), definition);
            }
        }
        for (Map.Entry<String, Node> entry : sectionTitles.entrySet()) {
            names.putIfAbsent(entry.getKey(), entry.getValue());
        }
    }

    /**
     * A label standing just before a section (other targets between are allowed) names that section, as in Sphinx:
     * a link to it shows the section title. Any other label shows its own name.
     */
    private Label labelFor(Target target, String id) {
        Node parent = target.parent();
        if (parent != null) {
            List<Node> siblings = parent.children();
            for (int i = siblings.indexOf(target) + 1; i < siblings.size(); i++) {
                Node next = siblings.get(i);
                if (next instanceof Section section && section.title() != null) {
                    return new Label(id, section.title().rawText());
                }
                if (!(next instanceof Target) && !(next instanceof io.github.specwright.core.model.Comment)) {
                    break;
                }
            }
            if (parent instanceof Document document && document.title() != null
                    && siblings.subList(0, siblings.indexOf(target)).stream().allMatch(DocumentIndex::isPreamble)) {
                return new Label(id, document.title().rawText());
            }
        }
        return new Label(id, target.name());
    }

    private static boolean isPreamble(Node node) {
        return node instanceof Title || node instanceof io.github.specwright.core.model.Subtitle
                || node instanceof Target || node instanceof io.github.specwright.core.model.Comment;
    }

    /** Title text without the backquotes and underscores of inline markup, for matching {@code `Title`_}. */
    private static String plainTitle(String raw) {
        return raw.replace("`", "").replace("**", "").replace("*", "");
    }

    /** Reserves a unique id derived from {@code name}. */
    public String claim(String name, String fallback) {
        String base = Html.makeId(name);
        if (base.isEmpty()) {
            base = fallback;
        }
        String id = base;
        for (int n = 1; !usedIds.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private void numberFootnotes(List<Node> all) {
        Set<Integer> manual = new HashSet<>();
        for (Node node : all) {
            if (node instanceof Footnote footnote && footnote.label().matches("\\d+")) {
                manual.add(Integer.parseInt(footnote.label()));
            }
        }
        Map<String, Footnote> byLabel = new HashMap<>();
        List<Footnote> anonymousAuto = new ArrayList<>();
        List<Footnote> symbolic = new ArrayList<>();
        int next = 1;
        for (Node node : all) {
            if (!(node instanceof Footnote footnote)) {
                continue;
            }
            String label = footnote.label();
            String shown;
            if (label.startsWith("#")) {
                while (manual.contains(next)) {
                    next++;
                }
                shown = Integer.toString(next++);
                if (label.length() == 1) {
                    anonymousAuto.add(footnote);
                } else {
                    byLabel.putIfAbsent(Html.normalizeName(label.substring(1)), footnote);
                }
            } else if (label.equals("*")) {
                shown = symbol(symbolic.size());
                symbolic.add(footnote);
            } else {
                shown = label;
                byLabel.putIfAbsent(Html.normalizeName(label), footnote);
            }
            footnoteLabels.put(footnote, shown);
            ids.put(footnote, claim("footnote-" + (label.equals("*") ? "symbol-" + symbolic.size() : shown), "footnote"));
            referencesOfFootnote.put(footnote, new ArrayList<>());
        }
        int anonymousUsed = 0;
        int symbolsUsed = 0;
        for (Node node : all) {
            if (node instanceof FootnoteReference reference) {
                String label = reference.label();
                Footnote target;
                if (label.equals("#")) {
                    target = anonymousUsed < anonymousAuto.size() ? anonymousAuto.get(anonymousUsed++) : null;
                } else if (label.equals("*")) {
                    target = symbolsUsed < symbolic.size() ? symbolic.get(symbolsUsed++) : null;
                } else {
                    target = byLabel.get(Html.normalizeName(label.startsWith("#") ? label.substring(1) : label));
                }
                ids.put(reference, claim("footnote-reference", "footnote-reference"));
                if (target != null) {
                    footnoteOfReference.put(reference, target);
                    referencesOfFootnote.get(target).add(reference);
                }
            } else if (node instanceof CitationReference reference) {
                ids.put(reference, claim("citation-reference", "citation-reference"));
                Citation citation = citations.get(Html.normalizeName(reference.label()));
                if (citation != null) {
                    referencesOfCitation.computeIfAbsent(citation, c -> new ArrayList<>()).add(reference);
                }
            }
        }
    }

    private static String symbol(int index) {
        String symbol = FOOTNOTE_SYMBOLS[index % FOOTNOTE_SYMBOLS.length];
        return symbol.repeat(index / FOOTNOTE_SYMBOLS.length + 1);
    }

    private void pairAnonymous(List<Node> all) {
        List<Target> anonymousTargets = new ArrayList<>();
        List<Reference> anonymousReferences = new ArrayList<>();
        for (Node node : all) {
            if (node instanceof Target target && target.anonymous()) {
                anonymousTargets.add(target);
            } else if (node instanceof Reference reference && reference.anonymous() && reference.refUri() == null) {
                anonymousReferences.add(reference);
            }
        }
        for (int i = 0; i < anonymousReferences.size() && i < anonymousTargets.size(); i++) {
            anonymousTargetOf.put(anonymousReferences.get(i), anonymousTargets.get(i));
        }
    }

    /** The HTML id given to {@code node}, or null when it has none. */
    public String idOf(Node node) {
        return ids.get(node);
    }

    /** The node a hyperlink name points to in this document (explicit target, inline target or section), or null. */
    public Node nodeNamed(String name) {
        return names.get(Html.normalizeName(name));
    }

    /** The URI an embedded reference ({@code `Name <uri>`_}) gave {@code name}, or null. */
    public String embeddedUri(String name) {
        return embeddedUris.get(Html.normalizeName(name));
    }

    /** The section whose title is {@code title} (case-insensitive), or null. */
    public Section sectionTitled(String title) {
        Node node = sectionTitles.get(Html.normalizeName(plainTitle(title)));
        return node instanceof Section section ? section : null;
    }

    public Target anonymousTargetOf(Reference reference) {
        return anonymousTargetOf.get(reference);
    }

    public Footnote footnoteOf(FootnoteReference reference) {
        return footnoteOfReference.get(reference);
    }

    public List<FootnoteReference> referencesTo(Footnote footnote) {
        return referencesOfFootnote.getOrDefault(footnote, List.of());
    }

    /** The number or symbol a footnote shows. */
    public String footnoteLabel(Footnote footnote) {
        return footnoteLabels.getOrDefault(footnote, footnote.label());
    }

    public Citation citationLabelled(String label) {
        return citations.get(Html.normalizeName(label));
    }

    public List<CitationReference> referencesTo(Citation citation) {
        return referencesOfCitation.getOrDefault(citation, List.of());
    }

    public SubstitutionDefinition substitution(String name) {
        SubstitutionDefinition exact = substitutions.get(name);
        return exact != null ? exact : substitutions.get(Html.normalizeName(name));
    }

    /** Every section in document order. */
    public List<Section> sections() {
        return List.copyOf(sections);
    }

    /** Explicit internal target names (normalised) to ids: the labels {@code :ref:} can name. */
    public Map<String, Label> labels() {
        return Map.copyOf(labels);
    }
}
