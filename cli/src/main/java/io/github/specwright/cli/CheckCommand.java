package io.github.specwright.cli;

import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.check.CheckResult;
import io.github.specwright.core.check.ConfigException;
import io.github.specwright.core.check.Finding;
import io.github.specwright.core.check.Policy;
import io.github.specwright.core.check.Severity;
import io.github.specwright.core.check.SpecChecker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code check [--config FILE] PATH...}: a directory is a repository root, checked with the
 * configuration (the default layout without one); a file is checked relative to the working
 * directory, for formatting and markup only unless a configuration places it.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Check specs against the template and the formatting rules.",
        description = {"Checks specs against the template and the formatting rules. Each PATH is a repository root"
                + " (a directory) or a file. Without --config a root uses the default layout (specs/template.rst;"
                + " specs/approved/ full; specs/backlog/ short; other files formatting and markup only) and a file"
                + " gets formatting and markup checks only. Prints path:line:column: error|warning [rule-id] message."},
        footer = "Exit status: 0 no errors, 1 errors found, 2 usage or configuration error.")
final class CheckCommand extends Subcommand {

    @Option(names = "--config", paramLabel = "FILE", description = "the configuration file (specwright.conf)")
    private Path configFile;

    @Mixin
    private ReportOptions report;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "a repository root or a file")
    private List<String> paths = new ArrayList<>();

    CheckCommand(Path workingDirectory) {
        this(workingDirectory, System.getenv());
    }

    CheckCommand(Path workingDirectory, Map<String, String> environment) {
        super(workingDirectory, environment);
    }

    @Override
    public Integer call() {
        try {
            CheckConfig config = configFile == null ? CheckConfig.defaults() : CheckConfig.load(resolve(configFile));
            CheckConfig fileConfig = configFile == null ? formatOnly(config) : config;
            int files = 0;
            List<Finding> all = new ArrayList<>();
            List<Path> looseFiles = new ArrayList<>();
            for (String name : paths) {
                Path path = resolve(Path.of(name));
                if (Files.isDirectory(path)) {
                    CheckResult result = fixAndCheck(config, path, report.selection(path, config));
                    files += result.filesChecked();
                    all.addAll(result.findings());
                } else {
                    looseFiles.add(path);
                }
            }
            if (!looseFiles.isEmpty()) {
                CheckResult result = fixAndCheck(fileConfig, workingDirectory, looseFiles);
                files += result.filesChecked();
                all.addAll(result.findings());
            }
            report.write(new CheckResult(all, files), workingDirectory, environment, out);
            long errors = all.stream().filter(f -> f.severity() == Severity.ERROR).count();
            if (report.printsSummary()) {
                out.println(summary(files, (int) errors, (int) (all.size() - errors)));
            }
            return errors > 0 ? 1 : 0;
        } catch (ReportOptions.ReportException | ConfigException e) {
            return fail(2, e.getMessage());
        }
    }

    /** Fixes first when asked, then checks {@code selection} under {@code root}, printing findings as text when the report format wants them. */
    private CheckResult fixAndCheck(CheckConfig config, Path root, List<Path> selection) throws ConfigException {
        if (report.fix()) {
            out.print(report.fixer(config).fix(root, selection).format());
        }
        CheckResult result = new SpecChecker(config).check(root, selection);
        if (report.printsTextFindings()) {
            result.findings().forEach(finding -> out.println(finding.format()));
        }
        return result;
    }

    private static CheckConfig formatOnly(CheckConfig config) throws ConfigException {
        return config.toBuilder().clearPolicies().defaultPolicy(Policy.FORMAT_ONLY).build();
    }

    static String summary(int files, int errors, int warnings) {
        return "checked " + files + " file" + (files == 1 ? "" : "s") + ": " + errors + " error"
                + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s");
    }
}
