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

            Checks specs against the template and the formatting rules. Each PATH is a
            repository root (a directory) or a file. Without --config a root uses the
            default layout (specs/template.rst; specs/approved/ full; specs/backlog/ short;
            other files formatting and markup only) and a file gets formatting and markup
            checks only. Prints path:line:column: error|warning [rule-id] message.
            Exit status: 0 no errors, 1 errors found, 2 usage or configuration error.
            """;

    private final Path workingDirectory;

    CheckCommand(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        Path configFile = null;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--config")) {
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
            int errors = 0;
            int warnings = 0;
            int files = 0;
            List<Path> looseFiles = new ArrayList<>();
            for (String name : paths) {
                Path path = resolve(Path.of(name));
                if (Files.isDirectory(path)) {
                    CheckResult result = new SpecChecker(config).check(path);
                    files += result.filesChecked();
                    for (Finding finding : result.findings()) {
                        out.println(finding.format());
                        if (finding.severity() == Severity.ERROR) {
                            errors++;
                        } else {
                            warnings++;
                        }
                    }
                } else {
                    looseFiles.add(path);
                }
            }
            if (!looseFiles.isEmpty()) {
                CheckResult result = new SpecChecker(fileConfig).check(workingDirectory, looseFiles);
                files += result.filesChecked();
                for (Finding finding : result.findings()) {
                    out.println(finding.format());
                    if (finding.severity() == Severity.ERROR) {
                        errors++;
                    } else {
                        warnings++;
                    }
                }
            }
            out.println(summary(files, errors, warnings));
            return errors > 0 ? 1 : 0;
        } catch (ConfigException e) {
            err.println("specwright: " + e.getMessage());
            return 2;
        }
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
