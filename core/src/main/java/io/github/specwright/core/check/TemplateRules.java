package io.github.specwright.core.check;

import io.github.specwright.core.check.Outline.Heading;
import io.github.specwright.core.model.Comment;
import io.github.specwright.core.model.Directive;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.model.Title;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Template conformance: the sections a spec must have, the ones it must not, empty sections,
 * images and (opt-in) the order of sections. Comparison is on the raw title text, as in
 * ironic's {@code tests/test_titles.py}; only top-level sections and their direct subsections
 * count.
 */
final class TemplateRules {

    private final CheckConfig config;
    private final Policy kind;
    private final PolicyRule rule;
    private final Outline template;

    TemplateRules(CheckConfig config, Policy kind, PolicyRule rule, Outline template) {
        this.config = config;
        this.kind = kind;
        this.rule = rule != null ? rule : PolicyRule.of("**", kind);
        this.template = template;
    }

    List<Problem> check(Document document, int lineCount) {
        Outline spec = Outline.of(document);
        List<Problem> problems = new ArrayList<>();
        Map<String, List<String>> required = requiredSections();
        checkSections(spec, required, lineCount, problems);
        if (kind == Policy.FULL) {
            checkSubsections(spec, required, problems);
        }
        if (config.checkOrder()) {
            checkOrder(spec, problems);
        }
        checkEmptySections(document, problems);
        if (!config.allowImages()) {
            checkImages(document, problems);
        }
        return problems;
    }

    /** Section title to required subsection titles, in template order. */
    private Map<String, List<String>> requiredSections() {
        Map<String, List<String>> required = new LinkedHashMap<>();
        if (kind == Policy.SHORT) {
            for (String title : config.shortRequiredSections()) {
                required.put(title, List.of());
            }
        } else {
            for (Heading heading : template.sections()) {
                List<String> subs = new ArrayList<>();
                for (Heading sub : heading.subsections()) {
                    if (!subs.contains(sub.title())) {
                        subs.add(sub.title());
                    }
                }
                required.put(heading.title(), subs);
            }
        }
        return required;
    }

    private void checkSections(Outline spec, Map<String, List<String>> required, int lineCount, List<Problem> problems) {
        List<String> order = new ArrayList<>(required.keySet());
        for (int i = 0; i < order.size(); i++) {
            String title = order.get(i);
            if (spec.has(title) || rule.optionalSections().contains(title)) {
                continue;
            }
            int[] where = whereMissingSectionGoes(spec, order, i, lineCount);
            problems.add(new Problem(where[0], where[1], RuleIds.MISSING_SECTION,
                    "missing section '" + title + "'" + similarHint(title, spec.sections())));
        }
        if (rule.allowExtraSections()) {
            return;
        }
        for (Heading heading : spec.sections()) {
            String title = heading.title();
            boolean allowed = required.containsKey(title) || rule.optionalSections().contains(title)
                    || rule.allowedExtraSections().contains(title) || (kind == Policy.SHORT && template.has(title));
            if (!allowed) {
                problems.add(new Problem(heading.line(), heading.column(), RuleIds.EXTRA_SECTION,
                        "section '" + title + "' is not in the template" + didYouMean(title)));
            }
        }
    }

    /** Before the next required section that is present, else at the end of the file. */
    private static int[] whereMissingSectionGoes(Outline spec, List<String> order, int index, int lineCount) {
        for (int j = index + 1; j < order.size(); j++) {
            Heading next = spec.section(order.get(j));
            if (next != null) {
                return new int[] {next.line(), 1};
            }
        }
        return new int[] {Math.max(1, lineCount), 1};
    }

    private void checkSubsections(Outline spec, Map<String, List<String>> required, List<Problem> problems) {
        for (Map.Entry<String, List<String>> entry : required.entrySet()) {
            Heading section = spec.section(entry.getKey());
            if (section == null) {
                continue; // already reported as a missing section
            }
            for (String sub : entry.getValue()) {
                if (section.subsection(sub) != null || rule.isOptionalSubsection(section.title(), sub)) {
                    continue;
                }
                problems.add(new Problem(section.line(), section.column(), RuleIds.MISSING_SUBSECTION,
                        "section '" + section.title() + "' is missing subsection '" + sub + "'"
                                + similarHint(sub, section.subsections())));
            }
        }
    }

