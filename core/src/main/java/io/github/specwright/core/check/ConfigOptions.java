package io.github.specwright.core.check;

import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.base.Rule;
import io.github.specwright.core.base.RuleGroup;
import io.github.specwright.core.base.Severity;
import io.github.specwright.core.template.TemplateVersionPolicy;
import io.github.specwright.core.template.TemplateVersionSettings;

import static io.github.specwright.core.base.RuleGroup.CONSISTENCY;
import static io.github.specwright.core.base.RuleGroup.FORMAT;
import static io.github.specwright.core.base.RuleGroup.PRIORITIES;
import static io.github.specwright.core.base.RuleGroup.TEMPLATE;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every configuration option, declared once: the configuration file reader, the enforcer rules
 * and the Maven goals set a {@link CheckConfig.Builder} through these declarations, and the
 * settings table of {@code docs/configuration.md} is generated from them ({@code
 * OptionTableTest}).
 *
 * <p>To add an option: a field, builder method and getter in {@link CheckConfig}, one entry
 * here, and, when the POM takes it, a setter in the enforcer's {@code SpecRule} that calls
 * {@code set(NAME, value)}; then regenerate the docs' table.
 */
public final class ConfigOptions {

    private static final String TEXT = "text";
    private static final String LIST = "list";
    private static final String NUMBER = "whole number";
    private static final String BOOLEAN = "true or false";
    private static final String PATH = "path";

