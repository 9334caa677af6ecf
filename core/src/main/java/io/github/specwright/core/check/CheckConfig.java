package io.github.specwright.core.check;

import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.base.RuleGroup;
import io.github.specwright.core.base.Severity;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import io.github.specwright.core.base.PrioritiesOptions;
import io.github.specwright.core.template.TemplateVersionPolicy;
import io.github.specwright.core.template.TemplateVersionSettings;

/**
 * What the spec checks check, and where. Immutable and thread-safe; make one with
 * {@link #defaults()}, {@link #load(Path)} or {@link #builder()}.
 *
 * <p>The default layout: the template is {@code specs/template.rst}; {@code specs/approved/}
 * is checked against the full template, {@code specs/backlog/} as short specs, every other
 * file with a checked extension for formatting and markup only. See {@code docs/configuration.md}.
 */
public final class CheckConfig {

    public static final String DEFAULT_TEMPLATE = "specs/template.rst";
    public static final String DEFAULT_LICENSE_HEADER = "This work is licensed under a Creative Commons"
            + " Attribution 3.0 Unported License. http://creativecommons.org/licenses/by/3.0/legalcode";
    /** Links to the usual trackers: GitHub/GitLab issues, Jira, Launchpad, StoryBoard. */
    public static final String DEFAULT_TRACKER_LINK_PATTERN =
            "https?://\\S*(/issues/\\d+|/browse/[A-Z][A-Z0-9_]*-\\d+|/\\+bug/\\d+|/bugs/\\d+|/story/\\d+)";
    public static final String DEFAULT_LINK_OPT_OUT_MARKER = ".. no-tracker-link";
    /** The default marker's Markdown form: the same words in an HTML comment, invisible when rendered. */
    public static final String DEFAULT_MARKDOWN_LINK_OPT_OUT_MARKER = "<!-- no-tracker-link -->";
    public static final int DEFAULT_MAX_LINE_LENGTH = 79;
    /** Where priorities documents live in the default layout. */
    public static final String DEFAULT_PRIORITIES_DOCUMENTS = "priorities/";
    public static final long DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
    public static final List<String> DEFAULT_SHORT_REQUIRED_SECTIONS = List.of("Problem description", "Proposed change");

    private final String template;
    private final List<PolicyRule> policies;
    private final Policy defaultPolicy;
    private final List<String> shortRequiredSections;
    private final String licenseHeader;
    private final String trackerLinkPattern;
    private final String linkOptOutMarker;
    private final int maxLineLength;
    private final boolean allowImages;
    private final boolean checkOrder;
    private final long maxFileSize;
    private final String baseline;
    private final String base;
    private final List<String> placeholders;
    private final boolean templateText;
    private final String implementedDirectory;
    private final String abandonedDirectory;
    private final InvisibleCharacters invisibleCharacters;
    private final boolean tabsInMarkdownCode;
    private final List<DirectoryLayout> directoryLayouts;
    private final Set<RuleGroup> groups;
    private final Set<String> extensions;
    private final List<String> excludes;
    private final Map<String, Severity> severities;
    private final Set<String> disabledRules;
    private final List<String> prioritiesDocuments;
    private final PrioritiesOptions prioritiesOptions;
    private final List<String> frontMatterDeclarations;
    private final FrontMatterOptions frontMatter;
    private final TemplateVersionSettings templateVersions;

    // Compiled forms, derived from the fields above.
    private final List<PathMatcher> policyMatchers;
    private final List<PathMatcher> excludeMatchers;
    private final List<PathMatcher> prioritiesMatchers;
    private final Pattern trackerLink;

