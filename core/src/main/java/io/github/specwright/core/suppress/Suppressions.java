package io.github.specwright.core.suppress;

import io.github.specwright.core.base.Finding;
import io.github.specwright.core.base.Severity;
import io.github.specwright.core.model.Comment;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.model.Target;
import io.github.specwright.core.model.Title;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Findings accepted in the source, with a reason: a comment {@code .. specwright: disable=RULE,RULE
 * -- REASON} (in Markdown {@code <!-- specwright: disable=RULE -- REASON -->}) covers the next
 * element; placed right under a section's title, the whole section; placed before the document
 * title, the whole file. A suppression without a reason, naming an unknown rule, or covering no
 * finding is a finding of its own: suppressions must stay few, explained and alive.
 */
public final class Suppressions {

    public static final String INVALID = "invalid-suppression";
    public static final String UNUSED = "unused-suppression";

    private static final Pattern SUPPRESSION = Pattern.compile(
            "specwright:\\s*disable\\s*=\\s*([^\\s-][^\\s]*(?:\\s*,\\s*[^\\s,]+)*)\\s*(?:--\\s*(.*))?", Pattern.DOTALL);
    private static final Pattern MARKER = Pattern.compile("^\\s*specwright\\s*:");

    /** A finding and the reason it was accepted. */
    public record Suppressed(Finding finding, String reason) {
    }

    /**
     * What applying a file's suppressions left.
     *
     * @param findings   the findings not suppressed, plus the suppressions' own findings
     * @param suppressed the findings suppressed, with their reasons
     */
    public record Outcome(List<Finding> findings, List<Suppressed> suppressed) {
        public Outcome {
            findings = List.copyOf(findings);
            suppressed = List.copyOf(suppressed);
        }
    }

    private final List<Suppression> suppressions;
    private final List<Finding> problems;

    private Suppressions(List<Suppression> suppressions, List<Finding> problems) {
        this.suppressions = List.copyOf(suppressions);
        this.problems = List.copyOf(problems);
    }

    public List<Suppression> suppressions() {
        return suppressions;
    }

    /** The suppressions of one document; {@code knownRule} tells rule ids that exist. */
    public static Suppressions of(String path, Document document, Predicate<String> knownRule) {
        List<Suppression> found = new ArrayList<>();
        List<Finding> problems = new ArrayList<>();
        collect(path, document, document, knownRule, found, problems);
        return new Suppressions(found, problems);
    }

    private static void collect(String path, Document document, Node parent, Predicate<String> knownRule,
                                List<Suppression> found, List<Finding> problems) {
        List<Node> children = parent.children();
        for (int i = 0; i < children.size(); i++) {
            Node child = children.get(i);
            if (child instanceof Comment comment && MARKER.matcher(comment.text()).find()) {
                read(path, document, parent, i, comment, knownRule, found, problems);
            } else {
                collect(path, document, child, knownRule, found, problems);
            }
        }
    }

    private static void read(String path, Document document, Node parent, int index, Comment comment,
                             Predicate<String> knownRule, List<Suppression> found, List<Finding> problems) {
        int line = comment.span().startLine();
        int column = comment.span().startColumn();
        Matcher matcher = SUPPRESSION.matcher(comment.text().strip());
        if (!matcher.matches()) {
            problems.add(problem(path, line, column, "a suppression reads 'specwright: disable=RULE[,RULE] -- REASON'"));
            return;
        }
        List<String> rules = Arrays.stream(matcher.group(1).split(",")).map(String::strip).filter(r -> !r.isEmpty())
                .toList();
        String reason = matcher.group(2) == null ? "" : matcher.group(2).strip().replaceAll("\\s+", " ");
        boolean valid = true;
        for (String rule : rules) {
            if (!knownRule.test(rule)) {
                problems.add(problem(path, line, column, "unknown rule '" + rule + "' in a suppression: see the rule"
                        + " table in docs/configuration.md"));
                valid = false;
            }
        }
        if (reason.isEmpty()) {
            problems.add(problem(path, line, column, "a suppression needs a reason: write it after ' -- ', e.g."
                    + " 'specwright: disable=" + String.join(",", rules) + " -- the table must stay one line'"));
            valid = false;
        }
        if (valid) {
            found.add(scoped(rules, reason, line, column, document, parent, index));
        }
    }

    /** The file before the title, the section right under its title, else the next element. */
    private static Suppression scoped(List<String> rules, String reason, int line, int column, Document document,
                                      Node parent, int index) {
        Title title = document.title();
        if (parent == document && (title == null ? onlyCommentsBefore(parent, index)
                : line < title.span().startLine())) {
            return new Suppression(rules, reason, line, column, 1, Integer.MAX_VALUE, Suppression.Scope.FILE);
        }
        List<Node> siblings = parent.children();
        if (parent instanceof Section section && previousIgnoringComments(siblings, index) instanceof Title) {
            return new Suppression(rules, reason, line, column, section.span().startLine(), section.span().endLine(),
                    Suppression.Scope.SECTION);
        }
        for (int i = index + 1; i < siblings.size(); i++) {
            Node next = siblings.get(i);
            if (!(next instanceof Comment) && !(next instanceof Target)) {
                return new Suppression(rules, reason, line, column, next.span().startLine(), next.span().endLine(),
                        Suppression.Scope.ELEMENT);
            }
        }
        // Nothing follows: it covers nothing, and will be reported unused.
        return new Suppression(rules, reason, line, column, 0, -1, Suppression.Scope.ELEMENT);
    }

    private static boolean onlyCommentsBefore(Node parent, int index) {
        for (int i = 0; i < index; i++) {
            if (!(parent.children().get(i) instanceof Comment)) {
                return false;
            }
        }
        return true;
    }

    private static Node previousIgnoringComments(List<Node> siblings, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!(siblings.get(i) instanceof Comment)) {
                return siblings.get(i);
            }
        }
        return null;
    }

    /** Splits a file's findings into those suppressed and the rest, adding the suppressions' own findings. */
    public Outcome apply(String path, List<Finding> findings) {
        List<Finding> kept = new ArrayList<>(problems);
        List<Suppressed> suppressed = new ArrayList<>();
        boolean[] used = new boolean[suppressions.size()];
        for (Finding finding : findings) {
            int by = -1;
            for (int i = 0; i < suppressions.size() && by < 0; i++) {
                if (suppressions.get(i).covers(finding.ruleId(), finding.line())) {
                    by = i;
                }
            }
            if (by < 0 || finding.ruleId().equals(INVALID) || finding.ruleId().equals(UNUSED)) {
                kept.add(finding);
            } else {
                used[by] = true;
                suppressed.add(new Suppressed(finding, suppressions.get(by).reason()));
            }
        }
        for (int i = 0; i < suppressions.size(); i++) {
            if (!used[i]) {
                Suppression unused = suppressions.get(i);
                kept.add(new Finding(path, unused.line(), unused.column(), Severity.WARNING, UNUSED, "this suppression of "
                        + String.join(", ", unused.rules()) + " covers no finding: remove it"));
            }
        }
        kept.sort(null);
        return new Outcome(kept, suppressed);
    }

    private static Finding problem(String path, int line, int column, String message) {
        return new Finding(path, line, column, Severity.ERROR, INVALID, message);
    }
}
