package io.github.specwright.core.tree;

import io.github.specwright.core.model.Comment;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Reference;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.model.Target;
import io.github.specwright.core.model.Text;
import io.github.specwright.core.model.TextBearing;
import io.github.specwright.core.model.Title;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names and ids of one document's elements, and where its references lead, worked out once
 * over the finished tree as docutils' transforms do: section titles are implicit targets, explicit
 * targets with a URI are external, a target without one names the element after it, and ids come
 * from {@link DocutilsIds#makeId} made unique with docutils' counters.
 */
final class TreeNames {

    /** Where a name leads: a URI, or an element's id. */
    private record Destination(String refUri, String refId) {
    }

    private final Map<Node, List<String>> ids = new IdentityHashMap<>();
    private final Map<Node, List<String>> names = new IdentityHashMap<>();
    private final Map<Node, List<String>> dupnames = new IdentityHashMap<>();
    private final Map<Node, String> targetRefIds = new IdentityHashMap<>();
    private final Map<String, Destination> destinations = new HashMap<>();
    private final Map<String, Object> usedIds = new HashMap<>();
    private final Map<String, Integer> idCounters = new HashMap<>();
    private final List<Destination> anonymousTargets = new ArrayList<>();
    private final Map<Node, Destination> anonymousReferences = new IdentityHashMap<>();

    private TreeNames() {
    }

    static TreeNames of(Document document) {
        TreeNames tree = new TreeNames();
        // A promoted title and subtitle keep the implicit target of the section they were.
        if (document.title() != null) {
            tree.implicitTarget(document, plain(document.title()));
        }
        for (Node child : document.children()) {
            if (child instanceof io.github.specwright.core.model.Subtitle subtitle) {
                tree.implicitTarget(subtitle, plain(subtitle));
            }
        }
        tree.collect(document, document);
        tree.resolveAnonymous(document);
        return tree;
    }

    /** The text of a title or other text-bearing node, as docutils' astext() gives it. */
    static String plain(Node node) {
        StringBuilder text = new StringBuilder();
        appendText(node, text);
        return text.toString();
    }

    private static void appendText(Node node, StringBuilder text) {
        if (node instanceof Text leaf) {
            text.append(leaf.text());
            return;
        }
        if (node instanceof io.github.specwright.core.model.InlineLiteral literal) {
            text.append(literal.text());
            return;
        }
        if (node instanceof io.github.specwright.core.model.InterpretedText interpreted) {
            text.append(interpreted.text());
            return;
        }
        for (Node child : node.children()) {
            appendText(child, text);
        }
    }

    /** A name as an attribute value: spaces escaped with a backslash, as docutils prints them. */
    static String escapeName(String name) {
        return name.replace("\\", "\\\\").replace(" ", "\\ ");
    }

    private void collect(Document document, Node node) {
        List<Node> children = node.children();
        for (int i = 0; i < children.size(); i++) {
            Node child = children.get(i);
            if (child instanceof Section section && section.title() != null) {
                implicitTarget(section, plain(section.title()));
            } else if (child instanceof Target target && !target.anonymous() && target.name() != null) {
                String name = DocutilsIds.normalizeName(target.name());
                if (target.refUri() != null) {
                    addName(target, name, true);
                    destinations.putIfAbsent(name, new Destination(target.refUri(), null));
                } else if (target.refName() == null) {
                    Node next = nextElement(children, i);
                    Node owner = next == null ? target : next;
                    addName(owner, name, true);
                    if (next != null) {
                        targetRefIds.put(target, firstId(owner));
                    }
                    destinations.putIfAbsent(name, new Destination(null, firstId(owner)));
                }
            } else if (child instanceof Target target && target.anonymous()) {
                anonymousTargets.add(new Destination(target.refUri(), null));
            }
            collect(document, child);
        }
    }

    private void implicitTarget(Node owner, String title) {
        String name = DocutilsIds.normalizeName(title);
        addName(owner, name, false);
        destinations.putIfAbsent(name, new Destination(null, firstId(owner)));
    }

    private static Node nextElement(List<Node> siblings, int index) {
        for (int i = index + 1; i < siblings.size(); i++) {
            Node next = siblings.get(i);
            if (!(next instanceof Target) && !(next instanceof Comment)) {
                return next;
            }
        }
        return null;
    }

    private void addName(Node node, String name, boolean explicit) {
        List<String> nodeNames = names.computeIfAbsent(node, k -> new ArrayList<>());
        if (destinations.containsKey(name) && !nodeNames.contains(name)) {
            dupnames.computeIfAbsent(node, k -> new ArrayList<>()).add(name);
        } else if (!nodeNames.contains(name)) {
            nodeNames.add(name);
        }
        if (!ids.containsKey(node)) {
            ids.put(node, new ArrayList<>(List.of(newId(name, node))));
        } else if (explicit) {
            String id = DocutilsIds.makeId(name);
            if (!id.isEmpty() && !usedIds.containsKey(id)) {
                ids.get(node).add(0, id);
                usedIds.put(id, node);
            }
        }
    }

    private String newId(String name, Node node) {
        String base = DocutilsIds.makeId(name);
        if (!base.isEmpty() && !usedIds.containsKey(base)) {
            usedIds.put(base, node);
            return base;
        }
        String prefix = base.isEmpty() ? tagOf(node) + "-" : base + "-";
        while (true) {
            int next = idCounters.merge(prefix, 1, Integer::sum);
            String id = prefix + next;
            if (!usedIds.containsKey(id)) {
                usedIds.put(id, node);
                return id;
            }
        }
    }

    private static String tagOf(Node node) {
        return node instanceof Section ? "section" : node.kind().replace('_', '-');
    }

    private String firstId(Node node) {
        List<String> nodeIds = ids.get(node);
        return nodeIds == null || nodeIds.isEmpty() ? null : nodeIds.get(0);
    }

    private void resolveAnonymous(Node node) {
        List<Node> references = new ArrayList<>();
        gatherAnonymous(node, references);
        for (int i = 0; i < references.size() && i < anonymousTargets.size(); i++) {
            anonymousReferences.put(references.get(i), anonymousTargets.get(i));
        }
    }

    private static void gatherAnonymous(Node node, List<Node> references) {
        if (node instanceof Reference reference && reference.anonymous() && reference.refUri() == null) {
            references.add(reference);
        }
        for (Node child : node.children()) {
            gatherAnonymous(child, references);
        }
    }

    /** ids, names and dupnames of a node, as attributes. */
    void addIdsAndNames(Node node, Map<String, String> attributes) {
        put(attributes, "ids", ids.get(node), false);
        put(attributes, "names", names.get(node), true);
        put(attributes, "dupnames", dupnames.get(node), true);
    }

    private static void put(Map<String, String> attributes, String key, List<String> values, boolean escape) {
        if (values == null || values.isEmpty()) {
            return;
        }
        List<String> shown = escape ? values.stream().map(TreeNames::escapeName).toList() : values;
        attributes.put(key, String.join(" ", shown));
    }

    Map<String, String> referenceAttributes(Reference reference) {
        Map<String, String> attributes = new java.util.TreeMap<>();
        String text = reference.text();
        boolean standalone = reference.refName() == null && reference.refUri() != null && !reference.anonymous()
                && text != null && (text.equals(reference.refUri()) || reference.refUri().equals("mailto:" + text));
        if (!standalone && text != null) {
            attributes.put("name", text);
        }
        if (reference.refUri() != null) {
            attributes.put("refuri", reference.refUri());
            return attributes;
        }
        Destination destination = reference.anonymous() ? anonymousReferences.get(reference)
                : reference.refName() == null ? null : destinations.get(DocutilsIds.normalizeName(reference.refName()));
        if (destination == null) {
            if (reference.refName() != null) {
                attributes.put("refname", escapeName(DocutilsIds.normalizeName(reference.refName())));
            }
        } else if (destination.refUri() != null) {
            attributes.put("refuri", destination.refUri());
        } else if (destination.refId() != null) {
            attributes.put("refid", destination.refId());
        }
        return attributes;
    }

    Map<String, String> targetAttributes(Target target) {
        Map<String, String> attributes = new java.util.TreeMap<>();
        if (target.refUri() != null) {
            attributes.put("refuri", target.refUri());
        }
        String refId = targetRefIds.get(target);
        if (refId != null) {
            attributes.put("refid", refId);
        }
        return attributes;
    }

    Map<String, String> footnoteAttributes(Node node) {
        return Map.of();
    }

    /** Title text, for the document's title attribute: docutils' astext of the title. */
    static String titleText(Title title) {
        return title instanceof TextBearing ? plain(title) : "";
    }
}
