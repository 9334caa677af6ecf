package io.github.specwright.core.check;

import java.util.Set;

/**
 * Which policy applies to the files whose root-relative path matches {@code glob}.
 *
 * @param glob                a glob over the path relative to the checked root, with {@code /}
 *                            separators ({@code *} stays within one directory, {@code **} crosses
 *                            directories); a glob ending in {@code /} means everything below
 * @param kind                the policy
 * @param template            the template for these files, relative to the root; null for the
 *                            configuration's template. {@code {1}}, {@code {2}}... stand for what the
 *                            glob's wildcards ({@code *}, {@code **}, {@code ?}, {@code {a,b}}, in
 *                            order) matched: {@code specs/{1}-template.rst} for {@code specs/*}{@code /approved/}
 * @param optionalSections    top-level section titles that may be missing (and may be present even
 *                            when the template does not have them)
 * @param optionalSubsections subsection titles that may be missing, either bare ({@code Alternatives})
 *                            or qualified by their section ({@code Proposed change > Alternatives})
 * @param allowExtraSections  whether top-level sections the template does not have are accepted
 * @param allowedExtraSections top-level sections accepted beyond the template, not required when absent
 *                            (neutron's legacy sections); a template section stays required
 * @param fallbackTemplate    the template used when {@code template} names a file that does not exist
 *                            (neutron falls back to {@code specs/template.rst}); null for none
 */
public record PolicyRule(String glob, Policy kind, String template, Set<String> optionalSections,
                         Set<String> optionalSubsections, boolean allowExtraSections,
                         Set<String> allowedExtraSections, String fallbackTemplate) {

    /** Separates a section from its subsection in {@link #optionalSubsections}. */
    public static final String SUBSECTION_SEPARATOR = " > ";

    public PolicyRule {
        if (glob == null || glob.isBlank()) {
            throw new IllegalArgumentException("a policy needs a glob");
        }
        if (kind == null) {
            throw new IllegalArgumentException("a policy needs a kind");
        }
        optionalSections = optionalSections == null ? Set.of() : Set.copyOf(optionalSections);
        optionalSubsections = optionalSubsections == null ? Set.of() : Set.copyOf(optionalSubsections);
        allowedExtraSections = allowedExtraSections == null ? Set.of() : Set.copyOf(allowedExtraSections);
    }

    public PolicyRule(String glob, Policy kind, String template, Set<String> optionalSections,
                      Set<String> optionalSubsections, boolean allowExtraSections) {
        this(glob, kind, template, optionalSections, optionalSubsections, allowExtraSections, Set.of(), null);
    }

    /** A rule with the configuration's template, nothing optional and no extra sections. */
    public static PolicyRule of(String glob, Policy kind) {
        return new PolicyRule(glob, kind, null, Set.of(), Set.of(), false);
    }

    /** Whether a subsection of {@code section} titled {@code subsection} may be missing. */
    public boolean isOptionalSubsection(String section, String subsection) {
        return optionalSubsections.contains(subsection)
                || optionalSubsections.contains(section + SUBSECTION_SEPARATOR + subsection);
    }
}
