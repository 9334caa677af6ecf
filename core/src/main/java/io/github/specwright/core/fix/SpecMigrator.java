package io.github.specwright.core.fix;

import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.check.Policy;
import io.github.specwright.core.check.PolicyRule;
import io.github.specwright.core.parse.DocumentParsers;
import io.github.specwright.core.template.VersionMarker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code migrate}: brings the specs of a repository to the latest version of their template. Each
 * full spec gets the template's sections and subsections it lacks (those its policy makes optional
 * aside), each short spec the short-spec sections it lacks; every spec gets the configured section
 * renames ({@code renamed-sections}) and, when the template declares a version, that version as its
 * marker. Nothing is removed and no other text changes; each file is replaced atomically, or left
 * as it was on any error. Files of other policies are left alone.
 */
public final class SpecMigrator {

    private final CheckConfig config;
    private final boolean dryRun;

    /** @param dryRun work out each file's migration without writing it ({@code --diff}, {@code --dry-run}) */
    public SpecMigrator(CheckConfig config, boolean dryRun) {
        this.config = config;
        this.dryRun = dryRun;
    }

    /** Migrates the given specs and the specs under the given directories (relative to {@code root}, or absolute). */
    public FixResult migrate(Path root, List<Path> paths) throws ConfigException {
        Path base = root.toAbsolutePath().normalize();
        Set<Path> files = new LinkedHashSet<>();
        SpecFixer walker = new SpecFixer(config, FixOptions.defaults());
        for (Path path : paths) {
            Path absolute = base.resolve(path).normalize();
            if (Files.isDirectory(absolute)) {
                walker.walk(base, absolute, files);
            } else {
                files.add(absolute);
            }
        }
        Map<String, Migration.Plan> plans = new HashMap<>();
        Map<String, TemplateText> templates = new HashMap<>();
        List<Path> specs = new ArrayList<>();
        for (Path file : files) {
            String name = FileFixer.relative(base, file);
            Migration.Plan plan = planFor(base, name, templates);
            if (plan != null) {
                plans.put(name, plan);
                specs.add(file);
            }
        }
        specs.sort(null);
        FileFixer fileFixer = new FileFixer((source, name) -> Migration.apply(source, name, plans.get(name)), dryRun);
        return fileFixer.fix(base, specs);
    }

    /** A template's sections and declared version. */
    private record TemplateText(RequiredSections sections, String version) {
    }

    /** What {@code name} is brought to, or null when its policy does not check the template (or it is the template). */
    private Migration.Plan planFor(Path base, String name, Map<String, TemplateText> templates) throws ConfigException {
        Policy policy = config.policyFor(name);
        if (!policy.checksTemplate() || config.extensionOf(name) == null) {
            return null;
        }
        PolicyRule rule = config.policyRuleFor(name);
        String templatePath = config.templateFor(rule, name, base);
        if (base.resolve(name).normalize().equals(base.resolve(templatePath).normalize())) {
            return null;
        }
        boolean specMarkdown = DocumentParsers.formatOf(name) == DocumentParsers.Format.MARKDOWN;
        boolean templateMarkdown = DocumentParsers.formatOf(templatePath) == DocumentParsers.Format.MARKDOWN;
        if (specMarkdown != templateMarkdown) {
            return null; // a Markdown spec beside a reStructuredText template: titles cannot be written alike
        }
        TemplateText template = templates.get(templatePath);
        if (template == null) {
            template = load(base, templatePath, templateMarkdown);
            templates.put(templatePath, template);
        }
        RequiredSections required = policy == Policy.SHORT
                ? template.sections().only(new LinkedHashSet<>(config.shortRequiredSections()))
                : template.sections();
        return new Migration.Plan(rule == null ? required : SpecFixer.withoutOptional(required, rule),
                config.templateVersions().renames(), template.version());
    }

    private static TemplateText load(Path base, String templatePath, boolean markdown) throws ConfigException {
        Path path = base.resolve(templatePath);
        if (!Files.isRegularFile(path)) {
            throw new ConfigException("template file not found: " + templatePath + " (looked for " + path + ")");
        }
        try {
            String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
            VersionMarker.Found version = VersionMarker.find(text, markdown);
            return new TemplateText(RequiredSections.fromTemplate(
                    io.github.specwright.core.parse.DocumentParsers.parse(text, templatePath)),
                    version == null ? null : version.version());
        } catch (IOException e) {
            throw new ConfigException("cannot read template file " + templatePath + ": " + e.getMessage(), e);
        }
    }
}
