package io.github.specwright.core.check;

import io.github.specwright.core.base.FindingSink;
import io.github.specwright.core.base.Rule;
import io.github.specwright.core.base.RuleGroup;

import static io.github.specwright.core.base.RuleGroup.TEMPLATE;

import java.util.List;

/** What a spec says before its sections: the licence and the tracker link ({@link HeaderRules}). */
final class HeaderCheck implements DocumentCheck {

    private static final List<Rule> RULES = List.of(
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
    public void check(SpecDocument document, FindingSink sink) {
        if (document.policy().checksTemplate()) {
            new HeaderRules(document.config(), document.isMarkdown()).check(document.parsed().document(), document.lines())
                    .forEach(problem -> TemplateCheck.report(problem, sink));
        }
    }
}
