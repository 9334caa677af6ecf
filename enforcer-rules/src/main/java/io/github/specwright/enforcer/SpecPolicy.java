package io.github.specwright.enforcer;

import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.check.ConfigOptions;
import io.github.specwright.core.check.Policy;
import io.github.specwright.core.check.PolicyRule;
import io.github.specwright.core.template.TemplateVersionPolicy;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One {@code <policy>} of a rule's {@code <policies>}: how the files whose root-relative path
 * matches {@code glob} are checked. The POM form of a {@code [policy GLOB]} section of the
 * command line's config file.
 *
 * <pre>{@code
 * <policy>
 *   <glob>specs/backlog/</glob>
 *   <kind>short</kind>
 *   <optionalSections><section>Testing</section></optionalSections>
 * </policy>
 * }</pre>
 */
public class SpecPolicy {

    private String glob;
    private String kind;
    private String template;
    private List<String> optionalSections;
    private List<String> optionalSubsections;
    private boolean allowExtraSections;
    private List<String> allowedExtraSections;
    private String fallbackTemplate;
    private String templateVersion;

    /** The core rule; {@code resolve} turns the template path into one against the project directory. */
    PolicyRule toPolicyRule(Function<String, Path> resolve) throws ConfigException {
        if (glob == null || glob.isBlank()) {
            throw new ConfigException("a <policy> has no <glob>");
        }
        return new PolicyRule(glob.strip(), kind(kind, "the <kind> of policy '" + glob + "'"),
                template == null ? null : resolve.apply(template.strip()).toString(),
                toSet(optionalSections), toSet(optionalSubsections), allowExtraSections, toSet(allowedExtraSections),
                fallbackTemplate == null ? null : resolve.apply(fallbackTemplate.strip()).toString());
    }

    /** This policy's {@code <templateVersion>}, or null when it sets none. */
    TemplateVersionPolicy templateVersionPolicy() throws ConfigException {
        return templateVersion == null ? null
                : ConfigOptions.templateVersion(templateVersion, "the <templateVersion> of policy '" + glob + "'");
    }

    String glob() {
        return glob == null ? null : glob.strip();
    }

    /** The policy's template version: latest, declared or latest-for-changed. */
    public void setTemplateVersion(String templateVersion) {
        this.templateVersion = templateVersion;
    }

    /** full, short, format-only or ignore, in any case, with - or _. */
    static Policy kind(String text, String what) throws ConfigException {
        if (text == null || text.isBlank()) {
            throw new ConfigException(what + " is missing; use full, short, format-only or ignore");
        }
        Policy policy = Policy.parse(text);
        if (policy == null) {
            throw new ConfigException(what + " is '" + text.strip() + "'; use full, short, format-only or ignore");
        }
        return policy;
    }

    private static Set<String> toSet(List<String> values) {
        return values == null ? Set.of() : new LinkedHashSet<>(values);
    }

    public void setGlob(String glob) {
        this.glob = glob;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public void setTemplate(String template) {
        this.template = template;
    }

    /** Top-level sections accepted beyond the template, not required when absent. */
    public void setAllowedExtraSections(List<String> allowedExtraSections) {
        this.allowedExtraSections = allowedExtraSections;
    }

    /** The template used where {@code template} (with {@code {1}}...) names no existing file. */
    public void setFallbackTemplate(String fallbackTemplate) {
        this.fallbackTemplate = fallbackTemplate;
    }

    public void setOptionalSections(List<String> optionalSections) {
        this.optionalSections = optionalSections;
    }

    public void setOptionalSubsections(List<String> optionalSubsections) {
        this.optionalSubsections = optionalSubsections;
    }

    public void setAllowExtraSections(boolean allowExtraSections) {
        this.allowExtraSections = allowExtraSections;
    }
}
