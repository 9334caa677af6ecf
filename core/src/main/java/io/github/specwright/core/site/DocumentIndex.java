package io.github.specwright.core.site;

import io.github.specwright.core.model.Citation;
import io.github.specwright.core.model.CitationReference;
import io.github.specwright.core.model.Comment;
import io.github.specwright.core.model.Directive;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Footnote;
import io.github.specwright.core.model.FootnoteReference;
import io.github.specwright.core.model.InlineTarget;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Reference;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.model.Subtitle;
import io.github.specwright.core.model.SubstitutionDefinition;
import io.github.specwright.core.model.Target;
import io.github.specwright.core.model.Title;
import io.github.specwright.core.resolve.DocutilsIds;
import io.github.specwright.core.resolve.Resolution;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one page needs on top of the document's {@link Resolution} (names, ids, footnote numbers and where every
 * reference leads, worked out once in core): the HTML id of each element that gets an anchor, which is the id
 * docutils gives it unless the page already uses that id (the page frame's own ids, a second page element), and the
 * labels {@code :ref:} can name across the site.
 */
public final class DocumentIndex {

    /** The ids of the page frame: no element of the document may take them. */
    private static final List<String> FRAME_IDS = List.of("content", "toc", "search");

    private final Resolution resolution;
    private final Map<Node, String> ids = new IdentityHashMap<>();
    private final Set<String> usedIds = new HashSet<>(FRAME_IDS);
    private final List<Section> sections = new ArrayList<>();
    private final Map<String, Label> labels = new LinkedHashMap<>();

    /** Where a {@code :ref:} label points in this document and the text a link to it shows by default. */
    public record Label(String id, String title) {
    }

    private DocumentIndex(Resolution resolution) {
        this.resolution = resolution;
    }

    public static DocumentIndex of(Document document) {
        DocumentIndex index = new DocumentIndex(Resolution.of(document));
        for (Node node : inDocumentOrder(document)) {
            index.assignId(node);
        }
        return index;
    }

    private static List<Node> inDocumentOrder(Node root) {
        // Depth-first, without recursion limits for deep trees.
        List<Node> out = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node current = stack.pop();
            out.add(current);
            List<Node> children = current.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return out;
    }

    private void assignId(Node node) {
        if (node instanceof Section section) {
            Title title = section.title();
            ids.put(section, title != null && title.githubAnchor() != null ? claimGithub(title.githubAnchor())
                    : claimFor(section, title == null ? "section" : title.rawText(), "section"));
            sections.add(section);
        } else if (node instanceof Title title && title.parent() instanceof Document && title.githubAnchor() != null) {
            // A Markdown page's title is a heading too, with its GitHub anchor.
            ids.put(title, claimGithub(title.githubAnchor()));
        } else if (node instanceof Directive rubric && rubric.title() != null && rubric.title().githubAnchor() != null) {
            // a Markdown heading inside a quote or list item
            ids.put(rubric, claimGithub(rubric.title().githubAnchor()));
        } else if (node instanceof Target target && !target.anonymous() && target.refUri() == null
                && target.refName() == null) {
            String id = claimFor(target, target.name(), "target");
            ids.put(target, id);
            labels.putIfAbsent(DocutilsIds.normalizeName(target.name()), labelFor(target, id));
        } else if (node instanceof InlineTarget target) {
            String id = claimFor(target, target.name(), "target");
            ids.put(target, id);
            labels.putIfAbsent(DocutilsIds.normalizeName(target.name()), new Label(id, target.name()));
        } else if (node instanceof Footnote footnote) {
            ids.put(footnote, claimFor(footnote, "footnote-" + resolution.noteLabel(footnote), "footnote"));
        } else if (node instanceof Citation citation) {
            ids.put(citation, claimFor(citation, "citation-" + citation.label(), "citation"));
        } else if (node instanceof FootnoteReference || node instanceof CitationReference) {
            ids.put(node, claimFor(node, "footnote-reference", "footnote-reference"));
        }
    }

    /** The node's docutils id when it is free on the page, else a unique id made from {@code name}. */
    private String claimFor(Node node, String name, String fallback) {
        String id = resolution.docutilsId(node);
        if (id != null && !id.isEmpty() && usedIds.add(id)) {
            return id;
        }
        return claim(name, fallback);
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
                if (!(next instanceof Target) && !(next instanceof Comment)) {
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
        return node instanceof Title || node instanceof Subtitle || node instanceof Target || node instanceof Comment;
    }

    /**
     * A Markdown heading's id: its anchor as GitHub makes it (unique in the file already), numbered on only
     * should the page frame use it.
     */
    private String claimGithub(String anchor) {
        String id = anchor;
        for (int n = 1; !usedIds.add(id); n++) {
            id = anchor + "-" + n;
        }
        return id;
    }

    /** Reserves a unique id derived from {@code name}, for elements docutils gives none (or one already taken). */
    public String claim(String name, String fallback) {
        String base = DocutilsIds.makeId(name);
        if (base.isEmpty()) {
            base = fallback;
        }
        String id = base;
        for (int n = 1; !usedIds.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** The HTML id given to {@code node}, or null when it has none. */
    public String idOf(Node node) {
        return ids.get(node);
    }

    /**
     * The page anchor a reference leads to ({@code #id}), its URI, or null when it leads nowhere or to an element the
     * page gives no anchor.
     */
    String hrefOf(Reference reference) {
        Resolution.Link link = resolution.linkOf(reference);
        if (link == null) {
            return null;
        }
        if (link.uri() != null) {
            return link.uri();
        }
        String id = ids.get(link.element());
        return id == null ? null : "#" + id;
    }

    /** The section a name leads to in this document (its title is an implicit target), or null. */
    public Section sectionNamed(String name) {
        return resolution.elementNamed(name) instanceof Section section ? section : null;
    }

    /** The footnote or citation a reference to one leads to, or null. */
    public Node noteOf(Node reference) {
        return resolution.noteOf(reference);
    }

    /** The references leading to a footnote or citation, in document order. */
    public List<Node> referencesTo(Node footnoteOrCitation) {
        return resolution.referencesTo(footnoteOrCitation);
    }

    /** The number, symbol or label a footnote, citation or reference to one shows. */
    public String noteLabel(Node node) {
        String label = resolution.noteLabel(node);
        return label.isEmpty() && node instanceof Footnote footnote ? footnote.label() : label;
    }

    /** The definition a substitution reference is replaced by, as docutils chooses it, or null. */
    public SubstitutionDefinition substitution(String name) {
        return resolution.substitutionFor(name);
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
