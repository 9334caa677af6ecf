package io.github.specwright.enforcer;

import io.github.specwright.core.base.RuleGroup;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Reads an enforcer execution's {@code <rules>} to find the Specwright rules configured exactly
 * alike (their {@code <level>} aside): those can share one check run.
 */
final class AlikeRules {

    private AlikeRules() {
    }

    /**
     * The groups of the Specwright rules configured like the one named {@code ruleName}, its own
     * included; empty when that rule is not found exactly once (then nothing is shared).
     */
    static Set<RuleGroup> groupsConfiguredLike(Xpp3Dom executionConfiguration, String ruleName) {
        String mine = configurationOf(executionConfiguration, ruleName);
        if (mine == null) {
            return Set.of();
        }
        Set<RuleGroup> groups = EnumSet.noneOf(RuleGroup.class);
        for (Xpp3Dom rule : specwrightRules(executionConfiguration)) {
            if (mine.equals(withoutLevel(rule))) {
                groups.add(RuleGroup.ofEnforcerRule(nameOf(rule)));
            }
        }
        return groups;
    }

    /** The configuration of the one rule named {@code ruleName}, as text, or null. */
    static String configurationOf(Xpp3Dom executionConfiguration, String ruleName) {
        List<Xpp3Dom> named = specwrightRules(executionConfiguration).stream()
                .filter(rule -> ruleName.equals(nameOf(rule)))
                .toList();
        return named.size() == 1 ? withoutLevel(named.get(0)) : null;
    }

    private static List<Xpp3Dom> specwrightRules(Xpp3Dom executionConfiguration) {
        Xpp3Dom rules = executionConfiguration == null ? null : executionConfiguration.getChild("rules");
        if (rules == null) {
            return List.of();
        }
        return List.of(rules.getChildren()).stream()
                .filter(rule -> RuleGroup.ofEnforcerRule(nameOf(rule)) != null)
                .toList();
    }

    /** The POM element name, or the decapitalised simple name of an {@code implementation}. */
    private static String nameOf(Xpp3Dom rule) {
        String implementation = rule.getAttribute("implementation");
        if (implementation == null || implementation.isBlank()) {
            return rule.getName();
        }
        String simpleName = implementation.substring(implementation.lastIndexOf('.') + 1);
        return simpleName.isEmpty() ? rule.getName()
                : Character.toLowerCase(simpleName.charAt(0)) + simpleName.substring(1);
    }

    /** The rule's options as text, without its name and {@code <level>}, which do not change the run. */
    private static String withoutLevel(Xpp3Dom rule) {
        StringBuilder text = new StringBuilder();
        for (Xpp3Dom option : rule.getChildren()) {
            if (!option.getName().equals("level")) {
                text.append(option).append('\n');
            }
        }
        return text.toString();
    }
}
