package io.github.specwright.core.check;

import io.github.specwright.core.base.FindingSink;
import io.github.specwright.core.base.Rule;
import io.github.specwright.core.base.RuleGroup;

import static io.github.specwright.core.base.RuleGroup.PRIORITIES;

import io.github.specwright.core.check.priorities.PrioritiesCheck;
import java.util.List;

/** The rules of priorities documents (the {@code priorities-documents} globs), checked by {@link PrioritiesCheck}. */
final class PrioritiesRules implements DocumentCheck {

    private static final List<Rule> RULES = List.of(
            Rule.error(PrioritiesCheck.RULE_TABLE, PRIORITIES, "the table",
                    "Priorities tables are well formed.", "A priorities table the parser reports as malformed."),
            Rule.error(PrioritiesCheck.RULE_LINK, PRIORITIES, "the link",
                    "Each priority a table links to is described under the details section.",
                    "A table row links to no subsection of the details section (`priorities-details-titles`), "
                            + "or to a URL where a subsection was meant."),
            Rule.error(PrioritiesCheck.RULE_UNLISTED, PRIORITIES, "the subsection title",
                    "Each described priority is listed in a table.",
                    "A subsection of the details section that no table row links to."),
            Rule.error(PrioritiesCheck.RULE_CONTACTS, PRIORITIES, "the contacts cell",
                    "A table row names at most the allowed number of primary contacts.",
                    "More primary contacts than `priorities-max-contacts` (2 by default) in one row."));

    @Override
    public List<Rule> rules() {
        return RULES;
    }

    @Override
    public void check(SpecDocument document, FindingSink sink) {
        if (document.config().isPrioritiesDocument(document.path())) {
            new PrioritiesCheck(document.config().prioritiesOptions()).check(document.path(), document.parsed())
                    .forEach(sink::report);
        }
    }
}
