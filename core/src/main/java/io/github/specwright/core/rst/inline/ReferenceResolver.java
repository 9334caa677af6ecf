package io.github.specwright.core.rst.inline;

import io.github.specwright.core.text.Names;
import io.github.specwright.core.model.InlineText;

import io.github.specwright.core.model.Citation;
import io.github.specwright.core.model.CitationReference;
import io.github.specwright.core.model.Diagnostic;
import io.github.specwright.core.model.Diagnostic.Level;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Footnote;
import io.github.specwright.core.model.FootnoteReference;
import io.github.specwright.core.model.InlineTarget;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Reference;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.model.SubstitutionDefinition;
import io.github.specwright.core.model.SubstitutionReference;
import io.github.specwright.core.model.Target;
import io.github.specwright.core.model.Text;
import io.github.specwright.core.model.Title;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the references of a parsed document the way docutils' transforms do, and reports
 * what cannot be resolved: unknown and ambiguous target names, duplicate explicit targets,
 * anonymous references without targets (or the reverse), undefined substitutions and footnote
 * references without footnotes.
 *
 * <p>Target names follow docutils' bookkeeping: section titles are implicit targets; hyperlink
 * targets, inline targets, named embedded URIs, footnotes and citations are explicit ones. Two
 * explicit targets with one name are a warning (unless both point to the same URI); any
 * duplicate makes the name unusable by references.
 */
final class ReferenceResolver {

    private final Document document;
    private final List<Diagnostic> diagnostics;

    /** Normalised name to the target that owns it; a present key with a null value is a duplicate. */
    private final Map<String, NameEntry> names = new HashMap<>();
    private final List<Located<Reference>> anonymousReferences = new ArrayList<>();
    private final List<Target> anonymousTargets = new ArrayList<>();
    private final List<Located<Node>> namedReferences = new ArrayList<>();
    private final List<Located<FootnoteReference>> autoNumberReferences = new ArrayList<>();
    private final List<Located<FootnoteReference>> symbolReferences = new ArrayList<>();
    private final List<Located<SubstitutionReference>> substitutionReferences = new ArrayList<>();
    private final List<Target> indirectTargets = new ArrayList<>();
    private final Set<String> substitutionNames = new HashSet<>();
    private final Set<String> substitutionNamesFolded = new HashSet<>();
    private int autoNumberedFootnotes;
    private int symbolFootnotes;

    private final Map<Reference, String> aliasTargets;
    /** Names of the indirect targets embedded in phrase references ({@code `name <alias_>`_}). */
    private final Set<String> aliasTargetNames = new HashSet<>();
    /** Auto-numbered footnotes in document order; true for labelled ones ({@code .. [#name]}). */
    private final List<Boolean> autoFootnotesLabelled = new ArrayList<>();

    /** Text nodes whose markup had problems: docutils drops a substitution definition holding one. */
    private final Set<Node> textWithProblems;

    ReferenceResolver(Document document, List<Diagnostic> diagnostics) {
        this(document, diagnostics, Map.of(), Set.of());
    }

    ReferenceResolver(Document document, List<Diagnostic> diagnostics, Map<Reference, String> aliasTargets,
            Set<Node> textWithProblems) {
        this.document = document;
        this.diagnostics = diagnostics;
        this.aliasTargets = aliasTargets;
        this.textWithProblems = textWithProblems;
    }

    /** A node together with the text-bearing element docutils locates it by. */
    private record Located<T extends Node>(T node, Node element) {
    }

    private static final class NameEntry {
        final boolean explicit;
        final String refUri;
        boolean duplicate;

        NameEntry(boolean explicit, String refUri) {
            this.explicit = explicit;
            this.refUri = refUri;
        }
    }

    void resolve() {
        collect();
        numberAutoFootnotes();
        checkAnonymous();
        checkIndirectTargets();
        checkNamedReferences();
        checkFootnoteCounts();
        checkSubstitutions();
    }

    // ---------------------------------------------------------------- collecting

