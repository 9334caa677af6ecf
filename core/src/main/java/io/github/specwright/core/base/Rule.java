package io.github.specwright.core.base;

/**
 * What Specwright knows about one rule id: the group that runs it, its default severity, whether
 * {@code fix} repairs it, where its findings point, a one-line description and a longer help
 * text. The registry ({@link RuleRegistry}) is the only list of rules: SARIF's rule
 * descriptions, the enforcer groups and the rule table of {@code docs/configuration.md} come
 * from it.
 *
 * @param id              the id findings carry, e.g. {@code missing-section}
 * @param group           the group that runs the rule (one enforcer rule per group)
 * @param defaultSeverity the severity unless {@code severity.ID} says otherwise
 * @param fixable         whether {@code specwright fix} repairs its findings
 * @param location        where a finding points, in words ("the section title")
 * @param description     one sentence: what the rule asks for
 * @param help            what a finding means and what to do, in a few sentences (may be empty)
 */
public record Rule(String id, RuleGroup group, Severity defaultSeverity, boolean fixable, String location,
                   String description, String help) {

    /** An error rule that {@code fix} does not repair; see {@link #warning()} and {@link #repairedByFix()}. */
    public static Rule error(String id, RuleGroup group, String location, String description, String help) {
        return new Rule(id, group, Severity.ERROR, false, location, description, help);
    }

    /** This rule, reported as a warning unless configured otherwise. */
    public Rule warning() {
        return new Rule(id, group, Severity.WARNING, fixable, location, description, help);
    }

    /** This rule, repaired by {@code specwright fix}. */
    public Rule repairedByFix() {
        return new Rule(id, group, defaultSeverity, true, location, description, help);
    }
}
