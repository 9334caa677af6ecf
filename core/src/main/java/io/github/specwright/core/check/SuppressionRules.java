package io.github.specwright.core.check;

import io.github.specwright.core.base.Rule;
import io.github.specwright.core.base.RuleGroup;
import io.github.specwright.core.base.RuleSource;

import static io.github.specwright.core.base.RuleGroup.FORMAT;

import java.util.List;

/** The rules of accepted findings: suppression comments ({@code suppress/}) and the baseline ({@code baseline/}). */
final class SuppressionRules implements RuleSource {

    private static final List<Rule> RULES = List.of(
            Rule.error(RuleIds.INVALID_SUPPRESSION, FORMAT, "the comment", "Suppression comments work.",
                    "A `specwright: disable=...` comment without a reason, naming an unknown rule, or not of that "
                            + "form (see adopting.md)."),
            Rule.error(RuleIds.UNUSED_SUPPRESSION, FORMAT, "the comment", "Suppression comments cover a finding.",
                    "A suppression that covers no finding.").warning(),
            Rule.error(RuleIds.STALE_BASELINE_ENTRY, FORMAT, "the entry's line in the baseline file",
                    "Baseline entries match a finding.",
                    "No finding of a rule that ran matches the entry any more; `severity.stale-baseline-entry = "
                            + "error` is the strict mode. Reported only when the whole repository is checked.")
                    .warning());

    @Override
    public List<Rule> rules() {
        return RULES;
    }
}
