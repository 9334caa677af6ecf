package io.github.specwright.core.check;

import io.github.specwright.core.base.ConfigException;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import io.github.specwright.core.template.TemplateVersionPolicy;

/**
 * Reads the INI-style configuration file described in {@code docs/configuration.md}:
 * a {@code [check]} section of general settings and one {@code [policy GLOB]} section per
 * directory rule, in precedence order, and an optional {@code [front-matter]} section of
 * {@code key = constraint} lines for Markdown specs. A value may continue on indented lines; list values are
 * split on commas when written on one line, and are one item per line when continued.
 */
final class ConfigFileReader {

    private final Path file;
    private final CheckConfig.Builder builder = CheckConfig.builder();
    private final List<PolicyRule> policies = new ArrayList<>();
    private PendingPolicy policy;
    private PendingLayout layout;
    private boolean inCheckSection;
    private boolean inFrontMatterSection;
    private final List<String> frontMatter = new ArrayList<>();
    private boolean sawFrontMatter;
    private boolean sawPolicy;
    /** Where each setting was written, for the errors found when the configuration is built. */
    private final java.util.Map<String, Integer> settingLines = new java.util.HashMap<>();

    private ConfigFileReader(Path file) {
        this.file = file;
    }

    static CheckConfig read(Path file) throws ConfigException {
        return new ConfigFileReader(file).parse();
    }