    /** The options in the order the docs list them. */
    public static final List<ConfigOption> ALL = List.of(
            option("template", "template", PATH, "`specs/template.rst`", null,
                    "The template, relative to the checked root. Its top-level sections and their direct subsections "
                            + "are the expected structure. A template that is needed but missing is a configuration "
                            + "error naming the path.",
                    (b, v, n) -> b.template(v.requiredText(n))),
            option("default-policy", "defaultPolicy", TEXT, "`format-only`", null,
                    "Policy of files no `[policy]` matches: `full`, `short`, `format-only`, `ignore`.",
                    (b, v, n) -> b.defaultPolicy(policy(v.requiredText(n), n))),
            option("short-required-sections", "shortRequiredSections", LIST, "`Problem description, Proposed change`",
                    TEMPLATE, "Sections a short spec must have.", (b, v, n) -> b.shortRequiredSections(v.items())),
            option("license-header", "licenseHeader", TEXT, "the CC-BY 3.0 sentence and URL of the template", null,
                    "Text that must appear, whitespace aside, before the document title. `none`: no licence check.",
                    (b, v, n) -> b.licenseHeader(v.textOrNone())),
            option("tracker-link-pattern", "trackerLinkPattern", TEXT,
                    "GitHub/GitLab issues, Jira `browse/KEY-1`, Launchpad `+bug/1` and `bugs/1`, StoryBoard `story/1`",
                    null, "Java regular expression; some line before the first section must contain a match. `none`: "
                            + "no link check.",
                    (b, v, n) -> b.trackerLinkPattern(v.textOrNone())),
            option("link-opt-out-marker", "linkOptOutMarker", TEXT, "`.. no-tracker-link`", null,
                    "A line starting with this text (after indentation) stands in for the link (ironic uses `.. lint: "
                            + "norfe`). With the default, a Markdown file may write it as `<!-- no-tracker-link -->`.",
                    (b, v, n) -> b.linkOptOutMarker(v.textOrNone())),
            option("max-line-length", "maxLineLength", NUMBER, "`79`", FORMAT, "Longest line, in characters.",
                    (b, v, n) -> b.maxLineLength((int) v.wholeNumber(n))),
            option("allow-images", "allowImages", BOOLEAN, "`false`", TEMPLATE,
                    "Whether `image` and `figure` directives are allowed in specs (the template asks for ASCII "
                            + "diagrams).",
                    (b, v, n) -> b.allowImages(v.bool(n))),
            option("check-order", "checkOrder", BOOLEAN, "`false`", TEMPLATE,
                    "Report template sections and subsections that appear out of the template's order.",
                    (b, v, n) -> b.checkOrder(v.bool(n))),
            option("max-file-size", "maxFileSize", NUMBER, "`1048576`", null,
                    "Larger files are reported (`file-size`) and not read.",
                    (b, v, n) -> b.maxFileSize(v.wholeNumber(n))),
            option("groups", null, LIST, "`template, format, syntax, priorities, consistency`", null,
                    "Rule groups to run (the enforcer runs one group per rule).",
                    (b, v, n) -> b.groups(groups(v.items()))),
            option("extensions", "extensions", LIST, "`.rst`", null, "File extensions that are checked.",
                    (b, v, n) -> b.extensions(new LinkedHashSet<>(v.items()))),
            option("excludes", "excludes", LIST, "`target/, **/target/`", null,
                    "Globs of paths never checked; a glob ending in `/` excludes a directory.",
                    (b, v, n) -> b.excludes(v.items())),
            option("disable", "disabledRules", LIST, "(none)", null, "Rule ids turned off.",
                    (b, v, n) -> v.items().forEach(b::disable)),
            option("priorities-documents", "prioritiesDocuments", LIST, "`priorities/`", null,
                    "Globs of the priorities documents, checked by the `priorities-*` rules (tables well formed, "
                            + "every linked priority described, every description listed, contacts per row).",
                    (b, v, n) -> b.prioritiesDocuments(v.items())),
            option("priorities-details-titles", "prioritiesDetailsTitles", LIST, "`Details, Goals Details`", PRIORITIES,
                    "Titles of the section whose subsections describe the priorities; the first present wins.",
                    (b, v, n) -> b.prioritiesDetailsTitles(v.items())),
            option("priorities-max-contacts", "prioritiesMaxContacts", NUMBER, "`2`", PRIORITIES,
                    "The most primary contacts one priorities table row may name.",
                    (b, v, n) -> b.prioritiesMaxContacts((int) v.wholeNumber(n))),
            option("invisible-characters", "invisibleCharacters", LIST, "`default`", FORMAT,
                    "Which invisible characters `invisible-character` reports: `default` (zero-width spaces and "
                            + "joiners, bidi controls, a BOM after the start, soft hyphens, every Unicode format "
                            + "character; a joiner inside an emoji sequence excepted), code points `U+00A0` and ranges "
                            + "`U+2000-U+200A` added to it, or `none`.",
                    (b, v, n) -> b.invisibleCharacters(InvisibleCharacters.parse(v.items()))),
            option("check-tabs-in-markdown-code", "checkTabsInMarkdownCode", BOOLEAN, "`false`", FORMAT,
                    "Report tab indentation inside fenced Markdown code blocks too (Go code and Makefiles are "
                            + "tab-indented).",
                    (b, v, n) -> b.checkTabsInMarkdownCode(v.bool(n))),
            option("implemented-directory", "implementedDirectory", TEXT, "`implemented`", CONSISTENCY,
                    "The directory, beside a spec's own, where `implement` moves it; a Markdown spec's `status` must "
                            + "match it there.",
                    (b, v, n) -> b.implementedDirectory(v.text())),
            option("abandoned-directory", "abandonedDirectory", TEXT, "`not-implemented`", CONSISTENCY,
                    "The directory, beside a spec's own, where `abandon` and `supersede` move it.",
                    (b, v, n) -> b.abandonedDirectory(v.text())),
            option("placeholders", "placeholders", LIST, "`TBD, TODO, XXX`", TEMPLATE,
                    "What a section of a full spec may not hold as its only content (`placeholder`).",
                    (b, v, n) -> b.placeholders(v.items())),
            option("check-template-text", "checkTemplateText", BOOLEAN, "`true`", TEMPLATE,
                    "Report paragraphs and list items that are the template's guidance word for word "
                            + "(`template-text`, a warning, which a fresh copy of the template has until its author "
                            + "replaces the guidance).",
                    (b, v, n) -> b.checkTemplateText(v.bool(n))),
            option("template-version", "templateVersion", TEXT, "`latest`", TEMPLATE,
                    "Which version of the template each spec is checked against ([Template versions]"
                            + "(#template-versions)): `latest` (the template as it is), `declared` (the version the "
                            + "spec declares; without a marker, the oldest), `latest-for-changed` (the latest for "
                            + "specs changed since `base` or `--changed-since`, the declared one for the others; "
                            + "without a base, the declared one for all). A `[policy]` (`<policy>`) may set its own.",
                    (b, v, n) -> b.templateVersion(templateVersion(v.text(), n))),
            option("template-versions", "templateVersions", LIST, "(none)", TEMPLATE,
                    "Globs of kept copies of earlier template versions (`specs/*-template.rst`, nova's per-release "
                            + "templates): each is the version its own marker declares, else the one its file name "
                            + "tells (`queens-template.rst` and `queens.rst` are `queens`).",
                    (b, v, n) -> b.templateVersionCopies(v.items())),
            option("renamed-sections", "renamedSections", LIST, "(none)", TEMPLATE,
                    "Section renames `migrate` applies, `Old title > New title`, one a line (or comma-separated on "
                            + "one line): the section keeps its content under the new title.",
                    (b, v, n) -> b.renamedSections(renames(v.items()))),
            option("base", null, TEXT, "(none)", CONSISTENCY,
                    "A git ref (`origin/main`) the consistency checks compare with: a spec that existed there and is "
                            + "gone without a redirect is a `missing-redirect` finding. `check --changed-since REF` "
                            + "(and the check goal's `changedSince`) use REF.",
                    (b, v, n) -> b.base(v.textOrNone())),
            option("baseline", "baseline", PATH, "(none)", null,
                    "A baseline file, relative to the checked root, as `specwright baseline` writes it: the findings "
                            + "it holds are accepted ([adopting.md](adopting.md)).",
                    (b, v, n) -> b.baseline(v.textOrNone())),
            option("severity.RULE-ID", "severities", "error, warning or off", "see below", null,
                    "`error`, `warning` or `off` for one rule (in the POM: `<severities><RULE-ID>warning</RULE-ID>"
                            + "</severities>`).",
                    null),
            option(null, "frontMatter", LIST, "(none)", TEMPLATE,
                    "The `[front-matter]` declarations, one per element (`status: draft\\|approved`).",
                    (b, v, n) -> b.frontMatter(v.items())),
            option(null, "policies", "list of policies", "the default layout", null,
                    "The `[policy GLOB]` sections: `<policy><glob>`, `<kind>`, `<template>`, ...", null),
            option(null, "configFile", PATH, "(none)", null,
                    "A configuration file in the format above; POM options override its values.", null),
            option(null, "root", PATH, "the project directory", null, "The directory checked.", null));

