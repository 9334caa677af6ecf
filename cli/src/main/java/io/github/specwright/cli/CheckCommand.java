package io.github.specwright.cli;

import io.github.specwright.core.baseline.BaselineCheck;
import io.github.specwright.core.baseline.BaselineException;
import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.check.CheckResult;
import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.check.Policy;
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

    @Option(names = "--baseline", paramLabel = "FILE", description = "report only findings this baseline file does not"
            + " hold (see the baseline command); default: the configuration's [check] baseline")
    private Path baseline;

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
            CheckConfig config = report.withBase(configFile == null ? CheckConfig.defaults()
                    : CheckConfig.load(resolve(configFile)));
            CheckConfig fileConfig = configFile == null ? formatOnly(config) : config;
            List<CheckResult> results = new ArrayList<>();
            List<Path> looseFiles = new ArrayList<>();
            for (String name : paths) {
                Path path = resolve(Path.of(name));
                if (Files.isDirectory(path)) {
                    List<Path> selection = report.selection(path, config);
                    CheckResult result = new SpecChecker(config).check(path, fixFirst(config, path, selection));
                    Path baselineFile = baseline != null ? resolve(baseline)
                            : config.baseline() != null ? path.resolve(config.baseline()) : null;
                    if (baselineFile != null) {
                        result = BaselineCheck.apply(path, baselineFile, result, config, selection.equals(List.of(path)));
                    }
                    results.add(result);
                } else {
                    looseFiles.add(path);
                }
            }
            if (!looseFiles.isEmpty()) {
                results.add(new SpecChecker(fileConfig).check(workingDirectory, fixFirst(fileConfig, workingDirectory,
                        looseFiles)));
            }
            CheckResult all = CheckResult.merge(results);
            if (report.printsTextFindings()) {
                all.findings().forEach(finding -> out.println(finding.format()));
            }
            report.write(all, workingDirectory, environment, out);
            if (report.printsSummary()) {
                out.println(all.summary());
            }
            return all.hasErrors() ? 1 : 0;
        } catch (ReportOptions.ReportException | ConfigException e) {
            return fail(2, e.getMessage());
        } catch (BaselineException e) {
            e.problems().forEach(problem -> err.println("specwright: " + problem));
            return 2;
        }
    }

    /** Fixes {@code selection} under {@code root} first when asked; returns the selection to check. */
    private List<Path> fixFirst(CheckConfig config, Path root, List<Path> selection) throws ConfigException {
        if (report.fix()) {
            out.print(report.fixer(config).fix(root, selection).format());
        }
        return selection;
    }

    private static CheckConfig formatOnly(CheckConfig config) throws ConfigException {
        return config.toBuilder().clearPolicies().defaultPolicy(Policy.FORMAT_ONLY).build();
    }

}
