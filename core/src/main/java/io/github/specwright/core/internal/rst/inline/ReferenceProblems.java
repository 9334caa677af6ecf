package io.github.specwright.core.internal.rst.inline;

import io.github.specwright.core.model.Citation;
import io.github.specwright.core.model.CitationReference;
import io.github.specwright.core.model.Diagnostic;
import io.github.specwright.core.model.Diagnostic.Level;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Footnote;
import io.github.specwright.core.model.FootnoteReference;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Reference;
import io.github.specwright.core.model.SubstitutionDefinition;
import io.github.specwright.core.model.SubstitutionReference;
import io.github.specwright.core.model.Target;
import io.github.specwright.core.model.Text;
import io.github.specwright.core.resolve.Resolution;
import io.github.specwright.core.resolve.Resolution.NameState;
import io.github.specwright.core.internal.text.Names;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reports, with docutils' levels and lines, what the document's {@link Resolution} could not resolve: unknown and
 * ambiguous target names, duplicate explicit targets, anonymous references without targets (or the reverse),
 * indirect targets to unknown names, more auto-numbered or symbol footnote references than footnotes, and
 * undefined substitutions. The names themselves are worked out once, by the resolution; this class only walks the
 * tree to find where each reference stands, because docutils reports a problem at a line of the enclosing element.
 */
final class ReferenceProblems {

    private final Document document;
    private final List<Diagnostic> diagnostics;
    private final Resolution resolution;

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

    /** Text nodes whose markup had problems: docutils drops a substitution definition holding one. */
    private final Set<Node> textWithProblems;

    ReferenceProblems(Document document, List<Diagnostic> diagnostics, Map<Reference, String> aliasTargets,
            Set<Node> textWithProblems) {
        this.document = document;
        this.diagnostics = diagnostics;
        this.resolution = Resolution.of(document);
        this.aliasTargets = aliasTargets;
        this.textWithProblems = textWithProblems;
    }

    /** A node and the text-bearing element holding it (docutils reports at a line of the element). */
    private record Located<T extends Node>(T node, Node element) {
    }

    void report() {
        collect();
        checkDuplicateTargets();
        checkAnonymous();
        checkIndirectTargets();
        checkNamedReferences();
        checkFootnoteCounts();
        checkSubstitutions();
    }

    // ---------------------------------------------------------------- collecting

    private void collect() {
        Deque<Located<Node>> stack = new ArrayDeque<>();
        stack.push(new Located<>(document, null));
        while (!stack.isEmpty()) {
            Located<Node> entry = stack.pop();
            Node node = entry.node();
            if (node instanceof Text) {
                continue; // the most common node by far: it defines and references nothing
            }
            Node element = InlinePass.rawText(node) != null ? node : entry.element();
            visit(node, element);
            List<Node> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(new Located<>(children.get(i), element));
            }
        }
    }

    private void visit(Node node, Node element) {
        if (node instanceof Target target) {
            if (target.anonymous()) {
                anonymousTargets.add(target);
            } else if (target.name() != null && !target.name().isEmpty() && target.refName() != null
                    && !target.refName().isEmpty()) {
                indirectTargets.add(target);
            }
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
            String label = footnote.label() == null ? "" : footnote.label();
            if (label.equals("#")) {
                autoNumberedFootnotes++;
            } else if (label.equals("*")) {
                symbolFootnotes++;
            }
        } else if (node instanceof SubstitutionDefinition definition && !holdsProblem(definition)) {
            String name = Names.whitespaceNormalize(definition.name());
            substitutionNames.add(name);
            substitutionNamesFolded.add(name.toLowerCase(Locale.ROOT));
        } else if (node instanceof SubstitutionReference reference) {
            substitutionReferences.add(new Located<>(reference, element));
        }
    }

    private void visitReference(Reference reference, Node element) {
        if (reference.anonymous()) {
            anonymousReferences.add(new Located<>(reference, element));
        } else if (reference.refName() != null && reference.refUri() == null) {
            namedReferences.add(new Located<>(reference, element));
            String aliasTarget = aliasTargets.get(reference);
            if (aliasTarget != null) {
                aliasTargetNames.add(aliasTarget);
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

    /**
     * docutils reports a directive's {@code :name:} as a duplicate at the line its parser reached after the
     * directive's indented block, which takes the blank lines after it: the line before the next element, or the
     * directive's last line at the end of the document.
     */
    private static int directiveEndLine(Node directive) {
        for (Node current = directive; current.parent() != null; current = current.parent()) {
            List<Node> siblings = current.parent().children();
            for (int i = 0; i < siblings.size() - 1; i++) {
                if (siblings.get(i) == current) {
                    return Math.max(directive.span().endLine(), siblings.get(i + 1).span().startLine() - 1);
                }
            }
        }
        return directive.span().endLine();
    }

    /** The text-bearing element holding an inline node, or null for a block. */
    private static Node elementOf(Node node) {
        for (Node current = node; current != null; current = current.parent()) {
            if (InlinePass.rawText(current) != null) {
                return current;
            }
        }
        return null;
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

    // ---------------------------------------------------------------- checking

    private void checkDuplicateTargets() {
        for (Resolution.DuplicateTarget duplicate : resolution.duplicateTargets()) {
            Node at = duplicate.at();
            Node element = elementOf(at);
            int line = element != null ? inlineTargetLine(element)
                    : at instanceof io.github.specwright.core.model.Directive ? directiveEndLine(at)
                    : at.span().startLine();
            diagnostics.add(new Diagnostic(line, 1, Level.WARNING, "rst-duplicate-target",
                    "the target name \"" + duplicate.name() + "\" is defined more than once; rename one of the targets"
                            + " (references to it cannot tell them apart)"));
        }
    }

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
            if (resolution.nameState(refName) == NameState.UNKNOWN) {
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
            NameState state = resolution.nameState(name);
            if (state == NameState.KNOWN || state == NameState.UNKNOWN && aliasTargetNames.contains(name)) {
                // an embedded alias target takes the blame itself when its alias is unknown
                continue;
            }
            String message;
            String rule;
            if (state == NameState.UNKNOWN) {
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
