package io.github.specwright.core.base;

import java.util.List;

/**
 * The concerns checks are grouped by; each enforcer rule runs one group, the CLI runs them all.
 * Which rules a group holds is declared by the rules themselves ({@link Rule#group()}).
 */
public enum RuleGroup {
    /** Template conformance and header checks: missing-section, story-link, ... */
    TEMPLATE("specTemplate"),
    /** Formatting and encoding: line-length, trailing-whitespace, encoding, ... */
    FORMAT("specFormat"),
    /** Markup validity as docutils reports it: the rst-* and md-* rule ids ({@code rstSyntax} is the old name). */
    SYNTAX("markupSyntax", "rstSyntax"),
    /** Priorities documents: tables, contacts, details sections. */
    PRIORITIES("prioritiesDocument"),
    /** Across documents: redirects of moved specs, duplicate titles, status against directory. */
    CONSISTENCY("specConsistency");

    private final List<String> enforcerRules;

    RuleGroup(String... enforcerRules) {
        this.enforcerRules = List.of(enforcerRules);
    }

    /** The names of the Maven Enforcer rules that run this group, as a POM writes them. */
    public List<String> enforcerRules() {
        return enforcerRules;
    }

    /** The group the enforcer rule {@code name} runs, or null when no Specwright rule has that name. */
    public static RuleGroup ofEnforcerRule(String name) {
        for (RuleGroup group : values()) {
            if (group.enforcerRules.contains(name)) {
                return group;
            }
        }
        return null;
    }
}
