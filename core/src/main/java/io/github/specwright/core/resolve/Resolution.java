package io.github.specwright.core.resolve;

import io.github.specwright.core.model.Comment;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Reference;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.model.Target;
import io.github.specwright.core.model.Text;
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
public final class Resolution {

    /** Where a name leads: a URI, or an element's id. */
    private record Destination(String refUri, String refId) {
    }

    private final Map<Node, List<String>> ids = new IdentityHashMap<>();
    private final Map<Node, List<String>> names = new IdentityHashMap<>();
    private final Map<Node, List<String>> dupnames = new IdentityHashMap<>();
    private final Map<Node, String> targetRefIds = new IdentityHashMap<>();
    /** docutils' nameids: the id each name leads to; null when duplicates cancelled it. */
    private final Map<String, String> nameIds = new HashMap<>();
    private final Map<String, Boolean> nameExplicit = new HashMap<>();
    /**
     * Every id given out and the node it was made for, before targets hand theirs on.
     */
    private final Map<String, Node> usedIds = new HashMap<>();
    private final Map<String, Integer> idCounters = new HashMap<>();
    private final List<Target> internalTargets = new ArrayList<>();
    private final Map<Target, String> indirectTargets = new java.util.LinkedHashMap<>();
    private final Map<Target, Destination> indirectDestinations = new IdentityHashMap<>();
    private final List<Target> anonymousTargets = new ArrayList<>();
    private final Map<Node, Destination> anonymousReferences = new IdentityHashMap<>();
    /** Set when the anonymous references and targets do not pair up: then every anonymous reference is problematic. */
    private boolean anonymousMismatch;

    private Resolution() {
    }

    /** The resolution of {@code document}, worked out the first time it is asked for and kept on the document. */
    public static Resolution of(Document document) {
        return document.derived(Resolution.class, Resolution::resolve);
    }

    private static Resolution resolve(Document document) {
        Resolution tree = new Resolution();
        // A promoted title and subtitle keep the implicit target of the section they were.
        if (document.title() != null) {
            tree.registration(document, document.title(), plain(document.title()), false);
        }
        for (Node child : document.children()) {
            if (child instanceof io.github.specwright.core.model.Subtitle subtitle) {
                tree.registration(subtitle, subtitle, plain(subtitle), false);
            }
        }
        tree.collect(document, document);
        tree.registerNames();
        tree.propagateTargets(document);
        tree.resolveIndirectTargets();
        tree.numberNotes(document);
        tree.resolveAnonymous(document);
        return tree;
    }