    private CheckConfig parse() throws ConfigException {
        List<String> lines = readLines();
        String key = null;
        int keyLine = 0;
        List<String> value = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.strip();
            boolean continuation = !line.isEmpty() && Character.isWhitespace(line.charAt(0)) && !trimmed.isEmpty();
            if (continuation && key != null) {
                value.add(trimmed);
                continue;
            }
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith(";")) {
                continue;
            }
            if (key != null) {
                apply(key, value, keyLine);
                key = null;
            }
            int lineNumber = i + 1;
            if (continuation) {
                throw error(lineNumber, "indented line without a key before it");
            }
            if (trimmed.startsWith("[")) {
                startSection(trimmed, lineNumber);
                continue;
            }
            int equals = trimmed.indexOf('=');
            if (equals <= 0) {
                throw error(lineNumber, "expected 'key = value', found '" + trimmed + "'");
            }
            if (inFrontMatterSection) {
                declareFrontMatter(trimmed.substring(0, equals).strip(), trimmed.substring(equals + 1).strip(),
                        lineNumber);
                continue;
            }
            if (!inCheckSection && policy == null && layout == null) {
                throw error(lineNumber, "setting outside a section: start with [check] or [policy GLOB]");
            }
            key = trimmed.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            keyLine = lineNumber;
            if (inCheckSection) {
                settingLines.put(key, lineNumber);
            }
            value = new ArrayList<>();
            String first = trimmed.substring(equals + 1).strip();
            if (!first.isEmpty()) {
                value.add(first);
            }
        }
        if (key != null) {
            apply(key, value, keyLine);
        }
        finishPolicy();
        if (sawPolicy) {
            builder.policies(policies);
        }
        if (sawFrontMatter) {
            builder.frontMatter(frontMatter);
        }
        try {
            return builder.build();
        } catch (ConfigException e) {
            Integer line = e.setting() == null ? null : settingLines.get(e.setting());
            throw new ConfigException(file + (line == null ? "" : ":" + line) + ": " + e.getMessage(), e);
        }
    }

    private List<String> readLines() throws ConfigException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return text.lines().toList();
        } catch (CharacterCodingException e) {
            throw new ConfigException(file + ": not valid UTF-8");
        } catch (IOException e) {
            throw new ConfigException("cannot read configuration file " + file + ": " + describe(e));
        }
    }

    static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private void startSection(String header, int lineNumber) throws ConfigException {
        if (!header.endsWith("]")) {
            throw error(lineNumber, "section header without closing ']': " + header);
        }
        finishPolicy();
        String inside = header.substring(1, header.length() - 1).strip();
        inFrontMatterSection = false;
        if (inside.equals("check")) {
            inCheckSection = true;
            return;
        }
        if (inside.equals("front-matter")) {
            inCheckSection = false;
            inFrontMatterSection = true;
            sawFrontMatter = true;
            return;
        }
        if (inside.startsWith("directory-layout ") || inside.startsWith("directory-layout\t")) {
            String glob = unquote(inside.substring("directory-layout".length()).strip());
            if (glob.isEmpty()) {
                throw error(lineNumber, "a [directory-layout GLOB] section needs a glob");
            }
            inCheckSection = false;
            layout = new PendingLayout(glob, lineNumber);
            return;
        }
        if (inside.startsWith("policy ") || inside.startsWith("policy\t")) {
            String glob = unquote(inside.substring("policy".length()).strip());
            if (glob.isEmpty()) {
                throw error(lineNumber, "a [policy GLOB] section needs a glob");
            }
            inCheckSection = false;
            sawPolicy = true;
            policy = new PendingPolicy(glob, lineNumber);
            settingLines.put("policy " + glob, lineNumber);
            return;
        }
        throw error(lineNumber, "unknown section [" + inside + "]; expected [check], [policy GLOB], [directory-layout GLOB]"
                + " or [front-matter]");
    }

    /**
     * One {@code key = constraint} line of {@code [front-matter]}: the key as the YAML spells it
     * (case kept), the constraint in {@link FrontMatterOptions}' syntax; an empty one only
     * requires the key. Checked here so that a bad one is reported at its line.
     */
    private void declareFrontMatter(String key, String constraint, int line) throws ConfigException {
        if (key.contains(":") || key.contains(" ")) {
            throw error(line, "front matter key '" + key + "' is not a plain YAML key (no spaces or colons)");
        }
        String declaration = constraint.isEmpty() ? key : key + ": " + constraint;
        try {
            FrontMatterOptions.parse(List.of(declaration));
        } catch (ConfigException e) {
            throw error(line, e.getMessage());
        }
        frontMatter.add(declaration);
    }

    private void finishPolicy() throws ConfigException {
        finishLayout();
        if (policy == null) {
            return;
        }
        if (policy.kind == null) {
            throw error(policy.line, "[policy " + policy.glob + "] has no 'kind' (full, short, format-only or ignore)");
        }
        policies.add(new PolicyRule(policy.glob, policy.kind, policy.template, policy.optionalSections,
                policy.optionalSubsections, policy.allowExtraSections, policy.allowedExtraSections,
                policy.fallbackTemplate));
        policy = null;
    }

    private void apply(String key, List<String> value, int line) throws ConfigException {
        if (layout != null) {
            switch (key) {
                case "allowed" -> layout.allowed = list(value);
                case "message" -> layout.message = OptionValue.ofFile(value).text();
                default -> throw error(line, "unknown setting '" + key + "' in [directory-layout " + layout.glob
                        + "]; expected 'allowed' or 'message'");
            }
        } else if (policy != null) {
            applyPolicySetting(key, value, line);
        } else {
            applyCheckSetting(key, value, line);
        }
    }

    /** A {@code [check]} setting, read as its declaration in {@link ConfigOptions} says. */
    private void applyCheckSetting(String key, List<String> value, int line) throws ConfigException {
        try {
            if (key.startsWith("severity.")) {
                ConfigOptions.severity(builder, key.substring("severity.".length()), String.join(" ", value), key);
                return;
            }
            ConfigOption option = ConfigOptions.byKey(key);
            if (option == null || option.setter() == null) {
                throw new ConfigException("unknown setting '" + key + "' in [check]");
            }
            option.apply(builder, OptionValue.ofFile(value), key);
        } catch (ConfigException e) {
            throw error(line, e.getMessage());
        }
    }

    private void applyPolicySetting(String key, List<String> value, int line) throws ConfigException {
        switch (key) {
            case "kind" -> policy.kind = policyKind(requireValue(key, value, line), line);
            case "template" -> policy.template = orNull(value);
            case "optional-sections" -> policy.optionalSections = new LinkedHashSet<>(list(value));
            case "optional-subsections" -> policy.optionalSubsections = new LinkedHashSet<>(list(value));
            case "allow-extra-sections" -> policy.allowExtraSections = bool(key, value, line);
            case "allowed-extra-sections" -> policy.allowedExtraSections = new LinkedHashSet<>(list(value));
            case "fallback-template" -> policy.fallbackTemplate = orNull(value);
            case "template-version" -> builder.templateVersion(policy.glob, templateVersionPolicy(value, line));
            default -> throw error(line, "unknown setting '" + key + "' in [policy " + policy.glob + "]");
        }
    }

    private TemplateVersionPolicy templateVersionPolicy(List<String> value, int line) throws ConfigException {
        try {
            return ConfigOptions.templateVersion(OptionValue.ofFile(value).text(), "template-version");
        } catch (ConfigException e) {
            throw error(line, e.getMessage());
        }
    }

    private Policy policyKind(String text, int line) throws ConfigException {
        Policy kind = Policy.parse(text);
        if (kind == null) {
            throw error(line, "unknown policy kind '" + text + "'; expected full, short, format-only or ignore");
        }
        return kind;
    }

    // The [policy] and [directory-layout] settings read their values as the [check] options do.

    private static String orNull(List<String> value) {
        return OptionValue.ofFile(value).textOrNone();
    }

    private String requireValue(String key, List<String> value, int line) throws ConfigException {
        try {
            return OptionValue.ofFile(value).requiredText(key);
        } catch (ConfigException e) {
            throw error(line, e.getMessage());
        }
    }

    private boolean bool(String key, List<String> value, int line) throws ConfigException {
        try {
            return OptionValue.ofFile(value).bool(key);
        } catch (ConfigException e) {
            throw error(line, e.getMessage());
        }
    }

    private static List<String> list(List<String> value) {
        return OptionValue.ofFile(value).items();
    }

    private static String unquote(String text) {
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }

    private ConfigException error(int line, String message) {
        return new ConfigException(file + ":" + line + ": " + message);
    }

    private void finishLayout() throws ConfigException {
        if (layout == null) {
            return;
        }
        if (layout.allowed.isEmpty()) {
            throw error(layout.line, "[directory-layout " + layout.glob + "] has no 'allowed' (the names or globs of the"
                    + " entries its directories may hold)");
        }
        builder.directoryLayout(new DirectoryLayout(layout.glob, layout.allowed, layout.message));
        layout = null;
    }

    /** A {@code [directory-layout GLOB]} section being read. */
    private static final class PendingLayout {
        final String glob;
        final int line;
        List<String> allowed = List.of();
        String message = "";

        PendingLayout(String glob, int line) {
            this.glob = glob;
            this.line = line;
        }
    }

    private static final class PendingPolicy {
        final String glob;
        final int line;
        Policy kind;
        String template;
        Set<String> optionalSections = Set.of();
        Set<String> optionalSubsections = Set.of();
        boolean allowExtraSections;
        Set<String> allowedExtraSections = Set.of();
        String fallbackTemplate;

        PendingPolicy(String glob, int line) {
            this.glob = glob;
            this.line = line;
        }
    }
}
