package io.github.specwright.core.check;

import static io.github.specwright.core.base.RuleGroup.TEMPLATE;

import io.github.specwright.core.base.FindingSink;
import io.github.specwright.core.base.Rule;
import io.github.specwright.core.base.RuleGroup;
import io.github.specwright.core.model.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * What a spec owes its template, for files under a full or short policy: its sections
 * ({@link TemplateRules}), no guidance left in and no placeholder for content
 * ({@link GuidanceRules}), the licence and tracker link before its sections ({@link HeaderRules}).
 */
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
                    "`image`/`figure` while `allow-images` is false."),
            Rule.error(RuleIds.TEMPLATE_TEXT, TEMPLATE, "the paragraph or list item",
                    "A spec says its own things, not the template's guidance.",
                    "With `check-template-text`: a paragraph or list item that is the template's own guidance, "
                            + "compared with whitespace collapsed. Guidance is written in sentences: a template "
                            + "paragraph or list item counts when it has five words or more and ends with `.`, `?` or "
                            + "`!`; fill-in lines (`<IRC handle, email address, None>`), lead-ins ending in `:` and "
                            + "fragments do not. Titles are never compared.").warning(),
            Rule.error(RuleIds.PLACEHOLDER, TEMPLATE, "the placeholder", "No section of a full spec holds only a placeholder.",
                    "In a full spec, a section whose only content is `TBD`, `TODO`, `XXX` (or the `placeholders` "
                            + "setting), whatever the case and final punctuation. The accepted \"nothing to say\" body "
                            + "is `None` (see `empty-section`)."),
            Rule.error(RuleIds.LICENSE_HEADER, TEMPLATE, "1:1", "The spec starts with the licence header.",
                    "The licence text is not before the title."),
            Rule.error(RuleIds.STORY_LINK, TEMPLATE, "the first section title",
                    "The spec links its tracker story before the first section.",
                    "No tracker link (nor opt-out marker) before the first section."));

    @Override
    public List<Rule> rules() {
        return RULES;
    }

    @Override
    public boolean appliesTo(SpecDocument document) {
        return document.policy().checksTemplate();
    }

    @Override
    public void check(SpecDocument document, FindingSink sink) {
        Document spec = document.parsed().document();
        CheckConfig config = document.config();
        List<Problem> problems = new ArrayList<>(new TemplateRules(config, document.policy(), document.policyRule(),
                document.templateOutline()).check(spec, document.lines().size()));
        if (config.checksTemplateText()) {
            problems.addAll(GuidanceRules.templateText(spec, document.templateGuidance()));
        }
        if (document.policy() == Policy.FULL) {
            problems.addAll(GuidanceRules.placeholders(spec, config.placeholders()));
        }
        problems.addAll(new HeaderRules(config, document.isMarkdown()).check(spec, document.lines()));
        problems.forEach(problem -> report(problem, sink));
    }

    static void report(Problem problem, FindingSink sink) {
        sink.report(problem.line(), problem.column(), problem.ruleId(), problem.message());
    }
}
