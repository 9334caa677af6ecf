package io.github.specwright.core.check;

import io.github.specwright.core.base.FindingSink;
import io.github.specwright.core.base.Rule;
import io.github.specwright.core.base.RuleGroup;

import static io.github.specwright.core.base.RuleGroup.TEMPLATE;

import java.util.List;

/** A spec's sections against its template's ({@link TemplateRules}), for files under a full or short policy. */
final class TemplateCheck implements DocumentCheck {

    private static final List<Rule> RULES = List.of(
            Rule.error(RuleIds.MISSING_SECTION, TEMPLATE, "before the next template section present, else the last line",
                    "Every top-level section of the template is present.",
                    "A template section (or, for a short spec, a short-spec section) is missing. A present heading "
                            + "differing only in case or spacing is named.").repairedByFix(),
            Rule.error(RuleIds.EXTRA_SECTION, TEMPLATE, "the section title", "No top-level section outside the template.",
                    "A top-level section not in the template; \"did you mean\" when a template title differs only in "
                            + "case or spacing."),
            Rule.error(RuleIds.MISSING_SUBSECTION, TEMPLATE, "the parent section title",
                    "Every subsection of the template is present in its section.",
                    "A direct subsection of a template section is missing (full policy). One finding per subsection.")
                    .repairedByFix(),
            Rule.error(RuleIds.SECTION_ORDER, TEMPLATE, "the title out of order",
                    "Sections and subsections come in the template's order.", "Opt-in (`check-order`)."),
            Rule.error(RuleIds.EMPTY_SECTION, TEMPLATE, "the section title", "No section is left empty.",
                    "A section with no subsection and nothing but comments: write \"None\". Any text is an accepted "
                            + "\"nothing to say\" body: \"None\" (the template's word, and what `fix` and `migrate` "
                            + "write), \"N/A\", \"Not applicable\"; in full specs only a placeholder "
                            + "(`placeholders`) is refused (`placeholder`).").warning(),
            Rule.error(RuleIds.IMAGE, TEMPLATE, "the directive", "Diagrams are ASCII, not images.",
                    "`image`/`figure` while `allow-images` is false."));

    @Override
    public List<Rule> rules() {
        return RULES;
    }

    @Override
    public void check(SpecDocument document, FindingSink sink) {
        if (document.policy().checksTemplate()) {
            new TemplateRules(document.config(), document.policy(), document.policyRule(), document.templateOutline())
                    .check(document.parsed().document(), document.lines().size()).forEach(problem -> report(problem, sink));
        }
    }

    static void report(Problem problem, FindingSink sink) {
        sink.report(problem.line(), problem.column(), problem.ruleId(), problem.message());
    }
}
