package io.github.specwright.enforcer;

import io.github.specwright.core.baseline.BaselineCheck;
import io.github.specwright.core.baseline.BaselineException;
import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.check.CheckResult;
import io.github.specwright.core.check.ConfigException;
import io.github.specwright.core.check.Finding;
import io.github.specwright.core.check.RuleGroup;
import io.github.specwright.core.check.RuleIds;
import io.github.specwright.core.check.Severity;
import io.github.specwright.core.check.SpecChecker;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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

    /** Written for "no licence header", "no tracker link", "no opt-out marker", as in the config file. */
    private static final String NONE = "none";

    private final MavenProject project;
    private final MavenSession session;
    private final MojoExecution execution;
    private final RuleGroup group;
    private final String fileNoun;
    private final String filesNoun;
    private final String brokenThing;

    // POM options. Maven sets them through the setters; null means "not set in the POM".
    private File configFile;
    private File root;
    private String template;
    private String defaultPolicy;
    private List<String> shortRequiredSections;
    private List<SpecPolicy> policies;
    private String licenseHeader;
    private String trackerLinkPattern;
    private String linkOptOutMarker;
    private Integer maxLineLength;
    private Long maxFileSize;
    private Boolean allowImages;
    private Boolean checkOrder;
    private List<String> extensions;
    private List<String> excludes;
    private Map<String, String> severities;
    private List<String> disabledRules;
    private List<String> prioritiesDocuments;
    private List<String> prioritiesDetailsTitles;
    private Integer prioritiesMaxContacts;
    private List<String> frontMatter;
    private File baseline;
    private String templateVersion;
    private List<String> templateVersions;
    private List<String> renamedSections;

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
        Path checkedRoot = root == null ? projectDirectory() : resolve(root.getPath());
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
            if (template != null) {
                builder.template(resolve(template).toString());
            }
            if (defaultPolicy != null) {
                builder.defaultPolicy(SpecPolicy.kind(defaultPolicy, "defaultPolicy"));
            }
            if (shortRequiredSections != null) {
                builder.shortRequiredSections(shortRequiredSections);
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
            if (licenseHeader != null) {
                builder.licenseHeader(noneAsNull(licenseHeader));
            }
            if (trackerLinkPattern != null) {
                builder.trackerLinkPattern(noneAsNull(trackerLinkPattern));
            }
            if (linkOptOutMarker != null) {
                builder.linkOptOutMarker(noneAsNull(linkOptOutMarker));
            }
            if (maxLineLength != null) {
                builder.maxLineLength(maxLineLength);
            }
            if (maxFileSize != null) {
                builder.maxFileSize(maxFileSize);
            }
            if (allowImages != null) {
                builder.allowImages(allowImages);
            }
            if (checkOrder != null) {
                builder.checkOrder(checkOrder);
            }
            if (extensions != null) {
                builder.extensions(new LinkedHashSet<>(extensions));
            }
            if (excludes != null) {
                builder.excludes(excludes);
            }
            if (severities != null) {
                for (Map.Entry<String, String> entry : severities.entrySet()) {
                    applySeverity(builder, entry.getKey(), entry.getValue());
                }
            }
            if (disabledRules != null) {
                disabledRules.forEach(builder::disable);
            }
            if (prioritiesDocuments != null) {
                builder.prioritiesDocuments(prioritiesDocuments);
            }
            if (prioritiesDetailsTitles != null) {
                builder.prioritiesDetailsTitles(prioritiesDetailsTitles);
            }
            if (prioritiesMaxContacts != null) {
                builder.prioritiesMaxContacts(prioritiesMaxContacts);
            }
            if (frontMatter != null) {
                builder.frontMatter(frontMatter);
            }
            if (baseline != null) {
                builder.baseline(resolve(baseline.getPath()).toString());
            }
            if (templateVersion != null) {
                builder.templateVersion(SpecPolicy.templateVersion(templateVersion, "templateVersion"));
            }
            if (templateVersions != null) {
                builder.templateVersionCopies(templateVersions);
            }
            if (renamedSections != null) {
                builder.renamedSections(renamedSections);
            }
            builder.groups(groups);
            return builder.build();
        } catch (ConfigException e) {
            throw new EnforcerRuleError(getRuleName() + ": " + e.getMessage(), e);
        }
    }

    private CheckConfig baseConfig() throws ConfigException {
        if (configFile == null) {
            return CheckConfig.defaults();
        }
        Path file = resolve(configFile.getPath());
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("configFile " + file + " does not exist");
        }
        return CheckConfig.load(file);
    }

    /** {@code <severities><line-length>warning</line-length></severities>}: error, warning or off. */
    private static void applySeverity(CheckConfig.Builder builder, String ruleId, String level)
            throws ConfigException {
        switch (level == null ? "" : level.strip().toLowerCase(Locale.ROOT)) {
            case "error" -> builder.severity(ruleId, Severity.ERROR);
            case "warning", "warn" -> builder.severity(ruleId, Severity.WARNING);
            case "off" -> builder.disable(ruleId);
            default -> throw new ConfigException("severity of " + ruleId + " must be error, warning or off, not '"
                    + level + "'");
        }
    }

    private static String noneAsNull(String value) {
        String stripped = value.strip();
        return stripped.isEmpty() || stripped.equalsIgnoreCase(NONE) ? null : stripped;
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
        this.configFile = configFile;
    }

    public void setRoot(File root) {
        this.root = root;
    }

    public void setTemplate(String template) {
        this.template = template;
    }

    public void setDefaultPolicy(String defaultPolicy) {
        this.defaultPolicy = defaultPolicy;
    }

    public void setShortRequiredSections(List<String> shortRequiredSections) {
        this.shortRequiredSections = shortRequiredSections;
    }

    public void setPolicies(List<SpecPolicy> policies) {
        this.policies = policies;
    }

    public void setLicenseHeader(String licenseHeader) {
        this.licenseHeader = licenseHeader;
    }

    public void setTrackerLinkPattern(String trackerLinkPattern) {
        this.trackerLinkPattern = trackerLinkPattern;
    }

    public void setLinkOptOutMarker(String linkOptOutMarker) {
        this.linkOptOutMarker = linkOptOutMarker;
    }

    public void setMaxLineLength(Integer maxLineLength) {
        this.maxLineLength = maxLineLength;
    }

    public void setMaxFileSize(Long maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    public void setAllowImages(Boolean allowImages) {
        this.allowImages = allowImages;
    }

    public void setCheckOrder(Boolean checkOrder) {
        this.checkOrder = checkOrder;
    }

    public void setPrioritiesDocuments(List<String> prioritiesDocuments) {
        this.prioritiesDocuments = prioritiesDocuments;
    }

    public void setPrioritiesDetailsTitles(List<String> prioritiesDetailsTitles) {
        this.prioritiesDetailsTitles = prioritiesDetailsTitles;
    }

    public void setPrioritiesMaxContacts(Integer prioritiesMaxContacts) {
        this.prioritiesMaxContacts = prioritiesMaxContacts;
    }

    /** The baseline file: findings it holds are accepted (see {@code specwright baseline}). */
    public void setBaseline(File baseline) {
        this.baseline = baseline;
    }

    /** {@code <frontMatter><key>status: draft|approved</key>...</frontMatter>}: one declaration per element. */
    public void setFrontMatter(List<String> frontMatter) {
        this.frontMatter = frontMatter;
    }

    /** {@code latest}, {@code declared} or {@code latest-for-changed}: which template version specs follow. */
    public void setTemplateVersion(String templateVersion) {
        this.templateVersion = templateVersion;
    }

    /** Globs of kept copies of earlier template versions. */
    public void setTemplateVersions(List<String> templateVersions) {
        this.templateVersions = templateVersions;
    }

    /** {@code Old title > New title} entries, applied by specwright:migrate. */
    public void setRenamedSections(List<String> renamedSections) {
        this.renamedSections = renamedSections;
    }

    public void setExtensions(List<String> extensions) {
        this.extensions = extensions;
    }

    public void setExcludes(List<String> excludes) {
        this.excludes = excludes;
    }

    public void setSeverities(Map<String, String> severities) {
        this.severities = severities;
    }

    public void setDisabledRules(List<String> disabledRules) {
        this.disabledRules = disabledRules;
    }

    @Override
    public String toString() {
        return getRuleName() + "[root=" + root + ", configFile=" + configFile + ", template=" + template + "]";
    }
}
