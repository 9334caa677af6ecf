package io.github.specwright.enforcer;

import io.github.specwright.core.check.CheckResult;
import io.github.specwright.core.report.GithubAnnotations;
import io.github.specwright.core.report.JsonReport;
import io.github.specwright.core.report.SarifReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.enforcer.rule.api.EnforcerLogger;

/**
 * The machine-readable reports of a rule's run: {@code target/specwright/<rule>.sarif} (SARIF
 * 2.1.0, for code-scanning annotations) and {@code <rule>.json}, written whether the rule passes
 * or fails; under GitHub Actions also workflow commands that annotate the lines. A report that
 * cannot be written is a warning: the rule's verdict does not depend on it.
 */
final class ReportFiles {

    private ReportFiles() {
    }

    static void write(Path directory, String ruleName, CheckResult result, EnforcerLogger log) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(ruleName + ".sarif"), SarifReport.render(result), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(ruleName + ".json"), JsonReport.render(result), StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.warn(ruleName + ": cannot write the reports to " + directory + ": " + e.getMessage());
        }
        if (GithubAnnotations.underGithubActions(System.getenv()) && !result.findings().isEmpty()) {
            // Workflow commands must start a line of the step's output, so they bypass the log prefix.
            System.out.print(GithubAnnotations.render(result));
            System.out.flush();
        }
    }
}
