package io.github.specwright.core.check;

import io.github.specwright.core.base.FindingSink;
import io.github.specwright.core.base.Rule;
import io.github.specwright.core.base.RuleGroup;

import static io.github.specwright.core.base.RuleGroup.TEMPLATE;

import java.util.List;

/** The template's guidance left in a spec, and placeholders instead of content ({@link GuidanceRules}). */
final class GuidanceCheck implements DocumentCheck {

    private static final List<Rule> RULES = List.of(
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
                            + "is `None` (see `empty-section`)."));

    @Override
    public List<Rule> rules() {
        return RULES;
    }

    @Override
    public void check(SpecDocument document, FindingSink sink) {
        if (!document.policy().checksTemplate()) {
            return;
        }
        if (document.config().checksTemplateText()) {
            GuidanceRules.templateText(document.parsed().document(), document.templateGuidance())
                    .forEach(problem -> TemplateCheck.report(problem, sink));
        }
        if (document.policy() == Policy.FULL) {
            GuidanceRules.placeholders(document.parsed().document(), document.config().placeholders())
                    .forEach(problem -> TemplateCheck.report(problem, sink));
        }
    }
}
