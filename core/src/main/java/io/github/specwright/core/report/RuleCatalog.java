package io.github.specwright.core.report;

import io.github.specwright.core.base.Rule;
import io.github.specwright.core.check.RuleRegistry;

/**
 * The descriptions of rule ids for report formats that describe their rules (SARIF's
 * {@code tool.driver.rules}), read from the {@link RuleRegistry}. An id no check declares is
 * described by its own name, so that a report never fails on it.
 */
public final class RuleCatalog {

    /** Where the rules are documented at length. */
    static final String RULES_DOCUMENTATION = "docs/configuration.md#rules";

    private RuleCatalog() {
    }

    /** A one-sentence description of {@code ruleId}; never null. */
    public static String describe(String ruleId) {
        Rule rule = RuleRegistry.rule(ruleId);
        return rule != null ? rule.description() : "Specwright rule " + ruleId + ".";
    }

    /** The description followed by what a finding means, in full; never null. */
    public static String describeFully(String ruleId) {
        Rule rule = RuleRegistry.rule(ruleId);
        if (rule == null || rule.help().isEmpty()) {
            return describe(ruleId);
        }
        return rule.description() + " " + rule.help();
    }

    /** What to do about a finding of {@code ruleId}, and where the rule is documented; never null. */
    public static String help(String ruleId) {
        Rule rule = RuleRegistry.rule(ruleId);
        String fix = rule != null && rule.fixable() ? " `specwright fix` repairs it." : "";
        return describeFully(ruleId) + fix + " See " + RULES_DOCUMENTATION + " (" + ruleId + ").";
    }

    /**
     * The rule table of {@code docs/configuration.md}, one row per registered rule in registry
     * order; {@code RuleTableTest} keeps the docs equal to it.
     */
    public static String markdownTable() {
        StringBuilder table = new StringBuilder("| Rule id | Group | Default | Fix | Where | What |\n|---|---|---|---|---|---|\n");
        for (Rule rule : RuleRegistry.rules()) {
            table.append("| `").append(rule.id()).append("` | ")
                    .append(rule.group().name().toLowerCase(java.util.Locale.ROOT)).append(" | ")
                    .append(rule.defaultSeverity().label()).append(" | ")
                    .append(rule.fixable() ? "yes" : "").append(" | ")
                    .append(cell(rule.location())).append(" | ")
                    .append(cell(describeFully(rule.id()))).append(" |\n");
        }
        return table.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
