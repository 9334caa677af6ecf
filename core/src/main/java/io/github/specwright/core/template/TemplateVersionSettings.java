package io.github.specwright.core.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of template versions, kept together: the policy ({@code template-version}), the
 * policy of single {@code [policy GLOB]} sections that set their own, the kept copies of earlier
 * versions ({@code template-versions}) and the section renames {@code migrate} applies
 * ({@code renamed-sections}).
 *
 * @param policy        the policy of specs whose directory policy sets none
 * @param policyByGlob  the policy set in a {@code [policy GLOB]} section, by its glob
 * @param copies        globs (root-relative) of kept copies of earlier template versions
 * @param renames       old section title to new title, in the order written
 */
public record TemplateVersionSettings(TemplateVersionPolicy policy, Map<String, TemplateVersionPolicy> policyByGlob,
                                      List<String> copies, Map<String, String> renames) {

    /** Separates the old title from the new one in a {@code renamed-sections} entry. */
    public static final String RENAME_ARROW = ">";

    public TemplateVersionSettings {
        policyByGlob = Map.copyOf(policyByGlob);
        copies = List.copyOf(copies);
        renames = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(renames));
    }

    /** No versions: every spec against the template as it is today. */
    public static TemplateVersionSettings defaults() {
        return new TemplateVersionSettings(TemplateVersionPolicy.LATEST, Map.of(), List.of(), Map.of());
    }

    /** The policy of the specs a directory policy (by its glob; null for none) covers. */
    public TemplateVersionPolicy policyFor(String policyGlob) {
        TemplateVersionPolicy own = policyGlob == null ? null : policyByGlob.get(policyGlob);
        return own != null ? own : policy;
    }

    /** Whether any spec is checked against another version than the latest. */
    public boolean versioned() {
        return policy != TemplateVersionPolicy.LATEST
                || policyByGlob.values().stream().anyMatch(p -> p != TemplateVersionPolicy.LATEST);
    }

    /**
     * Reads {@code Old title > New title} entries into a map.
     *
     * @throws IllegalArgumentException naming the entry that is not of that form
     */
    public static Map<String, String> parseRenames(List<String> entries) {
        Map<String, String> renames = new LinkedHashMap<>();
        for (String entry : entries) {
            int arrow = entry.indexOf(RENAME_ARROW);
            String from = arrow < 0 ? "" : entry.substring(0, arrow).strip();
            String to = arrow < 0 ? "" : entry.substring(arrow + 1).strip();
            if (from.isEmpty() || to.isEmpty() || to.contains(RENAME_ARROW)) {
                throw new IllegalArgumentException("a renamed-sections entry must read 'Old title > New title', not '"
                        + entry.strip() + "'");
            }
            renames.put(from, to);
        }
        return renames;
    }
}