    private ConfigOptions() {
    }

    /**
     * The settings table of {@code docs/configuration.md}: every option, with its file key and POM
     * name, the group of enforcer rules that takes it ("all" for the shared ones), its default and
     * what it does.
     */
    public static String markdownTable() {
        StringBuilder table = new StringBuilder("| Key | POM | Rules | Default | Meaning |\n|---|---|---|---|---|\n");
        for (ConfigOption option : ALL) {
            table.append("| ").append(option.key() == null ? "" : "`" + option.key() + "`")
                    .append(" | ").append(option.pomName() == null ? "" : "`" + option.pomName() + "`")
                    .append(" | ").append(option.isShared() ? "all" : option.group().name().toLowerCase(Locale.ROOT))
                    .append(" | ").append(option.defaultText())
                    .append(" | ").append(option.doc()).append(" |\n");
        }
        return table.toString();
    }

    private static ConfigOption option(String key, String pomName, String type, String defaultText, RuleGroup group,
                                       String doc, ConfigOption.Setter setter) {
        return new ConfigOption(key, pomName, type, defaultText, group, doc, setter);
    }

    /** The option the configuration file's {@code [check]} section names {@code key}, or null. */
    public static ConfigOption byKey(String key) {
        return ALL.stream().filter(option -> key.equals(option.key())).findFirst().orElse(null);
    }

    /** The option a POM names {@code pomName}, or null. */
    public static ConfigOption byPomName(String pomName) {
        return ALL.stream().filter(option -> pomName.equals(option.pomName())).findFirst().orElse(null);
    }

    /**
     * Sets the severity of one rule: {@code error}, {@code warning} ({@code warn} too) or {@code off}.
     * {@code name} names the setting in the message of a bad level.
     */
    public static void severity(CheckConfig.Builder builder, String ruleId, String level, String name)
            throws ConfigException {
        switch (level == null ? "" : level.strip().toLowerCase(Locale.ROOT)) {
            case "error" -> builder.severity(ruleId, Severity.ERROR);
            case "warning", "warn" -> builder.severity(ruleId, Severity.WARNING);
            case "off" -> builder.disable(ruleId);
            default -> throw new ConfigException(name + " must be error, warning or off, not '"
                    + (level == null ? "" : level.strip()) + "'");
        }
    }

    /** {@code latest}, {@code declared} or {@code latest-for-changed}; {@code name} names the setting in the message. */
    public static TemplateVersionPolicy templateVersion(String text, String name) throws ConfigException {
        TemplateVersionPolicy policy = TemplateVersionPolicy.parse(text);
        if (policy == null) {
            throw new ConfigException(name + " must be latest, declared or latest-for-changed, not '"
                    + (text == null ? "" : text.strip()) + "'");
        }
        return policy;
    }

    private static List<String> renames(List<String> entries) throws ConfigException {
        try {
            TemplateVersionSettings.parseRenames(entries);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
        return entries;
    }

    private static Policy policy(String text, String name) throws ConfigException {
        Policy policy = Policy.parse(text);
        if (policy == null) {
            throw new ConfigException(name + " is '" + text + "'; use full, short, format-only or ignore");
        }
        return policy;
    }

    private static Set<RuleGroup> groups(List<String> names) throws ConfigException {
        Set<RuleGroup> groups = EnumSet.noneOf(RuleGroup.class);
        for (String name : names) {
            try {
                groups.add(RuleGroup.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("unknown rule group '" + name + "'; expected "
                        + EnumSet.allOf(RuleGroup.class).stream().map(g -> g.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")));
            }
        }
        return groups;
    }
}
