package io.github.specwright.core.check;

import io.github.specwright.core.base.FindingSink;
import io.github.specwright.core.base.Rule;

import static io.github.specwright.core.base.RuleGroup.TEMPLATE;

import java.util.List;

/**
 * A spec's template-version marker naming a version its template does not have; which version a
 * spec follows is chosen before the checks run ({@link TemplateVersionChoice}).
 */
final class TemplateVersionCheck implements DocumentCheck {

    private static final List<Rule> RULES = List.of(
            Rule.error(RuleIds.TEMPLATE_VERSION, TEMPLATE, "the marker",
                    "A spec declares a template version the template has.",
                    "Under `template-version = declared` or `latest-for-changed`: the spec declares a version the "
                            + "template's git history and `template-versions` copies do not have; the spec is then "
                            + "checked against the latest version."));

    @Override
    public List<Rule> rules() {
        return RULES;
    }

    @Override
    public void check(SpecDocument document, FindingSink sink) {
        if (document.templateVersionProblem() != null) {
            TemplateCheck.report(document.templateVersionProblem(), sink);
        }
    }
}