    private void checkOrder(Outline spec, List<Problem> problems) {
        List<String> templateOrder = template.sections().stream().map(Heading::title).toList();
        reportOutOfOrder(spec.sections(), templateOrder, "section", problems);
        for (Heading expected : template.sections()) {
            Heading actual = spec.section(expected.title());
            if (actual != null) {
                List<String> subOrder = expected.subsections().stream().map(Heading::title).toList();
                reportOutOfOrder(actual.subsections(), subOrder, "subsection", problems);
            }
        }
    }

    private static void reportOutOfOrder(List<Heading> actual, List<String> expectedOrder, String what,
                                         List<Problem> problems) {
        int furthest = -1;
        String furthestTitle = null;
        for (Heading heading : actual) {
            int index = expectedOrder.indexOf(heading.title());
            if (index < 0) {
                continue;
            }
            if (index < furthest) {
                problems.add(new Problem(heading.line(), heading.column(), RuleIds.SECTION_ORDER,
                        what + " '" + heading.title() + "' comes after '" + furthestTitle
                                + "'; the template puts it before"));
            } else {
                furthest = index;
                furthestTitle = heading.title();
            }
        }
    }

    /** A section without subsections and without any content but comments: the template asks for "None". */
    private static void checkEmptySections(Node node, List<Problem> problems) {
        for (Node child : node.children()) {
            if (child instanceof Section section) {
                boolean hasContent = false;
                boolean hasSubsections = false;
                for (Node part : section.children()) {
                    if (part instanceof Section) {
                        hasSubsections = true;
                    } else if (!(part instanceof Title) && !(part instanceof Comment)) {
                        hasContent = true;
                    }
                }
                if (!hasContent && !hasSubsections) {
                    int[] where = Outline.titlePosition(section);
                    String title = section.title() == null ? "" : section.title().rawText();
                    problems.add(new Problem(where[0], where[1], RuleIds.EMPTY_SECTION,
                            "section '" + title + "' is empty; write \"None\" when there is nothing to say"));
                }
                checkEmptySections(section, problems);
            }
        }
    }

    private static void checkImages(Node node, List<Problem> problems) {
        for (Node child : node.children()) {
            if (child instanceof Directive directive && isImage(directive.name())) {
                problems.add(new Problem(Math.max(1, directive.span().startLine()),
                        Math.max(1, directive.span().startColumn()), RuleIds.IMAGE,
                        directive.name() + " directive: diagrams must be ASCII art in a literal block, not images"));
            }
            checkImages(child, problems);
        }
    }

    private static boolean isImage(String directiveName) {
        return directiveName.equals("image") || directiveName.equals("figure");
    }

    /** " (did you mean 'X'?)" when a template section differs only in case or spacing. */
    private String didYouMean(String title) {
        String key = Outline.looseKey(title);
        List<String> candidates = new ArrayList<>();
        if (kind == Policy.SHORT) {
            template.sections().forEach(h -> candidates.add(h.title()));
        }
        candidates.addAll(requiredSections().keySet());
        for (String candidate : candidates) {
            if (Outline.looseKey(candidate).equals(key)) {
                return "; did you mean '" + candidate + "'?";
            }
        }
        return "";
    }

    /** " (line N has 'X', which differs only in case or spacing)" for a missing title. */
    private static String similarHint(String title, List<Heading> present) {
        String key = Outline.looseKey(title);
        for (Heading heading : present) {
            if (!heading.title().equals(title) && Outline.looseKey(heading.title()).equals(key)) {
                return " (line " + heading.line() + " has '" + heading.title()
                        + "', which differs only in case or spacing)";
            }
        }
        return "";
    }
}