    /** The text of a title or other text-bearing node, as docutils' astext() gives it. */
    public static String plain(Node node) {
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
    private static String escapeName(String name) {
        return name.replace("\\", "\\\\").replace(" ", "\\ ");
    }

    private void collect(Document document, Node node) {
        List<Node> children = node.children();
        for (int i = 0; i < children.size(); i++) {
            Node child = children.get(i);
            if (child instanceof Section section && section.title() != null) {
                registration(section, section.title(), plain(section.title()), false);
            } else if (child instanceof Target target && !target.anonymous() && target.name() != null) {
                String name = DocutilsIds.normalizeName(target.name());
                registration(target, target, name, true);
                if (target.refUri() == null && target.refName() == null) {
                    internalTargets.add(target);
                } else if (target.refUri() == null) {
                    // an indirect target (.. _name: other_) leads where "other" does
                    indirectTargets.put(target, name);
                }
            } else if (child instanceof io.github.specwright.core.model.Directive directive
                    && directive.options().get("name") != null && !directive.options().get("name").isBlank()) {
                // A directive's :name: option is an explicit target on the element it makes.
                registration(directive, directive, directive.options().get("name"), true);
            } else if (child instanceof io.github.specwright.core.model.SubstitutionDefinition definition) {
                substitutionDefinition(definition);
            } else if (child instanceof io.github.specwright.core.model.InlineTarget target) {
                registration(target, target, target.name(), true);
            } else if (child instanceof Target target && target.anonymous()) {
                anonymousTargets.add(target);
                registration(target, target, null, true);
                if (target.refUri() == null && target.refName() == null) {
                    internalTargets.add(target);
                } else if (target.refUri() == null) {
                    indirectTargets.put(target, null);
                }
            } else if (child instanceof io.github.specwright.core.model.Footnote footnote) {
                // docutils' parser: a labelled footnote ([1], [#name]) is an explicit target; [#] and [*] get
                // an id only, and [#] its number as a name later (numberNotes)
                String label = footnote.label();
                boolean unnamed = label.equals("#") || label.equals("*");
                registration(footnote, footnote, unnamed ? null : label.startsWith("#") ? label.substring(1) : label,
                        true);
            } else if (child instanceof io.github.specwright.core.model.Citation citation) {
                registration(citation, citation, citation.label(), true);
            } else if (child instanceof io.github.specwright.core.model.FootnoteReference
                    || child instanceof io.github.specwright.core.model.CitationReference) {
                registration(child, child, null, true);
            } else if (child instanceof Reference reference && reference.makesAliasTarget()) {
                // `text <alias_>`_ : docutils puts an indirect target named "text" after the reference; it
                // leads where the alias does but takes no part in the name rules (no id)
                Target target = new Target(reference.span(), reference.text(), null, reference.refName(), false);
                embeddedTargets.put(reference, target);
                names.computeIfAbsent(target, k -> new ArrayList<>()).add(DocutilsIds.normalizeName(reference.text()));
                indirectTargets.put(target, null);
            } else if (child instanceof Reference reference && embeddedTarget(reference)) {
                // `text <uri>`_ is a reference and a target named "text" at once: docutils puts the
                // target right after the reference.
                Target target = new Target(reference.span(), reference.text(), reference.refUri(), null, false);
                embeddedTargets.put(reference, target);
                registration(target, reference, reference.text(), true);
            }
            collect(document, child);
        }
    }

    private final Map<String, io.github.specwright.core.model.SubstitutionDefinition> substitutions = new HashMap<>();
    private final Map<String, String> substitutionNamesByKey = new HashMap<>();

    /** docutils' note_substitution_def: the last definition of a name wins, earlier ones keep it as a dupname. */
    private void substitutionDefinition(io.github.specwright.core.model.SubstitutionDefinition definition) {
        if (!usable(definition)) {
            unusableSubstitutions.add(definition);
            return;
        }
        String name = io.github.specwright.core.internal.text.Names.whitespaceNormalize(definition.name());
        io.github.specwright.core.model.SubstitutionDefinition old = substitutions.put(name, definition);
        if (old != null) {
            dupname(old, name);
        }
        names.computeIfAbsent(definition, k -> new ArrayList<>()).add(name);
        substitutionNamesByKey.put(DocutilsIds.normalizeName(name), name);
    }

    private final java.util.Set<Node> unusableSubstitutions = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /** Did docutils drop this substitution definition (empty, or holding what a substitution may not)? */
    public boolean unusable(io.github.specwright.core.model.SubstitutionDefinition definition) {
        return unusableSubstitutions.contains(definition);
    }

    /**
     * docutils keeps a substitution definition that yields inline content (a replace directive's one
     * paragraph, unicode characters, an image, a date) holding no target, anonymous reference or
     * auto-numbered footnote reference; raw is off in the reference settings.
     */
    private static boolean usable(io.github.specwright.core.model.SubstitutionDefinition definition) {
        if (definition.children().size() != 1
                || !(definition.children().get(0) instanceof io.github.specwright.core.model.Directive directive)) {
            return false;
        }
        String name = directive.name().toLowerCase(java.util.Locale.ROOT);
        return switch (name) {
            case "replace" -> directive.children().size() == 1
                    && directive.children().get(0) instanceof io.github.specwright.core.model.Paragraph paragraph
                    && !holdsDisallowed(paragraph);
            case "unicode" -> !io.github.specwright.core.internal.text.UnicodeCodes.decode(directive.arguments()).isEmpty();
            case "image", "date" -> true;
            default -> false;
        };
    }

    private static boolean holdsDisallowed(Node node) {
        for (Node child : node.children()) {
            // elements with ids (targets, problematic markup) and ones numbered by position
            if (child instanceof io.github.specwright.core.model.InlineTarget
                    || child instanceof io.github.specwright.core.model.Problematic
                    || child instanceof Reference reference && reference.anonymous()
                    || child instanceof io.github.specwright.core.model.FootnoteReference footnote
                    && (footnote.label().startsWith("#") || footnote.label().equals("*"))
                    || holdsDisallowed(child)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The definition a substitution reference is replaced by (its exact name first, then the name
     * in any case), or null: docutils then shows the reference as problematic.
     */
    public io.github.specwright.core.model.SubstitutionDefinition substitutionFor(String referenceName) {
        String name = io.github.specwright.core.internal.text.Names.whitespaceNormalize(referenceName);
        io.github.specwright.core.model.SubstitutionDefinition exact = substitutions.get(name);
        if (exact != null) {
            return exact;
        }
        String key = substitutionNamesByKey.get(DocutilsIds.normalizeName(name));
        return key == null ? null : substitutions.get(key);
    }

    /** A name given to a node, to be registered in source order (where {@code at} stands). */
    private record Registration(Node node, Node at, String name, boolean explicit) {
    }

    private final List<Registration> registrations = new ArrayList<>();

    private void registration(Node node, Node at, String name, boolean explicit) {
        registrations.add(new Registration(node, at, name == null ? null : DocutilsIds.normalizeName(name), explicit));
    }

    /**
     * Registers every name in the order docutils' parser meets them (source order: a promoted
     * title's targets come before it though the model lists them after it).
     */
    private void registerNames() {
        List<Registration> ordered = new ArrayList<>(registrations);
        ordered.sort(java.util.Comparator.comparingInt((Registration r) -> r.at().span().startLine())
                .thenComparingInt(r -> r.at().span().startColumn()));
        for (Registration registration : ordered) {
            register(registration.node(), registration.at(), registration.name(), registration.explicit());
        }
    }

    private final Map<Reference, Target> embeddedTargets = new IdentityHashMap<>();

    /**
     * A named reference with an embedded URI ({@code `text <uri>`_}, not {@code __}): it has a URI
     * that no explicit target of its name gave it.
     */
    private boolean embeddedTarget(Reference reference) {
        // written `text <uri>`_ (a standalone URI has no raw source; an anonymous `text <uri>`__
        // has no name and makes no target)
        return reference.rawSource() != null && !reference.anonymous() && reference.refName() != null
                && reference.refUri() != null && reference.text() != null;
    }

    /** The target that follows a reference with an embedded URI, or null. */
    public Target embeddedTargetOf(Reference reference) {
        return embeddedTargets.get(reference);
    }

    /**
     * docutils' PropagateTargets: an internal target ({@code .. _name:}) hands its ids and names to
     * the element after it (ascending out of its parent when it is the last child), unless that is
     * invisible or another kind of target (a footnote, a citation); chained targets pass them along.
     * References keep the target's own id, which the element now holds.
     */
    private void propagateTargets(Document document) {
        for (Target target : internalTargets) {
            Node next = nextNode(document, target);
            if (next == null || !acceptsTargetNames(next)) {
                continue;
            }
            List<String> targetIds = ids.remove(target);
            List<String> targetNames = names.remove(target);
            if (targetIds == null || targetIds.isEmpty()) {
                continue;
            }
            ids.computeIfAbsent(next, k -> new ArrayList<>()).addAll(targetIds);
            if (targetNames != null) {
                names.computeIfAbsent(next, k -> new ArrayList<>()).addAll(targetNames);
            }
            targetRefIds.put(target, targetIds.get(0));
        }
    }

    /** docutils' IndirectHyperlinks: an indirect target and the references to it lead where its target does. */
    private void resolveIndirectTargets() {
        for (Target target : indirectTargets.keySet()) {
            Destination destination = destinationOf(DocutilsIds.normalizeName(target.refName()));
            if (destination != null) {
                indirectDestinations.put(target, destination);
            }
        }
    }

    /** Where a name leads as {refuri, URI} or {refid, ID}, or null when nowhere. */
    public String[] destination(String name) {
        Destination destination = destinationOf(name);
        if (destination == null) {
            return null;
        }
        return destination.refUri() != null ? new String[] {"refuri", destination.refUri()}
                : new String[] {"refid", destination.refId()};
    }

    /** Does this reference lead nowhere (docutils turns it into a problematic element)? */
    public boolean unresolved(Reference reference) {
        if (reference.anonymous() && reference.refUri() == null) {
            return anonymousMismatch || !anonymousReferences.containsKey(reference);
        }
        if (reference.refUri() != null || reference.anonymous() || reference.refName() == null) {
            return false;
        }
        return destinationOf(DocutilsIds.normalizeName(reference.refName())) == null;
    }

    private static boolean acceptsTargetNames(Node next) {
        if (next instanceof Target) {
            return true;
        }
        return !(next instanceof Comment || next instanceof io.github.specwright.core.model.SubstitutionDefinition
                || next instanceof io.github.specwright.core.model.Footnote
                || next instanceof io.github.specwright.core.model.Citation);
    }

    /** The element after {@code node} in document order, not descending into it (docutils' next_node(ascend=True)). */
    private static Node nextNode(Document document, Node node) {
        if (node == document.targetBeforeTitle()) {
            return document;
        }
        if (node == document.targetBeforeSubtitle()) {
            for (Node child : document.children()) {
                if (child instanceof io.github.specwright.core.model.Subtitle subtitle) {
                    return subtitle;
                }
            }
        }
        Node current = node;
        while (current.parent() != null) {
            List<Node> siblings = current.parent().children();
            int index = indexOf(siblings, current);
            if (index >= 0 && index + 1 < siblings.size()) {
                return siblings.get(index + 1);
            }
            current = current.parent();
        }
        return null;
    }

    private static int indexOf(List<Node> siblings, Node node) {
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i) == node) {
                return i;
            }
        }
        return -1;
    }

    /**
     * docutils' set_id and set_name_id_map: the node gets an id from its name, and the name leads to
     * it unless it is taken; then {@link #duplicate} applies docutils' rules.
     */
    private void register(Node node, Node at, String name, boolean explicit) {
        if (name == null) {
            // an anonymous target: an id of its own ("target-N"), no name
            ids.computeIfAbsent(node, k -> new ArrayList<>()).add(newId("", node));
            return;
        }
        names.computeIfAbsent(node, k -> new ArrayList<>()).add(name);
        List<String> nodeIds = ids.computeIfAbsent(node, k -> new ArrayList<>());
        if (nodeIds.isEmpty()) {
            nodeIds.add(newId(name, node));
        }
        String id = nodeIds.get(0);
        if (!nameIds.containsKey(name)) {
            nameIds.put(name, id);
            nameExplicit.put(name, explicit);
        } else {
            duplicate(node, at, id, name, explicit);
        }
    }

    /**
     * docutils' set_duplicate_name_id: an explicit name beats an implicit one; two explicit names
     * (unless both targets give the same URI) or two implicit names cancel each other, and the
     * name then leads nowhere. The loser keeps the name as a "dupname".
     */
    private void duplicate(Node node, Node at, String id, String name, boolean explicit) {
        String oldId = nameIds.get(name);
        boolean oldExplicit = nameExplicit.get(name);
        nameExplicit.put(name, oldExplicit || explicit);
        Node oldNode = oldId == null ? null : usedIds.get(oldId);
        if (explicit && oldExplicit) {
            boolean sameUri = false;
            if (oldNode != null) {
                String refUri = refUriOf(node);
                sameUri = refUri != null && !names.getOrDefault(oldNode, List.of()).isEmpty()
                        && refUri.equals(refUriOf(oldNode));
                if (!sameUri) {
                    dupname(oldNode, name);
                    nameIds.put(name, null);
                }
            }
            if (!sameUri) {
                // docutils warns ("Duplicate explicit target name"); two targets giving one URI only inform
                duplicateTargets.add(new DuplicateTarget(at, name));
            }
            dupname(node, name);
        } else if (explicit) {
            nameIds.put(name, id);
            if (oldNode != null) {
                dupname(oldNode, name);
            }
        } else {
            if (oldNode != null && !oldExplicit) {
                nameIds.put(name, null);
                dupname(oldNode, name);
            }
            dupname(node, name);
        }
    }

    private static String refUriOf(Node node) {
        return node instanceof Target target ? target.refUri() : null;
    }

    private void dupname(Node node, String name) {
        List<String> nodeNames = names.get(node);
        if (nodeNames != null) {
            nodeNames.remove(name);
        }
        dupnames.computeIfAbsent(node, k -> new ArrayList<>()).add(name);
    }

    /** Where a name leads, as docutils resolves references to it, or null when nowhere. */
    private Destination destinationOf(String name) {
        return destinationOf(name, new java.util.HashSet<>());
    }

    private Destination destinationOf(String name, java.util.Set<String> seen) {
        String id = nameIds.get(name);
        if (id == null || !seen.add(name)) {
            return null;
        }
        Node node = usedIds.get(id);
        if (node instanceof Target target && target.refUri() != null) {
            return new Destination(target.refUri(), null);
        }
        if (node instanceof Target target && target.refName() != null) {
            return destinationOf(DocutilsIds.normalizeName(target.refName()), seen);
        }
        return new Destination(null, id);
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

    /**
     * The id docutils gives a section, target, footnote, citation or reference to one (a target that handed its
     * names to the next element keeps the id it had, which that element now carries), or null.
     */
    public String docutilsId(Node node) {
        String refId = node instanceof Target target ? targetRefIds.get(target) : null;
        if (refId != null) {
            return refId;
        }
        String id = firstId(node);
        Note note = id == null ? notes.get(node) : null;
        return note != null ? note.id : id;
    }

    private String firstId(Node node) {
        List<String> nodeIds = ids.get(node);
        return nodeIds == null || nodeIds.isEmpty() ? null : nodeIds.get(0);
    }

    private void resolveAnonymous(Node node) {
        List<Node> references = new ArrayList<>();
        gatherAnonymous(node, references);
        // docutils' AnonymousHyperlinks: the n-th anonymous reference leads where the n-th
        // anonymous target does, and only when there are as many of each.
        anonymousMismatch = references.size() != anonymousTargets.size();
        if (anonymousMismatch) {
            return;
        }
        for (int i = 0; i < references.size(); i++) {
            Target target = anonymousTargets.get(i);
            Destination destination;
            if (target.refUri() != null) {
                destination = new Destination(target.refUri(), null);
            } else if (target.refName() != null) {
                destination = indirectDestinations.get(target);
            } else {
                destination = new Destination(null, targetRefIds.getOrDefault(target, firstId(target)));
            }
            if (destination != null) {
                anonymousReferences.put(references.get(i), destination);
            }
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
    public void addIdsAndNames(Node node, Map<String, String> attributes) {
        put(attributes, "ids", ids.get(node), false);
        put(attributes, "names", names.get(node), true);
        put(attributes, "dupnames", dupnames.get(node), true);
    }

    private static void put(Map<String, String> attributes, String key, List<String> values, boolean escape) {
        if (values == null || values.isEmpty()) {
            return;
        }
        List<String> shown = escape ? values.stream().map(Resolution::escapeName).toList() : values;
        attributes.put(key, String.join(" ", shown));
    }

    public Map<String, String> referenceAttributes(Reference reference) {
        Map<String, String> attributes = new java.util.TreeMap<>();
        String text = reference.text();
        boolean standalone = reference.rawSource() == null && reference.refName() == null && reference.refUri() != null
                && !reference.anonymous();
        // |name|_ : docutils gives the reference around a substitution no name of its own
        boolean aroundSubstitution = reference.children().size() == 1
                && reference.children().get(0) instanceof io.github.specwright.core.model.SubstitutionReference;
        if (!standalone && !aroundSubstitution && text != null) {
            attributes.put("name", io.github.specwright.core.internal.text.Names.whitespaceNormalize(text));
        }
        if (reference.refUri() != null) {
            attributes.put("refuri", reference.refUri());
            return attributes;
        }
        Destination destination = reference.anonymous() ? anonymousReferences.get(reference)
                : reference.refName() == null ? null : destinationOf(DocutilsIds.normalizeName(reference.refName()));
        if (destination == null) {
            if (reference.refName() != null) {
                attributes.put("refname", DocutilsIds.normalizeName(reference.refName()));
            }
        } else if (destination.refUri() != null) {
            attributes.put("refuri", destination.refUri());
        } else if (destination.refId() != null) {
            attributes.put("refid", destination.refId());
        }
        return attributes;
    }

    public Map<String, String> targetAttributes(Target target) {
        Map<String, String> attributes = new java.util.TreeMap<>();
        if (target.anonymous()) {
            attributes.put("anonymous", "1");
        }
        if (target.refUri() != null) {
            attributes.put("refuri", target.refUri());
        }
        String refId = targetRefIds.get(target);
        if (refId != null) {
            attributes.put("refid", refId);
        }
        if (target.refName() != null) {
            Destination destination = indirectDestinations.get(target);
            if (destination == null) {
                attributes.put("refname", DocutilsIds.normalizeName(target.refName()));
            } else if (destination.refUri() != null) {
                attributes.put("refuri", destination.refUri());
            } else if (destination.refId() != null) {
                attributes.put("refid", destination.refId());
            }
        }
        return attributes;
    }

    /** The attributes of a footnote, citation or reference to one: auto, backrefs, ids, names, refid. */
    public Map<String, String> noteAttributes(Node node) {
        Map<String, String> attributes = new java.util.TreeMap<>();
        Note note = notes.get(node);
        if (note == null) {
            return attributes;
        }
        if (note.auto) {
            attributes.put("auto", note.symbol ? "*" : "1");
        }
        if (!note.backrefs.isEmpty()) {
            attributes.put("backrefs", String.join(" ", note.backrefs));
        }
        if (note.id != null) {
            attributes.put("ids", note.id);
        }
        put(attributes, "names", names.get(node), true);
        put(attributes, "dupnames", dupnames.get(node), true);
        if (note.refId != null) {
            attributes.put("refid", note.refId);
        } else if (note.refName != null) {
            attributes.put("refname", note.refName);
        }
        return attributes;
    }

    /** The footnote or citation a footnote or citation reference leads to, or null when it found none. */
    public Node noteOf(Node reference) {
        Note note = notes.get(reference);
        return note == null ? null : note.target;
    }

    /** The references leading to a footnote or citation, in document order. */
    public List<Node> referencesTo(Node footnoteOrCitation) {
        Note note = notes.get(footnoteOrCitation);
        return note == null ? List.of() : List.copyOf(note.references);
    }

    /** A second explicit target of one name (docutils' "Duplicate explicit target name" warning). */
    public record DuplicateTarget(Node at, String name) {
    }

    private final List<DuplicateTarget> duplicateTargets = new ArrayList<>();

    /**
     * The explicit targets that took a name an explicit target already had, in source order; {@code at} is where
     * the second one stands (the target, footnote or citation, or the reference of an embedded URI).
     */
    public List<DuplicateTarget> duplicateTargets() {
        return List.copyOf(duplicateTargets);
    }

    /** What a reference name finds in this document. */
    public enum NameState {
        /** No element has the name. */
        UNKNOWN,
        /** Several elements had it and cancelled each other (docutils' duplicate-name rules). */
        AMBIGUOUS,
        /** It leads to one element or URI. */
        KNOWN
    }

    /** What {@code name} (as written; normalised here) finds in this document. */
    public NameState nameState(String name) {
        String key = DocutilsIds.normalizeName(name);
        if (!nameIds.containsKey(key)) {
            return NameState.UNKNOWN;
        }
        return nameIds.get(key) == null ? NameState.AMBIGUOUS : NameState.KNOWN;
    }

    /** Where a reference leads: a URI, or the element whose id it names; null when nowhere. */
    public record Link(String uri, Node element) {
    }

    /** Where {@code reference} leads, as docutils resolves it (embedded URI, anonymous, named, indirect), or null. */
    public Link linkOf(Reference reference) {
        if (reference.refUri() != null) {
            return new Link(reference.refUri(), null);
        }
        Destination destination = reference.anonymous() ? anonymousReferences.get(reference)
                : reference.refName() == null ? null : destinationOf(DocutilsIds.normalizeName(reference.refName()));
        return destination == null ? null : linkOf(destination);
    }

    /** The element a name leads to in this document (a section, a target, an element a target named), or null. */
    public Node elementNamed(String name) {
        Destination destination = destinationOf(DocutilsIds.normalizeName(name));
        return destination == null || destination.refId() == null ? null : usedIds.get(destination.refId());
    }

    private Link linkOf(Destination destination) {
        return destination.refUri() != null ? new Link(destination.refUri(), null)
                : new Link(null, usedIds.get(destination.refId()));
    }

    /** Is this a footnote or citation reference that found no footnote or citation (docutils: problematic)? */
    public boolean unresolvedNote(Node reference) {
        Note note = notes.get(reference);
        return note != null && note.refId == null;
    }

    /** The text a footnote's label or a reference to it shows: its number, symbol or label. */
    public String noteLabel(Node node) {
        Note note = notes.get(node);
        return note == null ? "" : note.label;
    }

    /** What the footnote transforms decide about one footnote, citation or reference to one. */
    private static final class Note {
        boolean auto;
        /** Auto-symbol ({@code [*]}): docutils marks it auto="*". */
        boolean symbol;
        String id;
        String label;
        String refId;
        String refName;
        final List<String> backrefs = new ArrayList<>();
        /** The footnote or citation a reference leads to, or null. */
        Node target;
        /** The references leading to a footnote or citation, in document order. */
        final List<Node> references = new ArrayList<>();
    }

    private final Map<Node, Note> notes = new IdentityHashMap<>();
    private final Map<Note, Node> noteNodes = new IdentityHashMap<>();

    private static final String[] SYMBOLS = {"*", "\u2020", "\u2021", "\u00a7", "\u00b6", "#", "\u2660", "\u2665",
            "\u2666", "\u2663"};

    /**
     * Footnotes and citations as docutils' Footnotes transform numbers and links them: auto-numbered
     * footnotes take, in document order, the next numbers no name of the document uses, and an unnamed one
     * then takes its number as its name; {@code [#name]_} references find their footnote by name,
     * {@code [#]_} ones take the unnamed auto-numbered footnotes in order, {@code [*]_} ones the symbol
     * footnotes (symbols cycle and double); manual footnotes and citations are found by the names they
     * still hold after docutils' duplicate-name rules (a name lost to a duplicate finds nothing).
     */
    private void numberNotes(Document document) {
        List<Node> footnotes = new ArrayList<>();
        List<Node> references = new ArrayList<>();
        gatherNotes(document, footnotes, references);
        Map<String, List<Node>> footnoteReferences = new HashMap<>();
        Map<String, List<Node>> citationReferences = new HashMap<>();
        List<Node> autoReferences = new ArrayList<>();
        List<Node> symbolReferences = new ArrayList<>();
        for (Node reference : references) {
            Note note = new Note();
            note.id = firstId(reference);
            String label = label(reference);
            note.label = label;
            notes.put(reference, note);
            if (reference instanceof io.github.specwright.core.model.CitationReference) {
                note.refName = DocutilsIds.normalizeName(label);
                citationReferences.computeIfAbsent(note.refName, k -> new ArrayList<>()).add(reference);
            } else if (label.equals("*")) {
                note.auto = true;
                note.symbol = true;
                symbolReferences.add(reference);
            } else if (label.equals("#")) {
                note.auto = true;
                autoReferences.add(reference);
            } else {
                note.auto = label.startsWith("#");
                note.refName = DocutilsIds.normalizeName(label.startsWith("#") ? label.substring(1) : label);
                footnoteReferences.computeIfAbsent(note.refName, k -> new ArrayList<>()).add(reference);
            }
        }
        List<Node> unnamedAuto = new ArrayList<>();
        List<Node> symbols = new ArrayList<>();
        int number = 0;
        for (Node footnote : footnotes) {
            Note note = new Note();
            note.id = firstId(footnote);
            notes.put(footnote, note);
            noteNodes.put(note, footnote);
            String label = label(footnote);
            boolean isFootnote = footnote instanceof io.github.specwright.core.model.Footnote;
            if (isFootnote && label.startsWith("#")) {
                do {
                    number++;
                } while (nameIds.containsKey(String.valueOf(number)));
                note.auto = true;
                note.label = String.valueOf(number);
                for (String name : names.getOrDefault(footnote, List.of())) {
                    for (Node reference : footnoteReferences.getOrDefault(name, List.of())) {
                        link(reference, footnote);
                    }
                }
                if (label.length() == 1) {
                    unnamedAuto.add(footnote);
                    register(footnote, footnote, note.label, true);
                }
            } else if (isFootnote && label.equals("*")) {
                note.auto = true;
                note.symbol = true;
                note.label = SYMBOLS[symbols.size() % SYMBOLS.length].repeat(symbols.size() / SYMBOLS.length + 1);
                symbols.add(footnote);
            } else {
                note.label = label;
            }
        }
        for (int i = 0; i < autoReferences.size() && i < unnamedAuto.size(); i++) {
            link(autoReferences.get(i), unnamedAuto.get(i));
        }
        for (int i = 0; i < symbolReferences.size() && i < symbols.size(); i++) {
            link(symbolReferences.get(i), symbols.get(i));
        }
        for (Node footnote : footnotes) {
            String label = label(footnote);
            boolean citation = !(footnote instanceof io.github.specwright.core.model.Footnote);
            if (!citation && (label.startsWith("#") || label.equals("*"))) {
                continue;
            }
            for (String name : names.getOrDefault(footnote, List.of())) {
                for (Node reference : (citation ? citationReferences : footnoteReferences).getOrDefault(name, List.of())) {
                    link(reference, footnote);
                }
            }
        }
    }

    /** docutils' resolve_references for one reference: it leads to the note and shows its label. */
    private void link(Node reference, Node target) {
        Note note = notes.get(reference);
        if (note.refId != null) {
            return;
        }
        Note targetNote = notes.get(target);
        note.refId = targetNote.id;
        note.refName = null;
        note.label = targetNote.label;
        note.target = target;
        targetNote.backrefs.add(note.id);
        targetNote.references.add(reference);
    }

    private static String label(Node node) {
        if (node instanceof io.github.specwright.core.model.Footnote footnote) {
            return footnote.label();
        }
        if (node instanceof io.github.specwright.core.model.FootnoteReference reference) {
            return reference.label();
        }
        if (node instanceof io.github.specwright.core.model.Citation citation) {
            return citation.label();
        }
        return ((io.github.specwright.core.model.CitationReference) node).label();
    }

    private static void gatherNotes(Node node, List<Node> footnotes, List<Node> references) {
        for (Node child : node.children()) {
            if (child instanceof io.github.specwright.core.model.Footnote
                    || child instanceof io.github.specwright.core.model.Citation) {
                footnotes.add(child);
            } else if (child instanceof io.github.specwright.core.model.FootnoteReference
                    || child instanceof io.github.specwright.core.model.CitationReference) {
                references.add(child);
            }
            gatherNotes(child, footnotes, references);
        }
    }
}
