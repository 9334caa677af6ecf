package io.github.specwright.core.internal.rst.inline;

import io.github.specwright.core.model.Diagnostic;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.TextBearing;
import io.github.specwright.core.model.Reference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The second stage of parsing: fills every text-bearing node (paragraph, title, term, field
 * name, line, ...) with inline nodes parsed from its raw text, then resolves references
 * (targets, substitutions, footnotes, citations) across the document.
 */
public final class InlinePass {

    private InlinePass() {
    }

    /** Parses inline markup in place and appends what is wrong to {@code diagnostics}. */
    public static void run(Document document, List<Diagnostic> diagnostics) {
        run(document, diagnostics, Roles.standard());
    }

    /** As {@link #run(Document, List)}, knowing the given interpreted text roles. */
    public static void run(Document document, List<Diagnostic> diagnostics, Roles roles) {
        List<String> declaredRoles = new ArrayList<>();
        List<Node> textNodes = textBearingNodes(document, declaredRoles);
        InlineParser parser = new InlineParser(declaredRoles.isEmpty() ? roles : roles.with(declaredRoles));
        Map<Reference, String> aliasTargets = new IdentityHashMap<>();
        Set<Node> withProblems = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node node : textNodes) {
            String rawText = rawText(node);
            if (rawText == null || !node.children().isEmpty()) {
                continue;
            }
            InlineParser.Result result = parser.parse(rawText, node.span().startLine(), node.span().startColumn());
            node.addChildren(result.nodes());
            aliasTargets.putAll(result.aliasTargets());
            if (!result.problems().isEmpty()) {
                withProblems.add(node);
            }
            int reportLine = ReportLines.inlineLine(node);
            for (InlineProblem problem : result.problems()) {
                diagnostics.add(ReportLines.diagnostic(reportLine, problem.line(), problem.column(), problem.level(),
                        problem.ruleId(), problem.message()));
            }
        }
        new ReferenceProblems(document, diagnostics, aliasTargets, withProblems).report();
    }

    /**
     * The nodes whose raw text holds inline markup, in document order (no recursion), and the roles
     * the document declares with {@code .. role:: name} or {@code .. role:: name(base)} (using them
     * is no error: docutils knows them from the directive on), gathered in one walk.
     */
    static List<Node> textBearingNodes(Node root, List<String> declaredRoles) {
        List<Node> found = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (rawText(node) != null) {
                found.add(node);
                continue;
            }
            if (node instanceof io.github.specwright.core.model.Directive directive) {
                if (directive.title() != null) {
                    found.add(directive.title());
                }
                if (directive.name().equalsIgnoreCase("role") && directive.arguments() != null) {
                    String name = directive.arguments().strip().split("[\\s(]", 2)[0];
                    if (!name.isEmpty()) {
                        declaredRoles.add(name);
                    }
                }
            }
            List<Node> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return found;
    }

    static String rawText(Node node) {
        return node instanceof TextBearing text ? text.rawText() : null;
    }
}
