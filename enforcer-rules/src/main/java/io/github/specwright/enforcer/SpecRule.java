package io.github.specwright.enforcer;

import io.github.specwright.core.baseline.BaselineCheck;
import io.github.specwright.core.baseline.BaselineException;
import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.check.CheckResult;
import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.check.ConfigOption;
import io.github.specwright.core.check.ConfigOptions;
import io.github.specwright.core.check.OptionValue;
import io.github.specwright.core.base.Finding;
import io.github.specwright.core.base.RuleGroup;
import io.github.specwright.core.check.RuleIds;
import io.github.specwright.core.base.Severity;
import io.github.specwright.core.check.SpecChecker;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.apache.maven.enforcer.rule.api.AbstractEnforcerRule;
import org.apache.maven.enforcer.rule.api.EnforcerRuleError;
import org.apache.maven.enforcer.rule.api.EnforcerRuleException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;

/**
 * What the Specwright rules share: the POM options, their mapping onto a core
 * {@link CheckConfig}, the run of one {@link RuleGroup}, and the report.
 *
 * <p>Every option is optional. Without any, the rule checks the project directory with
 * {@link CheckConfig#defaults()}, which fits the layout the Specwright archetype generates. A
 * {@code configFile} (the file the command line reads) replaces those defaults, and options set
 * in the POM override single values of either. {@code root}, {@code configFile} and the
 * templates resolve against the project directory; globs ({@code policies}, {@code excludes})
 * match paths relative to {@code root}.
 *
 * <p>A failing rule lists every error finding, one per line, below a one-line summary; warning
 * findings are logged and never fail the build. A configuration that cannot work is an
 * {@link EnforcerRuleError}, which fails the build even at {@code WARN} level.
 */
public abstract class SpecRule extends AbstractEnforcerRule {

    private final MavenProject project;
    private final MavenSession session;
    private final MojoExecution execution;
    private final RuleGroup group;
    private final String fileNoun;
    private final String filesNoun;
    private final String brokenThing;

    /**
     * The POM options set on this rule, by POM name, as {@link ConfigOptions} declares them; an
     * option not here is not set in the POM. Maven sets them through the setters below.
     */
    private final Map<String, OptionValue> options = new LinkedHashMap<>();
    // The options whose values are not one text or list: read here, not through their declaration.
    private List<SpecPolicy> policies;
    private Map<String, String> severities;

    /**
     * @param project     the project whose directory relative paths resolve against
     * @param session     the build, the scope in which rules configured alike share one check
     *                    run; null for no sharing
     * @param execution   the enforcer execution, whose configuration tells which rules are alike;
     *                    null for no sharing
     * @param group       the one group of checks this rule runs
     * @param fileNoun    what a checked file is called in the summary: "spec"
     * @param filesNoun   its plural: "specs"
     * @param brokenThing what failing files break: "the template"
     */
    protected SpecRule(MavenProject project, MavenSession session, MojoExecution execution, RuleGroup group,
            String fileNoun, String filesNoun, String brokenThing) {
        this.project = Objects.requireNonNull(project, "project");
        this.session = session;
        this.execution = execution;
        this.group = group;
        this.fileNoun = fileNoun;
        this.filesNoun = filesNoun;
        this.brokenThing = brokenThing;
    }