    private void collect() {
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {document, null});
        while (!stack.isEmpty()) {
            Object[] entry = stack.pop();
            Node node = (Node) entry[0];
            if (node instanceof Text) {
                continue; // the most common node by far: it defines and references nothing
            }
            Node element = (Node) entry[1];
            if (InlinePass.rawText(node) != null) {
                element = node;
            }
            visit(node, element);
            List<Node> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(new Object[] {children.get(i), element});
            }
        }
    }

    private void visit(Node node, Node element) {
        if (node instanceof Title title && (title.parent() instanceof Section || title.parent() instanceof Document)) {
            addName(Names.normalize(InlineText.plain(title)), false, null, title.span().startLine(), element);
        } else if (node instanceof io.github.specwright.core.model.Subtitle subtitle) {
            // a promoted subtitle keeps the implicit target of the section it was
            addName(Names.normalize(InlineText.plain(subtitle)), false, null, subtitle.span().startLine(), element);
        } else if (node instanceof Target target) {
            visitTarget(target);
        } else if (node instanceof InlineTarget target) {
            addName(Names.normalize(target.name()), true, null, inlineTargetLine(element), element);
        } else if (node instanceof Reference reference) {
            visitReference(reference, element);
        } else if (node instanceof FootnoteReference reference) {
            String label = reference.label();
            if (label.equals("#")) {
                autoNumberReferences.add(new Located<>(reference, element));
            } else if (label.equals("*")) {
                symbolReferences.add(new Located<>(reference, element));
            } else {
                namedReferences.add(new Located<>(reference, element));
            }
        } else if (node instanceof CitationReference reference) {
            namedReferences.add(new Located<>(reference, element));
        } else if (node instanceof Footnote footnote) {
            visitFootnote(footnote);
        } else if (node instanceof Citation citation) {
            addName(Names.normalize(citation.label()), true, null, citation.span().startLine(), null);
        } else if (node instanceof SubstitutionDefinition definition && !holdsProblem(definition)) {
            String name = Names.whitespaceNormalize(definition.name());
            substitutionNames.add(name);
            substitutionNamesFolded.add(name.toLowerCase(Locale.ROOT));
        } else if (node instanceof SubstitutionReference reference) {
            substitutionReferences.add(new Located<>(reference, element));
        }
    }

    private void visitTarget(Target target) {
        if (target.anonymous()) {
            anonymousTargets.add(target);
            return;
        }
        if (target.name() == null || target.name().isEmpty()) {
            return;
        }
        if (target.refName() != null && !target.refName().isEmpty()) {
            indirectTargets.add(target);
        }
        addName(Names.normalize(target.name()), true, target.refUri(), target.span().startLine(), null);
    }

    private void visitReference(Reference reference, Node element) {
        if (reference.anonymous()) {
            anonymousReferences.add(new Located<>(reference, element));
        } else if (reference.refName() != null && reference.refUri() != null) {
            // `text <uri>`_ : a reference that is also an explicit target named by its text
            addName(reference.refName(), true, reference.refUri(), inlineTargetLine(element), element);
        } else if (reference.refName() != null) {
            namedReferences.add(new Located<>(reference, element));
            String aliasTarget = aliasTargets.get(reference);
            if (aliasTarget != null) {
                aliasTargetNames.add(aliasTarget);
            }
        }
    }

    private void visitFootnote(Footnote footnote) {
        String label = footnote.label() == null ? "" : footnote.label();
        if (label.equals("#")) {
            autoNumberedFootnotes++;
            autoFootnotesLabelled.add(false);
        } else if (label.equals("*")) {
            symbolFootnotes++;
        } else {
            if (label.startsWith("#")) {
                autoFootnotesLabelled.add(true);
            }
            String name = label.startsWith("#") ? label.substring(1) : label;
            addName(Names.normalize(name), true, null, footnote.span().startLine(), null);
        }
    }

    /**
     * docutils numbers auto-numbered footnotes in order with the smallest numbers not yet used
     * as names; an unlabelled one is then a target named by its number ({@code [2]_} finds it).
     */
    private void numberAutoFootnotes() {
        int next = 1;
        for (boolean labelled : autoFootnotesLabelled) {
            while (names.containsKey(Integer.toString(next))) {
                next++;
            }
            String number = Integer.toString(next++);
            if (!labelled) {
                names.put(number, new NameEntry(true, null));
            }
        }
    }

    /**
     * docutils reports a duplicate inline or embedded target at the line its parser had reached
     * when it finished the paragraph: the line after a one-line paragraph, the last line of a
     * longer one.
     */
    private static int inlineTargetLine(Node element) {
        if (element == null) {
            return 1;
        }
        int first = element.span().startLine();
        int last = element.span().endLine();
        return last > first ? last : first + 1;
    }

    private boolean holdsProblem(Node node) {
        if (textWithProblems.isEmpty()) {
            return false;
        }
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(node);
        while (!stack.isEmpty()) {
            Node current = stack.pop();
            if (textWithProblems.contains(current)) {
                return true;
            }
            current.children().forEach(stack::push);
        }
        return false;
    }

    /** docutils' name bookkeeping (document.set_name_id_map), reporting explicit duplicates. */
    private void addName(String name, boolean explicit, String refUri, int line, Node element) {
        if (name.isEmpty()) {
            return;
        }
        NameEntry old = names.get(name);
        if (old == null) {
            names.put(name, new NameEntry(explicit, refUri));
            return;
        }
        if (explicit && old.explicit) {
            boolean sameUri = refUri != null && !old.duplicate && refUri.equals(old.refUri);
            if (!sameUri) {
                old.duplicate = true;
                diagnostics.add(new Diagnostic(line, 1, Level.WARNING, "rst-duplicate-target",
                        "the target name \"" + name + "\" is defined more than once; rename one of the targets"
                                + " (references to it cannot tell them apart)"));
            }
        } else if (explicit) {
            // An explicit target takes over an implicit one (a section title): docutils only informs.
            names.put(name, new NameEntry(true, refUri));
        } else if (!old.explicit) {
            old.duplicate = true;
        }
    }

    // ---------------------------------------------------------------- checking

    private void checkAnonymous() {
        if (anonymousReferences.size() == anonymousTargets.size()) {
            return;
        }
        int line;
        int column;
        if (!anonymousReferences.isEmpty()) {
            Located<Reference> first = anonymousReferences.get(0);
            line = ReportLines.resolutionLine(first.element());
            column = first.node().span().startLine() == line ? first.node().span().startColumn() : 1;
        } else {
            line = anonymousTargets.get(0).span().startLine();
            column = anonymousTargets.get(0).span().startColumn();
        }
        diagnostics.add(new Diagnostic(line, Math.max(column, 1), Level.ERROR, "rst-anonymous-mismatch",
                "the document has " + anonymousReferences.size() + " anonymous reference(s) ('__') but "
                        + anonymousTargets.size() + " anonymous target(s) ('.. __:'); they are matched in order,"
                        + " so add or remove targets until both counts agree"));
    }

    private void checkIndirectTargets() {
        for (Target target : indirectTargets) {
            String refName = Names.normalize(target.refName());
            NameEntry entry = names.get(refName);
            if (entry == null) {
                diagnostics.add(new Diagnostic(target.span().startLine(), Math.max(1, target.span().startColumn()),
                        Level.ERROR, "rst-unknown-target", "the target \"" + Names.normalize(target.name())
                                + "\" points to \"" + refName + "\", which is not defined; define \"" + refName
                                + "\" or point to an existing name"));
            }
        }
    }

    private void checkNamedReferences() {
        for (Located<Node> located : namedReferences) {
            String name = referenceName(located.node());
            NameEntry entry = names.get(name);
            if (entry != null && !entry.duplicate || entry == null && aliasTargetNames.contains(name)) {
                // an embedded alias target takes the blame itself when its alias is unknown
                continue;
            }
            String message;
            String rule;
            if (entry == null) {
                rule = "rst-unknown-target";
                message = unknownMessage(located.node(), name);
            } else {
                rule = "rst-ambiguous-target";
                message = "the reference \"" + name + "\" is ambiguous: several targets have that name;"
                        + " rename one of them";
            }
            report(located, Level.ERROR, rule, message);
        }
    }

    private static String unknownMessage(Node node, String name) {
        if (node instanceof FootnoteReference footnote) {
            return "the footnote reference [" + footnote.label() + "]_ has no footnote; add '.. [" + footnote.label()
                    + "] ...' or fix the label";
        }
        if (node instanceof CitationReference citation) {
            return "the citation reference [" + citation.label() + "]_ has no citation; add '.. [" + citation.label()
                    + "] ...' or fix the label";
        }
        return "the reference \"" + name + "\" points to no target; define it ('.. _" + name
                + ": URL' or a section with that title) or fix the name";
    }

    private static String referenceName(Node node) {
        if (node instanceof Reference reference) {
            return reference.refName();
        }
        String label = node instanceof FootnoteReference f ? f.label() : ((CitationReference) node).label();
        return Names.normalize(label.startsWith("#") ? label.substring(1) : label);
    }

    private void checkFootnoteCounts() {
        if (autoNumberReferences.size() > autoNumberedFootnotes) {
            report(autoNumberReferences.get(autoNumberedFootnotes), Level.ERROR, "rst-unknown-target",
                    "there are more auto-numbered footnote references ('[#]_') than auto-numbered footnotes ("
                            + autoNumberedFootnotes + "); add a '.. [#]' footnote or remove the reference");
        }
        if (symbolReferences.size() > symbolFootnotes) {
            report(symbolReferences.get(symbolFootnotes), Level.ERROR, "rst-unknown-target",
                    "there are more symbol footnote references ('[*]_') than symbol footnotes ("
                            + symbolFootnotes + "); add a '.. [*]' footnote or remove the reference");
        }
    }

    private void checkSubstitutions() {
        for (Located<SubstitutionReference> located : substitutionReferences) {
            String name = Names.whitespaceNormalize(located.node().name());
            if (substitutionNames.contains(name) || substitutionNamesFolded.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            report(located, Level.ERROR, "rst-undefined-substitution",
                    "the substitution |" + name + "| is not defined; add '.. |" + name
                            + "| replace:: ...' (or another substitution directive) or escape the '|'");
        }
    }

    private void report(Located<? extends Node> located, Level level, String rule, String message) {
        Node node = located.node();
        int line = located.element() == null ? node.span().startLine() : ReportLines.resolutionLine(located.element());
        diagnostics.add(ReportLines.diagnostic(line, node.span().startLine(), node.span().startColumn(), level, rule,
                message));
    }
}
