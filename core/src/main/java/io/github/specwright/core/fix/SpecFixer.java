package io.github.specwright.core.fix;

import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.check.Policy;
import io.github.specwright.core.check.PolicyRule;
import io.github.specwright.core.parse.DocumentParsers;
import io.github.specwright.core.rst.RstParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fixer for a specs repository: which files to fix and which template sections each must
 * hold come from the same {@link CheckConfig} as the checks, so that after a fix the checks
 * find nothing of a fixable kind. Full specs get every template section and subsection the
 * policy does not make optional; short specs get the short-spec sections; other files only
 * the formatting fixes.
 */
public final class SpecFixer {

    private final CheckConfig config;
    private final Fixer fixer;
    private final boolean dryRun;

    public SpecFixer(CheckConfig config, FixOptions options) {
        this.config = config;
        this.fixer = new Fixer(options);
        this.dryRun = options.dryRun();
    }

    /** Fixes every checked file under {@code root}. */
    public FixResult fix(Path root) throws ConfigException {
        return fix(root, List.of(root));
    }

    /**
     * Fixes the given files and the checked files under the given directories (relative to
     * {@code root} or absolute). Hidden and excluded paths and ignored files are skipped.
     */
    public FixResult fix(Path root, List<Path> paths) throws ConfigException {
        Path base = root.toAbsolutePath().normalize();
        Set<Path> files = new LinkedHashSet<>();
        for (Path path : paths) {
            Path absolute = base.resolve(path).normalize();
            if (Files.isDirectory(absolute)) {
                walk(base, absolute, files);
            } else {
                files.add(absolute);
            }
        }
        Map<String, RequiredSections> templates = new HashMap<>();
        Map<Path, RequiredSections> required = new HashMap<>();
        for (Path file : files) {
            required.put(file, requiredFor(base, relative(base, file), templates));
        }
        FileFixer fileFixer = new FileFixer(fixer, name -> required.getOrDefault(base.resolve(name).normalize(),
                RequiredSections.none()), dryRun);
        return fileFixer.fix(base, new ArrayList<>(files));
    }

    /** Adds the checked files under {@code directory} that no policy ignores (hidden and excluded paths skipped). */
    void walk(Path base, Path directory, Set<Path> files) throws ConfigException {
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(directory) && (dir.getFileName().toString().startsWith(".")
                            || config.isExcluded(relative(base, dir) + "/"))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = relative(base, file);
                    if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")
                            && config.extensionOf(file.getFileName().toString()) != null
                            && !config.isExcluded(name) && config.policyFor(name) != Policy.IGNORE) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new ConfigException("cannot list " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The sections {@code name} must hold under its policy. */
    RequiredSections requiredFor(Path base, String name, Map<String, RequiredSections> templates)
            throws ConfigException {
        Policy policy = config.policyFor(name);
        if (!policy.checksTemplate() || config.extensionOf(name) == null || !".rst".equals(config.extensionOf(name))) {
            return RequiredSections.none();
        }
        PolicyRule rule = config.policyRuleFor(name);
        String templatePath = config.templateFor(rule, name, base);
        if (name.equals(templatePath) || DocumentParsers.formatOf(templatePath) == DocumentParsers.Format.MARKDOWN) {
            // Sections are added in reStructuredText; a Markdown template's headings have no RST adornment.
            return RequiredSections.none();
        }
        RequiredSections template = templates.get(templatePath);
        if (template == null) {
            template = loadTemplate(base, templatePath);
            templates.put(templatePath, template);
        }
        RequiredSections required = policy == Policy.SHORT
                ? template.only(new LinkedHashSet<>(config.shortRequiredSections()))
                : template;
        return rule == null ? required : withoutOptional(required, rule);
    }

    private static RequiredSections loadTemplate(Path base, String templatePath) throws ConfigException {
        Path path = base.resolve(templatePath);
        if (!Files.isRegularFile(path)) {
            throw new ConfigException("template file not found: " + templatePath + " (looked for " + path + ")");
        }
        try {
            String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
            return RequiredSections.fromTemplate(RstParser.parse(text, templatePath));
        } catch (IOException e) {
            throw new ConfigException("cannot read template file " + templatePath + ": " + e.getMessage(), e);
        }
    }

    static RequiredSections withoutOptional(RequiredSections required, PolicyRule rule) {
        List<SectionOutline> kept = new ArrayList<>();
        for (SectionOutline section : required.sections()) {
            if (rule.optionalSections().contains(section.title())) {
                continue;
            }
            List<String> subsections = new ArrayList<>();
            for (String sub : section.subsections()) {
                if (!rule.isOptionalSubsection(section.title(), sub)) {
                    subsections.add(sub);
                }
            }
            kept.add(new SectionOutline(section.title(), subsections));
        }
        return new RequiredSections(kept, required.sectionStyle(), required.subsectionStyle());
    }

    private static String relative(Path base, Path file) {
        return FileFixer.relative(base, file);
    }
}
