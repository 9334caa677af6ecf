package io.github.specwright.cli;

import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.check.CheckResult;
import io.github.specwright.core.check.ConfigException;
import io.github.specwright.core.check.Finding;
import io.github.specwright.core.check.Policy;
import io.github.specwright.core.check.Severity;
import io.github.specwright.core.check.SpecChecker;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code check [--config FILE] PATH...}: a directory is a repository root, checked with the
 * configuration (the default layout without one); a file is checked relative to the working
 * directory, for formatting and markup only unless a configuration places it.
 */
final class CheckCommand {

    static final String USAGE = """
            usage: java -jar specwright.jar check [--config FILE] PATH...
                       [--fix [--rewrap]] [--format text|json|sarif|github]
                       [--output FILE] [--changed-since REF]

            Checks specs against the template and the formatting rules. Each PATH is a
            repository root (a directory) or a file. Without --config a root uses the
            default layout (specs/template.rst; specs/approved/ full; specs/backlog/ short;
            other files formatting and markup only) and a file gets formatting and markup
            checks only. Prints path:line:column: error|warning [rule-id] message.

              --fix                fix what can be fixed first (see the fix command)
              --rewrap             with --fix, also re-wrap over-long plain paragraphs
              --format F           text (default), json, sarif (SARIF 2.1.0) or github
                                   (workflow commands); text also prints github
                                   annotations when GITHUB_ACTIONS=true
              --output FILE        write the json/sarif/github report to FILE (the text
                                   findings still go to the standard output)
              --changed-since REF  in a repository root, check only the files changed
                                   against the git ref REF, plus untracked files
            Exit status: 0 no errors, 1 errors found, 2 usage or configuration error.
            """;

    private final Path workingDirectory;
    private final java.util.Map<String, String> environment;

    CheckCommand(Path workingDirectory) {
        this(workingDirectory, System.getenv());
    }

    CheckCommand(Path workingDirectory, java.util.Map<String, String> environment) {
        this.workingDirectory = workingDirectory;
        this.environment = environment;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        Path configFile = null;
        List<String> paths = new ArrayList<>();
        ReportOptions report = new ReportOptions(workingDirectory);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int consumed;
            try {
                consumed = report.parse(args, i);
            } catch (IllegalArgumentException e) {
                return usage(err, e.getMessage());
            }
            if (consumed > 0) {
                i += consumed - 1;
            } else if (arg.equals("--config")) {
                if (i + 1 >= args.length) {
                    return usage(err, "--config needs a file");
                }
                configFile = Path.of(args[++i]);
            } else if (arg.startsWith("--config=")) {
                configFile = Path.of(arg.substring("--config=".length()));
            } else if (arg.equals("-h") || arg.equals("--help")) {
                out.print(USAGE);
                return 0;
            } else if (arg.startsWith("-") && !arg.equals("-")) {
                return usage(err, "unknown option '" + arg + "'");
            } else {
                paths.add(arg);
            }
        }
        if (paths.isEmpty()) {
            return usage(err, "no PATH to check");
        }
        try {
            CheckConfig config = configFile == null ? CheckConfig.defaults() : CheckConfig.load(resolve(configFile));
            CheckConfig fileConfig = configFile == null ? formatOnly(config) : config;
            int files = 0;
            List<Finding> all = new ArrayList<>();
            List<Path> looseFiles = new ArrayList<>();
            for (String name : paths) {
                Path path = resolve(Path.of(name));
                if (Files.isDirectory(path)) {
                    CheckResult result = fixAndCheck(report, config, path, report.selection(path, config), out);
                    files += result.filesChecked();
                    all.addAll(result.findings());
                } else {
                    looseFiles.add(path);
                }
            }
            if (!looseFiles.isEmpty()) {
                CheckResult result = fixAndCheck(report, fileConfig, workingDirectory, looseFiles, out);
                files += result.filesChecked();
                all.addAll(result.findings());
            }
            report.write(new CheckResult(all, files), environment, out);
            long errors = all.stream().filter(f -> f.severity() == Severity.ERROR).count();
            if (report.printsSummary()) {
                out.println(summary(files, (int) errors, (int) (all.size() - errors)));
            }
            return errors > 0 ? 1 : 0;
        } catch (ReportOptions.ReportException e) {
            err.println("specwright: " + e.getMessage());
            return 2;
        } catch (ConfigException e) {
            err.println("specwright: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            // A bug, not the user's fault: say so in one line rather than with a stack trace.
            err.println("specwright: internal error while checking: " + e + " (please report it)");
            return 2;
        }
    }

    /** Fixes first when asked, then checks {@code selection} under {@code root}, printing findings as text when the report format wants them. */
    private CheckResult fixAndCheck(ReportOptions report, CheckConfig config, Path root, List<Path> selection,
                                    PrintStream out) throws ConfigException {
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

    private Path resolve(Path path) {
        return path.isAbsolute() ? path : workingDirectory.resolve(path).normalize();
    }

    static String summary(int files, int errors, int warnings) {
        return "checked " + files + " file" + (files == 1 ? "" : "s") + ": " + errors + " error"
                + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s");
    }

    private static int usage(PrintStream err, String problem) {
        err.println("specwright: " + problem);
        err.print(USAGE);
        return 2;
    }
}