    @Override
    public void execute() throws EnforcerRuleException {
        requireOwnOptions();
        Path checkedRoot = checkedRoot();
        CheckConfig config = buildConfig();
        long start = System.nanoTime();
        long cpuStart = ProcessCpu.nanos();
        SharedRuns.Shared run;
        try {
            run = check(checkedRoot, config);
        } catch (ConfigException e) {
            throw new EnforcerRuleError(getRuleName() + ": " + e.getMessage(), e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (ProcessCpu.nanos() - cpuStart) / 1_000_000;
        int files = run.result().filesChecked();
        getLog().info(getRuleName() + ": checked " + files + (files == 1 ? " file" : " files") + " in " + millis
                + " ms" + (cpuStart < 0 ? "" : ", " + cpuMillis + " ms of CPU")
                + (run.reused() ? " (sharing one read of the files with an earlier rule)" : ""));
        CheckResult result = withBaseline(checkedRoot, config, run.result());
        ReportFiles.write(reportDirectory(), getRuleName(), result, getLog());
        report(checkedRoot, result);
    }

    /** The result without the findings the baseline accepts (when one is configured), and its stale entries. */
    private CheckResult withBaseline(Path checkedRoot, CheckConfig config, CheckResult result) throws EnforcerRuleError {
        if (config.baseline() == null) {
            return result;
        }
        try {
            CheckResult filtered = BaselineCheck.apply(checkedRoot, checkedRoot.resolve(config.baseline()), result,
                    config, true);
            getLog().info(getRuleName() + ": " + filtered.baselined() + " finding" + (filtered.baselined() == 1 ? "" : "s")
                    + " accepted by the baseline " + config.baseline());
            return filtered;
        } catch (BaselineException e) {
            throw new EnforcerRuleError(getRuleName() + ": " + String.join(System.lineSeparator(), e.problems()));
        }
    }

    /**
     * Runs this rule's group, or takes its part of a run shared with the other Specwright rules of
     * this execution that are configured exactly like it.
     */
    private SharedRuns.Shared check(Path checkedRoot, CheckConfig config) throws ConfigException, EnforcerRuleError {
        Set<RuleGroup> alike = execution == null || session == null
                ? Set.of()
                : AlikeRules.groupsConfiguredLike(execution.getConfiguration(), getRuleName());
        if (alike.size() < 2) {
            return new SharedRuns.Shared(new SpecChecker(config).check(checkedRoot), false);
        }
        // The project directory too: relative options in the same XML mean other files in another module.
        String key = projectDirectory() + "\n" + checkedRoot + "\n"
                + AlikeRules.configurationOf(execution.getConfiguration(), getRuleName());
        CheckConfig sharedConfig = buildConfig(alike);
        SharedRuns.Shared shared;
        try {
            shared = SharedRuns.result(session, key, () -> new SpecChecker(sharedConfig).check(checkedRoot));
        } catch (ConfigException e) {
            // Said by this rule's group alone, the error (or its absence) is this rule's own.
            return new SharedRuns.Shared(new SpecChecker(config).check(checkedRoot), false);
        }
        List<Finding> mine = shared.result().findings().stream()
                .filter(f -> config.isEnabled(f.ruleId()))
                .toList();
        return new SharedRuns.Shared(new CheckResult(mine, shared.result().filesChecked()), shared.reused());
    }

    /** The POM element name, used in log lines and error messages. */
    @Override
    public String getRuleName() {
        String simpleName = getClass().getSimpleName();
        return Character.toLowerCase(simpleName.charAt(0)) + simpleName.substring(1);
    }

    private void report(Path checkedRoot, CheckResult result) throws EnforcerRuleException {
        List<String> errors = new ArrayList<>();
        Set<String> failingFiles = new TreeSet<>();
        for (Finding finding : result.findings()) {
            String line = format(checkedRoot, finding);
            if (finding.severity() == Severity.ERROR) {
                errors.add(line);
                failingFiles.add(finding.path());
            } else {
                getLog().warn(line);
            }
        }
        if (!errors.isEmpty()) {
            StringBuilder message = new StringBuilder(summary(failingFiles.size()));
            errors.forEach(line -> message.append(System.lineSeparator()).append(line));
            String fixable = fixableHint(result);
            if (fixable != null) {
                message.append(System.lineSeparator()).append(fixable);
            }
            throw new EnforcerRuleException(message.toString());
        }
    }

    /** Which of the errors {@code ./mvnw specwright:fix} repairs, or null when none. */
    static String fixableHint(CheckResult result) {
        Set<String> rules = new TreeSet<>();
        long count = 0;
        for (Finding finding : result.findings()) {
            if (finding.severity() == Severity.ERROR && RuleIds.isFixable(finding.ruleId())) {
                rules.add(finding.ruleId());
                count++;
            }
        }
        return count == 0 ? null : count + " of these (" + String.join(", ", rules) + ") can be repaired with"
                + " ./mvnw specwright:fix";
    }

    /** "1 spec breaks the template:", "3 specs break the template:". */
    String summary(int failingFiles) {
        return failingFiles == 1
                ? "1 " + fileNoun + " breaks " + brokenThing + ":"
                : failingFiles + " " + filesNoun + " break " + brokenThing + ":";
    }

    /**
     * {@code path:line:column: [rule-id] message}, the path relative to the project directory
     * when the checked root lies inside it (so IDEs and terminals can link it), else absolute.
     */
    private String format(Path checkedRoot, Finding finding) {
        Path file = checkedRoot.resolve(finding.path()).normalize();
        Path projectDir = projectDirectory();
        String shown = file.startsWith(projectDir)
                ? projectDir.relativize(file).toString().replace(File.separatorChar, '/')
                : file.toString();
        return shown + ":" + finding.line() + ":" + finding.column() + ": [" + finding.ruleId() + "] "
                + finding.message();
    }

    private Path checkedRoot() throws EnforcerRuleError {
        OptionValue root = valueOf(ConfigOptions.byPomName("root"));
        Path checkedRoot = root == null ? projectDirectory() : resolve(root.text());
        if (!Files.isDirectory(checkedRoot)) {
            throw new EnforcerRuleError(getRuleName() + ": root " + checkedRoot + " is not a directory");
        }
        return checkedRoot;
    }

    /** Defaults or the config file, then every option set in the POM, for this rule's group. */
    CheckConfig buildConfig() throws EnforcerRuleError {
        return buildConfig(Set.of(group));
    }

    private CheckConfig buildConfig(Set<RuleGroup> groups) throws EnforcerRuleError {
        try {
            CheckConfig.Builder builder = baseConfig().toBuilder();
            for (ConfigOption option : ConfigOptions.ALL) {
                OptionValue value = valueOf(option);
                if (value != null && option.setter() != null) {
                    option.apply(builder, option.isPath() ? OptionValue.of(resolve(value.text()).toString()) : value,
                            option.pomName());
                }
            }
            if (policies != null) {
                builder.clearPolicies();
                for (SpecPolicy policy : policies) {
                    builder.policy(policy.toPolicyRule(this::resolve));
                    if (policy.templateVersionPolicy() != null) {
                        builder.templateVersion(policy.glob(), policy.templateVersionPolicy());
                    }
                }
            }
            if (severities != null) {
                for (Map.Entry<String, String> entry : severities.entrySet()) {
                    ConfigOptions.severity(builder, entry.getKey(), entry.getValue(), "severity of " + entry.getKey());
                }
            }
            builder.groups(groups);
            return builder.build();
        } catch (ConfigException e) {
            throw new EnforcerRuleError(getRuleName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The value of an option: set on this rule, else the project property {@code specwright.NAME}
     * (a user property wins), which every Specwright rule of the project reads; null when neither is set.
     */
    private OptionValue valueOf(ConfigOption option) {
        if (option.pomName() == null) {
            return null;
        }
        OptionValue own = options.get(option.pomName());
        if (own != null) {
            return own;
        }
        String property = "specwright." + option.pomName();
        String text = session != null && session.getUserProperties() != null
                ? session.getUserProperties().getProperty(property) : null;
        if (text == null && project.getProperties() != null) {
            text = project.getProperties().getProperty(property);
        }
        return text == null ? null : OptionValue.ofFile(List.of(text));
    }

    /**
     * Fails on an option set on this rule that belongs to another rule's group: it would be
     * silently ignored here. Shared options are accepted by every rule.
     */
    void requireOwnOptions() throws EnforcerRuleError {
        for (String name : options.keySet()) {
            ConfigOption option = ConfigOptions.byPomName(name);
            if (option != null && !option.isShared() && option.group() != group) {
                throw new EnforcerRuleError(getRuleName() + ": the option <" + name + "> belongs to "
                        + String.join(" or ", option.group().enforcerRules()) + " ("
                        + option.group().name().toLowerCase(Locale.ROOT) + " rules), not to " + getRuleName()
                        + ", which ignores it; move it there");
            }
        }
    }

    private CheckConfig baseConfig() throws ConfigException {
        OptionValue configFile = valueOf(ConfigOptions.byPomName("configFile"));
        if (configFile == null) {
            return CheckConfig.defaults();
        }
        Path file = resolve(configFile.text());
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("configFile " + file + " does not exist");
        }
        return CheckConfig.load(file);
    }

    /** A path from the POM, against the project directory. */
    private Path resolve(String path) {
        return projectDirectory().resolve(path).normalize();
    }

    /** {@code ${project.build.directory}/specwright}, where the SARIF and JSON reports go. */
    Path reportDirectory() {
        String build = project.getBuild() == null ? null : project.getBuild().getDirectory();
        Path target = build == null ? projectDirectory().resolve("target") : Path.of(build);
        return target.resolve("specwright");
    }

    private Path projectDirectory() {
        return project.getBasedir().toPath().toAbsolutePath().normalize();
    }

    // Setters: Maven uses them to configure the rule from the POM; the tests use them too.

    public void setConfigFile(File configFile) {
        set("configFile", configFile.getPath());
    }

    public void setRoot(File root) {
        set("root", root.getPath());
    }

    public void setPolicies(List<SpecPolicy> policies) {
        this.policies = policies;
        options.put("policies", OptionValue.ofItems(List.of()));
    }

    /** {@code <severities><line-length>warning</line-length></severities>}: error, warning or off. */
    public void setSeverities(Map<String, String> severities) {
        this.severities = severities;
        options.put("severities", OptionValue.ofItems(List.of()));
    }

    public void setTemplate(String template) {
        set("template", template);
    }

    public void setDefaultPolicy(String defaultPolicy) {
        set("defaultPolicy", defaultPolicy);
    }

    public void setShortRequiredSections(List<String> shortRequiredSections) {
        set("shortRequiredSections", shortRequiredSections);
    }

    public void setLicenseHeader(String licenseHeader) {
        set("licenseHeader", licenseHeader);
    }

    public void setTrackerLinkPattern(String trackerLinkPattern) {
        set("trackerLinkPattern", trackerLinkPattern);
    }

    public void setLinkOptOutMarker(String linkOptOutMarker) {
        set("linkOptOutMarker", linkOptOutMarker);
    }

    public void setMaxLineLength(Integer maxLineLength) {
        set("maxLineLength", String.valueOf(maxLineLength));
    }

    public void setMaxFileSize(Long maxFileSize) {
        set("maxFileSize", String.valueOf(maxFileSize));
    }

    public void setAllowImages(Boolean allowImages) {
        set("allowImages", String.valueOf(allowImages));
    }

    public void setCheckOrder(Boolean checkOrder) {
        set("checkOrder", String.valueOf(checkOrder));
    }

    public void setPrioritiesDocuments(List<String> prioritiesDocuments) {
        set("prioritiesDocuments", prioritiesDocuments);
    }

    public void setPrioritiesDetailsTitles(List<String> prioritiesDetailsTitles) {
        set("prioritiesDetailsTitles", prioritiesDetailsTitles);
    }

    public void setPrioritiesMaxContacts(Integer prioritiesMaxContacts) {
        set("prioritiesMaxContacts", String.valueOf(prioritiesMaxContacts));
    }

    /** The baseline file: findings it holds are accepted (see {@code specwright baseline}). */
    public void setBaseline(File baseline) {
        set("baseline", baseline.getPath());
    }

    /** {@code <frontMatter><key>status: draft|approved</key>...</frontMatter>}: one declaration per element. */
    public void setFrontMatter(List<String> frontMatter) {
        set("frontMatter", frontMatter);
    }

    /** {@code latest}, {@code declared} or {@code latest-for-changed}: which template version specs follow. */
    public void setTemplateVersion(String templateVersion) {
        set("templateVersion", templateVersion);
    }

    /** Globs of kept copies of earlier template versions. */
    public void setTemplateVersions(List<String> templateVersions) {
        set("templateVersions", templateVersions);
    }

    /** {@code Old title > New title} entries, applied by specwright:migrate. */
    public void setRenamedSections(List<String> renamedSections) {
        set("renamedSections", renamedSections);
    }

    public void setExtensions(List<String> extensions) {
        set("extensions", extensions);
    }

    public void setExcludes(List<String> excludes) {
        set("excludes", excludes);
    }

    public void setDisabledRules(List<String> disabledRules) {
        set("disabledRules", disabledRules);
    }

    public void setInvisibleCharacters(List<String> invisibleCharacters) {
        set("invisibleCharacters", invisibleCharacters);
    }

    public void setCheckTabsInMarkdownCode(Boolean check) {
        set("checkTabsInMarkdownCode", String.valueOf(check));
    }

    public void setImplementedDirectory(String directory) {
        set("implementedDirectory", directory);
    }

    public void setAbandonedDirectory(String directory) {
        set("abandonedDirectory", directory);
    }

    public void setPlaceholders(List<String> placeholders) {
        set("placeholders", placeholders);
    }

    public void setCheckTemplateText(Boolean check) {
        set("checkTemplateText", String.valueOf(check));
    }

    /** A one-text option, under its declared POM name ({@link ConfigOptions}). */
    private void set(String pomName, String value) {
        options.put(pomName, OptionValue.of(value == null ? "" : value));
    }

    /** A list option, one item per POM element. */
    private void set(String pomName, List<String> items) {
        options.put(pomName, OptionValue.ofItems(items == null ? List.of() : items));
    }

    @Override
    public String toString() {
        return getRuleName() + options;
    }
}
