package io.github.specwright.core.check;

import io.github.specwright.core.base.Rule;
import io.github.specwright.core.base.RuleSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every check and every rule Specwright has, in one place. Rule ids, groups, default severities,
 * what {@code fix} repairs, SARIF's rule descriptions, the enforcer rules' groups and the rule
 * table of {@code docs/configuration.md} all come from here.
 *
 * <p>To add a rule: declare it in the {@link RuleSource} that reports it (for a new document
 * check, write a {@link DocumentCheck} and list it in {@link #DOCUMENT_CHECKS}), then run
 * {@code RuleTableTest} to regenerate the table of the docs.
 */
public final class RuleRegistry {

    /** The checks of one document, in the order they run (findings are sorted afterwards). */
    static final List<DocumentCheck> DOCUMENT_CHECKS = List.of(
            new FormatCheck(),
            new MarkupCheck(),
            new PrioritiesRules(),
            new TemplateCheck(),
            new TemplateVersionCheck(),
            new FrontMatterCheck(),
            new StatusDirectoryCheck());

    /** The rules reported outside the document checks: reading files, suppressions and baseline, repository-wide. */
    private static final List<RuleSource> OTHER_SOURCES = List.of(new FileRules(), new SuppressionRules(),
            new RepositoryRules());

    private static final Map<String, Rule> RULES = collect();

    private RuleRegistry() {
    }

    private static Map<String, Rule> collect() {
        List<RuleSource> sources = new ArrayList<>(DOCUMENT_CHECKS);
        sources.addAll(OTHER_SOURCES);
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (RuleSource source : sources) {
            for (Rule rule : source.rules()) {
                if (rules.put(rule.id(), rule) != null) {
                    throw new IllegalStateException("rule " + rule.id() + " is declared twice");
                }
            }
        }
        return Collections.unmodifiableMap(rules);
    }

    /** Every rule, in the order of the checks that declare them. */
    public static Collection<Rule> rules() {
        return RULES.values();
    }

    /** The rule {@code id}, or null when no check declares it. */
    public static Rule rule(String id) {
        return RULES.get(id);
    }

    /** The ids of every rule. */
    public static Set<String> ids() {
        return RULES.keySet();
    }
}