    private CheckConfig(Builder b, List<PathMatcher> policyMatchers, List<PathMatcher> excludeMatchers,
                        List<PathMatcher> prioritiesMatchers, Pattern trackerLink) {
        this.template = b.template;
        this.policies = List.copyOf(b.policies);
        this.defaultPolicy = b.defaultPolicy;
        this.shortRequiredSections = List.copyOf(b.shortRequiredSections);
        this.licenseHeader = b.licenseHeader;
        this.trackerLinkPattern = b.trackerLinkPattern;
        this.linkOptOutMarker = b.linkOptOutMarker;
        this.maxLineLength = b.maxLineLength;
        this.allowImages = b.allowImages;
        this.checkOrder = b.checkOrder;
        this.maxFileSize = b.maxFileSize;
        this.baseline = b.baseline;
        this.base = b.base;
        this.placeholders = List.copyOf(b.placeholders);
        this.templateText = b.templateText;
        this.implementedDirectory = b.implementedDirectory;
        this.abandonedDirectory = b.abandonedDirectory;
        this.invisibleCharacters = b.invisibleCharacters;
        this.tabsInMarkdownCode = b.tabsInMarkdownCode;
        this.directoryLayouts = List.copyOf(b.directoryLayouts);
        this.groups = b.groups.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(b.groups));
        this.extensions = Set.copyOf(b.extensions);
        this.excludes = List.copyOf(b.excludes);
        this.severities = Map.copyOf(b.severities);
        this.disabledRules = Set.copyOf(b.disabledRules);
        this.prioritiesDocuments = List.copyOf(b.prioritiesDocuments);
        this.prioritiesOptions = b.prioritiesOptions;
        this.frontMatterDeclarations = List.copyOf(b.frontMatterDeclarations);
        this.frontMatter = b.frontMatter;
        this.templateVersions = b.templateVersions;
        this.prioritiesMatchers = List.copyOf(prioritiesMatchers);
        this.policyMatchers = List.copyOf(policyMatchers);
        this.excludeMatchers = List.copyOf(excludeMatchers);
        this.trackerLink = trackerLink;
    }

    /** The default layout (see the class comment). */
    public static CheckConfig defaults() {
        try {
            return builder().build();
        } catch (ConfigException e) {
            throw new IllegalStateException("the default configuration is invalid", e);
        }
    }

    /** Reads a configuration file (format: {@code docs/configuration.md}). */
    public static CheckConfig load(Path file) throws ConfigException {
        return ConfigFileReader.read(file);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.template = template;
        b.policies = new ArrayList<>(policies);
        b.defaultPolicy = defaultPolicy;
        b.shortRequiredSections = new ArrayList<>(shortRequiredSections);
        b.licenseHeader = licenseHeader;
        b.trackerLinkPattern = trackerLinkPattern;
        b.linkOptOutMarker = linkOptOutMarker;
        b.maxLineLength = maxLineLength;
        b.allowImages = allowImages;
        b.checkOrder = checkOrder;
        b.maxFileSize = maxFileSize;
        b.baseline = baseline;
        b.base = base;
        b.placeholders = placeholders;
        b.templateText = templateText;
        b.implementedDirectory = implementedDirectory;
        b.abandonedDirectory = abandonedDirectory;
        b.invisibleCharacters = invisibleCharacters;
        b.tabsInMarkdownCode = tabsInMarkdownCode;
        b.directoryLayouts = new ArrayList<>(directoryLayouts);
        b.groups = groups.isEmpty() ? EnumSet.noneOf(RuleGroup.class) : EnumSet.copyOf(groups);
        b.extensions = new LinkedHashSet<>(extensions);
        b.excludes = new ArrayList<>(excludes);
        b.severities = new LinkedHashMap<>(severities);
        b.disabledRules = new LinkedHashSet<>(disabledRules);
        b.prioritiesDocuments = new ArrayList<>(prioritiesDocuments);
        b.prioritiesDetailsTitles = new ArrayList<>(prioritiesOptions.detailsTitles());
        b.prioritiesMaxContacts = prioritiesOptions.maxContacts();
        b.frontMatterDeclarations = new ArrayList<>(frontMatterDeclarations);
        b.templateVersionPolicy = templateVersions.policy();
        b.templateVersionByGlob = new LinkedHashMap<>(templateVersions.policyByGlob());
        b.templateVersionCopies = new ArrayList<>(templateVersions.copies());
        b.renamedSections = new ArrayList<>();
        templateVersions.renames().forEach((from, to) -> b.renamedSections.add(from + " > " + to));
        return b;
    }

    public String template() {
        return template;
    }

    /** The front matter declarations as configured ({@code status: draft|approved}), in order. */
    public List<String> frontMatterDeclarations() {
        return frontMatterDeclarations;
    }

    /** What the YAML front matter of Markdown specs must hold; {@link FrontMatterOptions#none()} by default. */
    public FrontMatterOptions frontMatter() {
        return frontMatter;
    }

    /**
     * Template versions: which version each spec is checked against ({@code template-version}),
     * the kept copies of earlier versions ({@code template-versions}) and the renames
     * {@code migrate} applies ({@code renamed-sections}).
     */
    public TemplateVersionSettings templateVersions() {
        return templateVersions;
    }

    public List<PolicyRule> policies() {
        return policies;
    }

    public Policy defaultPolicy() {
        return defaultPolicy;
    }

    public List<String> shortRequiredSections() {
        return shortRequiredSections;
    }

    /** The licence text required before the title (whitespace-insensitive), or null for none. */
    public String licenseHeader() {
        return licenseHeader;
    }

    /** The regular expression a tracker link matches, or null when no link is required. */
    public String trackerLinkPattern() {
        return trackerLinkPattern;
    }

    Pattern trackerLink() {
        return trackerLink;
    }

    public String linkOptOutMarker() {
        return linkOptOutMarker;
    }

    public int maxLineLength() {
        return maxLineLength;
    }

    public boolean allowImages() {
        return allowImages;
    }

    public boolean checkOrder() {
        return checkOrder;
    }

    public long maxFileSize() {
        return maxFileSize;
    }

    /**
     * Whether tab indentation inside Markdown code blocks is reported ({@code
     * check-tabs-in-markdown-code}); off by default, since Go and Makefile examples are tab-indented.
     */
    public boolean checksTabsInMarkdownCode() {
        return tabsInMarkdownCode;
    }

    /** What directories may hold ({@code [directory-layout GLOB]} sections), in order. */
    public List<DirectoryLayout> directoryLayouts() {
        return directoryLayouts;
    }

    /** Which invisible characters are reported ({@code invisible-characters}). */
    public InvisibleCharacters invisibleCharacters() {
        return invisibleCharacters;
    }

    /**
     * Whether specs are searched for the template's guidance left in place ({@code
     * check-template-text}); on by default: its findings are warnings, which a fresh copy of the
     * template has until its author replaces the guidance.
     */
    public boolean checksTemplateText() {
        return templateText;
    }

    /** What a section of a full spec may not hold alone ({@code placeholders}): TBD, TODO, XXX by default. */
    public List<String> placeholders() {
        return placeholders;
    }

    /** The name of the directory, beside a spec's own, where {@code implement} moves it ({@code implemented-directory}). */
    public String implementedDirectory() {
        return implementedDirectory;
    }

    /** The name of the directory, beside a spec's own, where {@code abandon} moves it ({@code abandoned-directory}). */
    public String abandonedDirectory() {
        return abandonedDirectory;
    }

    /**
     * The git ref the repository is compared with ({@code [check] base}, or a command's
     * {@code --changed-since}): a spec that existed there and is gone needs a redirect. Null: none.
     */
    public String base() {
        return base;
    }

    /** The baseline file, relative to the repository root, or null for none ({@code [check] baseline}). */
    public String baseline() {
        return baseline;
    }

    public Set<RuleGroup> groups() {
        return groups;
    }

    public Set<String> extensions() {
        return extensions;
    }

    public List<String> excludes() {
        return excludes;
    }

    public Map<String, Severity> severities() {
        return severities;
    }

    public Set<String> disabledRules() {
        return disabledRules;
    }

    /** Globs of the priorities documents (root-relative); a glob ending in {@code /} means a directory. */
    public List<String> prioritiesDocuments() {
        return prioritiesDocuments;
    }

    /** The layout priorities documents follow: details section titles, contact limit. */
    public PrioritiesOptions prioritiesOptions() {
        return prioritiesOptions;
    }

    /** Whether a root-relative path is a priorities document, checked by the priorities rules. */
    public boolean isPrioritiesDocument(String relativePath) {
        Path path = Path.of(relativePath);
        for (PathMatcher matcher : prioritiesMatchers) {
            if (matcher.matches(path)) {
                return true;
            }
        }
        return false;
    }

    /** Whether findings of {@code ruleId} are reported: its group is on and it is not disabled. */
    public boolean isEnabled(String ruleId) {
        return groups.contains(RuleIds.groupOf(ruleId)) && !disabledRules.contains(ruleId);
    }

    /** The configured severity of a rule, else its default. */
    public Severity severityOf(String ruleId) {
        Severity configured = severities.get(ruleId);
        return configured != null ? configured : RuleIds.defaultSeverity(ruleId);
    }

    /** The first policy rule whose glob matches the root-relative path, or null for the default policy. */
    public PolicyRule policyRuleFor(String relativePath) {
        Path path = Path.of(relativePath);
        for (int i = 0; i < policies.size(); i++) {
            if (policyMatchers.get(i).matches(path)) {
                return policies.get(i);
            }
        }
        return null;
    }

    /** The policy of a root-relative path. */
    public Policy policyFor(String relativePath) {
        PolicyRule rule = policyRuleFor(relativePath);
        return rule == null ? defaultPolicy : rule.kind();
    }

    /** The template path for a rule: its own, else the configuration's. */
    public String templateFor(PolicyRule rule) {
        return rule != null && rule.template() != null ? rule.template() : template;
    }

    /**
     * The template of one file under {@code root}: its policy's, with {@code {N}} filled from what
     * the policy glob's wildcards matched in the path, or the policy's fallback template when that
     * file does not exist; the configuration's template for files no policy names one for.
     */
    public String templateFor(PolicyRule rule, String relativePath, Path root) {
        if (rule == null || rule.template() == null) {
            return template;
        }
        String filled = GlobCaptures.fill(rule.glob(), relativePath, rule.template());
        if (rule.fallbackTemplate() != null && !java.nio.file.Files.isRegularFile(root.resolve(filled))) {
            return rule.fallbackTemplate();
        }
        return filled;
    }

    /**
     * Whether a root-relative path is excluded. A path with a trailing {@code /} is a directory:
     * it is excluded when a glob matches it or everything in it ({@code target/} or {@code target/**}).
     */
    public boolean isExcluded(String relativePath) {
        if (relativePath.endsWith("/")) {
            String directory = relativePath.substring(0, relativePath.length() - 1);
            return matchesExclude(directory) || matchesExclude(directory + "/" + ANY_CHILD);
        }
        return matchesExclude(relativePath);
    }

    /** A name standing for "any file in the directory" when testing directory globs. */
    private static final String ANY_CHILD = "-";

    private boolean matchesExclude(String relativePath) {
        Path path = Path.of(relativePath);
        for (PathMatcher matcher : excludeMatchers) {
            if (matcher.matches(path)) {
                return true;
            }
        }
        return false;
    }

    /** The checked extension of a file name ({@code .rst}), or null when it has none of them. */
    public String extensionOf(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        for (String extension : extensions) {
            if (lower.endsWith(extension.toLowerCase(java.util.Locale.ROOT))) {
                return extension;
            }
        }
        return null;
    }

    static PathMatcher compileGlob(String glob, String what) throws ConfigException {
        return compileGlob(glob, what, null);
    }

    private static PathMatcher compileGlob(String glob, String what, String setting) throws ConfigException {
        String pattern = glob.endsWith("/") ? glob + "**" : glob;
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        } catch (IllegalArgumentException e) {
            throw ConfigException.forSetting(setting,
                    "invalid glob '" + glob + "' in " + what + ": " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Collects settings; {@link #build()} validates them. */
    public static final class Builder {
        private String template = DEFAULT_TEMPLATE;
        private List<PolicyRule> policies = new ArrayList<>(List.of(
                PolicyRule.of("specs/approved/", Policy.FULL),
                PolicyRule.of("specs/backlog/", Policy.SHORT)));
        private Policy defaultPolicy = Policy.FORMAT_ONLY;
        private List<String> shortRequiredSections = new ArrayList<>(DEFAULT_SHORT_REQUIRED_SECTIONS);
        private String licenseHeader = DEFAULT_LICENSE_HEADER;
        private String trackerLinkPattern = DEFAULT_TRACKER_LINK_PATTERN;
        private String linkOptOutMarker = DEFAULT_LINK_OPT_OUT_MARKER;
        private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;
        private boolean allowImages;
        private boolean checkOrder;
        private long maxFileSize = DEFAULT_MAX_FILE_SIZE;
        private String baseline;
        private String base;
        private List<String> placeholders = List.of("TBD", "TODO", "XXX");
        private boolean templateText = true;
        private String implementedDirectory = "implemented";
        private String abandonedDirectory = "not-implemented";
        private InvisibleCharacters invisibleCharacters = InvisibleCharacters.defaults();
        private boolean tabsInMarkdownCode;
        private List<DirectoryLayout> directoryLayouts = new ArrayList<>();
        private Set<RuleGroup> groups = EnumSet.allOf(RuleGroup.class);
        private Set<String> extensions = new LinkedHashSet<>(List.of(".rst"));
        private List<String> excludes = new ArrayList<>(List.of("target/", "**/target/"));
        private Map<String, Severity> severities = new LinkedHashMap<>();
        private Set<String> disabledRules = new LinkedHashSet<>();
        private List<String> prioritiesDocuments = new ArrayList<>(List.of(DEFAULT_PRIORITIES_DOCUMENTS));
        private List<String> prioritiesDetailsTitles = PrioritiesOptions.defaults().detailsTitles();
        private int prioritiesMaxContacts = PrioritiesOptions.defaults().maxContacts();
        private PrioritiesOptions prioritiesOptions;
        private List<String> frontMatterDeclarations = new ArrayList<>();
        private FrontMatterOptions frontMatter;
        private TemplateVersionPolicy templateVersionPolicy = TemplateVersionPolicy.LATEST;
        private Map<String, TemplateVersionPolicy> templateVersionByGlob = new LinkedHashMap<>();
        private List<String> templateVersionCopies = new ArrayList<>();
        private List<String> renamedSections = new ArrayList<>();
        private TemplateVersionSettings templateVersions;

        private Builder() {
        }

        /** The template, relative to the checked root. */
        public Builder template(String path) {
            this.template = path;
            return this;
        }

        /** Adds a policy rule after the existing ones (the first matching rule wins). */
        public Builder policy(String glob, Policy policy) {
            return policy(PolicyRule.of(glob, policy));
        }

        /** Adds a policy rule after the existing ones (the first matching rule wins). */
        public Builder policy(PolicyRule rule) {
            this.policies.add(rule);
            return this;
        }

        /** Replaces every policy rule. */
        public Builder policies(List<PolicyRule> rules) {
            this.policies = new ArrayList<>(rules);
            return this;
        }

        /** Removes every policy rule (the default policy then applies everywhere). */
        public Builder clearPolicies() {
            this.policies = new ArrayList<>();
            return this;
        }

        /** The policy of files no rule matches ({@link Policy#FORMAT_ONLY} by default). */
        public Builder defaultPolicy(Policy policy) {
            this.defaultPolicy = policy;
            return this;
        }

        /** The sections a short spec must have. */
        public Builder shortRequiredSections(List<String> titles) {
            this.shortRequiredSections = new ArrayList<>(titles);
            return this;
        }

        /** The licence text required before the title, or null to not require one. */
        public Builder licenseHeader(String textOrNull) {
            this.licenseHeader = textOrNull;
            return this;
        }

        /** The regular expression of a tracker link required before the first section, or null for none. */
        public Builder trackerLinkPattern(String regexOrNull) {
            this.trackerLinkPattern = regexOrNull;
            return this;
        }

        /** A line (e.g. a comment) that stands for "this spec has no tracker link on purpose". */
        public Builder linkOptOutMarker(String marker) {
            this.linkOptOutMarker = marker;
            return this;
        }

        public Builder maxLineLength(int columns) {
            this.maxLineLength = columns;
            return this;
        }

        public Builder allowImages(boolean allow) {
            this.allowImages = allow;
            return this;
        }

        public Builder checkOrder(boolean check) {
            this.checkOrder = check;
            return this;
        }

        public Builder directoryLayout(DirectoryLayout layout) {
            this.directoryLayouts.add(layout);
            return this;
        }

        public Builder checkTabsInMarkdownCode(boolean check) {
            this.tabsInMarkdownCode = check;
            return this;
        }

        public Builder invisibleCharacters(InvisibleCharacters characters) {
            this.invisibleCharacters = characters;
            return this;
        }

        public Builder implementedDirectory(String name) {
            this.implementedDirectory = name;
            return this;
        }

        public Builder abandonedDirectory(String name) {
            this.abandonedDirectory = name;
            return this;
        }

        public Builder checkTemplateText(boolean check) {
            this.templateText = check;
            return this;
        }

        public Builder placeholders(List<String> words) {
            this.placeholders = List.copyOf(words);
            return this;
        }

        /** The git ref moved specs are compared with; null for none. */
        public Builder base(String ref) {
            this.base = ref == null || ref.isBlank() ? null : ref.strip();
            return this;
        }

        /** The baseline file, relative to the repository root; null for none. */
        public Builder baseline(String path) {
            this.baseline = path == null || path.isBlank() ? null : path;
            return this;
        }

        public Builder maxFileSize(long bytes) {
            this.maxFileSize = bytes;
            return this;
        }

        public Builder groups(Set<RuleGroup> groups) {
            this.groups = groups.isEmpty() ? EnumSet.noneOf(RuleGroup.class) : EnumSet.copyOf(groups);
            return this;
        }

        /** The file extensions that are checked, with their dot: {@code .rst}. */
        public Builder extensions(Set<String> extensions) {
            this.extensions = new LinkedHashSet<>(extensions);
            return this;
        }

        /** Globs of root-relative paths never checked; a glob ending in {@code /} excludes a directory. */
        public Builder excludes(List<String> globs) {
            this.excludes = new ArrayList<>(globs);
            return this;
        }

        public Builder severity(String ruleId, Severity severity) {
            this.severities.put(ruleId, severity);
            return this;
        }

        /** Turns one rule off. */
        public Builder disable(String ruleId) {
            this.disabledRules.add(ruleId);
            return this;
        }

        public Builder disabledRules(Collection<String> ruleIds) {
            this.disabledRules = new LinkedHashSet<>(ruleIds);
            return this;
        }

        /** Globs of the priorities documents, e.g. {@code priorities/}; empty for none. */
        public Builder prioritiesDocuments(List<String> globs) {
            this.prioritiesDocuments = new ArrayList<>(globs);
            return this;
        }

        /** Titles of the section holding the priorities' details, the first present wins. */
        public Builder prioritiesDetailsTitles(List<String> titles) {
            this.prioritiesDetailsTitles = new ArrayList<>(titles);
            return this;
        }

        /** The most primary contacts one row of a priorities table may name. */
        public Builder prioritiesMaxContacts(int max) {
            this.prioritiesMaxContacts = max;
            return this;
        }

        /**
         * What the YAML front matter of Markdown specs (full and short policies) must hold, one
         * declaration per key in the syntax of {@link FrontMatterOptions#parse(List)}:
         * {@code status: draft|approved}, {@code authors: non-empty}; replaces earlier ones.
         */
        public Builder frontMatter(List<String> declarations) {
            this.frontMatterDeclarations = new ArrayList<>(declarations);
            return this;
        }

        /** Which template version specs are checked against ({@code template-version}); latest by default. */
        public Builder templateVersion(TemplateVersionPolicy policy) {
            this.templateVersionPolicy = policy;
            return this;
        }

        /** The template version policy of the specs of one {@code [policy GLOB]}, over the general one. */
        public Builder templateVersion(String policyGlob, TemplateVersionPolicy policy) {
            this.templateVersionByGlob.put(policyGlob, policy);
            return this;
        }

        /** Globs of kept copies of earlier template versions ({@code template-versions}). */
        public Builder templateVersionCopies(List<String> globs) {
            this.templateVersionCopies = new ArrayList<>(globs);
            return this;
        }

        /** Section renames {@code migrate} applies, each {@code Old title > New title}. */
        public Builder renamedSections(List<String> entries) {
            this.renamedSections = new ArrayList<>(entries);
            return this;
        }

        /** Validates the settings and makes the configuration. */
        public CheckConfig build() throws ConfigException {
            if (template == null || template.isBlank()) {
                throw ConfigException.forSetting("template", "the template path is empty");
            }
            if (defaultPolicy == null) {
                throw ConfigException.forSetting("default-policy", "the default policy is not set");
            }
            if (maxLineLength < 1) {
                throw ConfigException.forSetting("max-line-length",
                        "max-line-length must be at least 1, not " + maxLineLength);
            }
            for (String[] directory : new String[][] {{"implemented-directory", implementedDirectory},
                    {"abandoned-directory", abandonedDirectory}}) {
                if (directory[1] == null || directory[1].isBlank() || directory[1].contains("/")
                        || directory[1].startsWith(".")) {
                    throw ConfigException.forSetting(directory[0], directory[0] + " must be a directory name"
                            + " (no '/'), not '" + directory[1] + "'");
                }
            }
            if (maxFileSize < 1) {
                throw ConfigException.forSetting("max-file-size",
                        "max-file-size must be at least 1 byte, not " + maxFileSize);
            }
            if (extensions.isEmpty()) {
                throw ConfigException.forSetting("extensions", "no file extension to check");
            }
            for (String extension : extensions) {
                if (extension == null || !extension.startsWith(".") || extension.length() < 2) {
                    throw ConfigException.forSetting("extensions",
                            "a file extension must start with a dot, like .rst: '" + extension + "'");
                }
            }
            for (String title : shortRequiredSections) {
                if (title == null || title.isBlank()) {
                    throw ConfigException.forSetting("short-required-sections", "a short-spec section title is empty");
                }
            }
            if (linkOptOutMarker != null && linkOptOutMarker.isBlank()) {
                linkOptOutMarker = null;
            }
            if (licenseHeader != null && licenseHeader.isBlank()) {
                licenseHeader = null;
            }
            for (String ruleId : severities.keySet()) {
                requireKnownRule(ruleId, "severity", "severity." + ruleId);
            }
            for (String ruleId : disabledRules) {
                requireKnownRule(ruleId, "disable", "disable");
            }
            List<PathMatcher> policyMatchers = new ArrayList<>();
            for (PolicyRule rule : policies) {
                policyMatchers.add(compileGlob(rule.glob(), "policy", "policy " + rule.glob()));
            }
            List<PathMatcher> excludeMatchers = new ArrayList<>();
            for (String glob : excludes) {
                if (glob == null || glob.isBlank()) {
                    throw ConfigException.forSetting("excludes", "an exclude glob is empty");
                }
                excludeMatchers.add(compileGlob(glob, "excludes", "excludes"));
            }
            if (prioritiesMaxContacts < 1) {
                throw ConfigException.forSetting("priorities-max-contacts",
                        "priorities-max-contacts must be at least 1, not " + prioritiesMaxContacts);
            }
            prioritiesOptions = PrioritiesOptions.defaults()
                    .withDetailsTitles(prioritiesDetailsTitles)
                    .withMaxContacts(prioritiesMaxContacts);
            List<PathMatcher> prioritiesMatchers = new ArrayList<>();
            for (String glob : prioritiesDocuments) {
                if (glob == null || glob.isBlank()) {
                    throw ConfigException.forSetting("priorities-documents", "a priorities-documents glob is empty");
                }
                prioritiesMatchers.add(compileGlob(glob, "priorities-documents", "priorities-documents"));
            }
            frontMatter = FrontMatterOptions.parse(frontMatterDeclarations);
            templateVersions = templateVersionSettings();
            Pattern trackerLink = null;
            if (trackerLinkPattern != null && !trackerLinkPattern.isBlank()) {
                try {
                    trackerLink = Pattern.compile(trackerLinkPattern);
                } catch (PatternSyntaxException e) {
                    throw ConfigException.forSetting("tracker-link-pattern",
                            "invalid tracker-link-pattern '" + trackerLinkPattern + "': " + e.getDescription());
                }
            } else {
                trackerLinkPattern = null;
            }
            return new CheckConfig(this, policyMatchers, excludeMatchers, prioritiesMatchers, trackerLink);
        }

        private TemplateVersionSettings templateVersionSettings() throws ConfigException {
            if (templateVersionPolicy == null || templateVersionByGlob.containsValue(null)) {
                throw ConfigException.forSetting("template-version",
                        "template-version must be latest, declared or latest-for-changed");
            }
            for (String glob : templateVersionCopies) {
                if (glob == null || glob.isBlank()) {
                    throw ConfigException.forSetting("template-versions", "a template-versions glob is empty");
                }
                compileGlob(glob, "template-versions", "template-versions");
            }
            try {
                return new TemplateVersionSettings(templateVersionPolicy, templateVersionByGlob, templateVersionCopies,
                        TemplateVersionSettings.parseRenames(renamedSections));
            } catch (IllegalArgumentException e) {
                throw ConfigException.forSetting("renamed-sections", e.getMessage());
            }
        }

        private static void requireKnownRule(String ruleId, String what, String setting) throws ConfigException {
            if (ruleId == null || !RuleIds.isKnown(ruleId)) {
                throw ConfigException.forSetting(setting, "unknown rule id '" + ruleId + "' in " + what
                        + "; known: " + new java.util.TreeSet<>(RuleIds.all()));
            }
        }
    }
}
