package io.github.specwright.maven;

import io.github.specwright.core.baseline.BaselineCheck;
import io.github.specwright.core.baseline.BaselineException;
import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.check.CheckResult;
import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.base.Finding;
import io.github.specwright.core.base.Severity;
import io.github.specwright.core.check.SpecChecker;
import io.github.specwright.core.fix.FixOptions;
import io.github.specwright.core.fix.FixResult;
import io.github.specwright.core.fix.SpecFixer;
import io.github.specwright.core.report.GithubAnnotations;
import io.github.specwright.core.report.JsonReport;
import io.github.specwright.core.report.SarifReport;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the specs as the enforcer rules do, and writes the findings as SARIF 2.1.0
 * ({@code target/specwright/findings.sarif}, for code-scanning annotations) and JSON
 * ({@code target/specwright/findings.json}); under GitHub Actions it also prints workflow commands that
 * annotate the changed lines. Fails the build on errors unless {@code failOnError} is false.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends RepositoryMojo {

    /** Where the reports are written. */
    @Parameter(property = "specwright.reportDirectory", defaultValue = "${project.build.directory}/specwright", required = true)
    File reportDirectory;

    /** Fail the build when a finding is an error. */
    @Parameter(property = "specwright.failOnError", defaultValue = "true")
    boolean failOnError;

    /** Fix what can be fixed before checking. */
    @Parameter(property = "specwright.fix", defaultValue = "false")
    boolean fix;

    /** Check only the files changed against this git ref (and untracked files). */
    @Parameter(property = "specwright.changedSince")
    String changedSince;

    /** A baseline file (see the baseline goal): its findings are accepted. Default: the configuration's. */
    @Parameter(property = "specwright.baseline")
    File baseline;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        CheckConfig configured = config("Specwright: ");
        Path root = basedir.toPath();
        List<Path> selection = selection(changedSince, configured);
        CheckConfig config;
        try {
            config = changedSince == null || changedSince.isBlank() ? configured
                    : configured.toBuilder().base(changedSince).build();
        } catch (ConfigException e) {
            throw new MojoExecutionException("Specwright check: " + e.getMessage(), e);
        }
        CheckResult result;
        try {
            if (fix) {
                FixResult fixed = new SpecFixer(config, FixOptions.defaults()).fix(root, selection);
                logLines(fixed.format());
            }
            result = new SpecChecker(config).check(root, selection);
            Path baselineFile = baseline != null ? baseline.toPath()
                    : config.baseline() != null ? root.resolve(config.baseline()) : null;
            if (baselineFile != null) {
                result = BaselineCheck.apply(root, baselineFile, result, config, selection.equals(List.of(root)));
            }
        } catch (ConfigException e) {
            throw new MojoExecutionException("Specwright check: " + e.getMessage(), e);
        } catch (BaselineException e) {
            throw new MojoExecutionException("Specwright check: " + String.join(System.lineSeparator(), e.problems()));
        }
        writeReports(result);
        if (GithubAnnotations.underGithubActions(System.getenv())) {
            // Workflow commands must start a line of the step's output: print them bare.
            System.out.print(GithubAnnotations.render(result));
            System.out.flush();
        }
        long errors = result.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        for (Finding finding : result.findings()) {
            String line = finding.format();
            if (finding.severity() == Severity.ERROR) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
        getLog().info("Specwright " + result.summary() + "; reports in " + reportDirectory);
        if (errors > 0 && failOnError) {
            throw new MojoFailureException("Specwright check found " + errors + (errors == 1 ? " error" : " errors")
                    + " (listed above; SARIF and JSON in " + reportDirectory + ")");
        }
    }

    private void writeReports(CheckResult result) throws MojoExecutionException {
        Path directory = reportDirectory.toPath();
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("findings.sarif"), SarifReport.render(result), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve("findings.json"), JsonReport.render(result), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("Specwright check: cannot write the reports to " + directory + ": "
                    + e.getMessage(), e);
        }
    }
}
