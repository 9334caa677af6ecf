package io.github.specwright.cli;

import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.check.CheckResult;
import io.github.specwright.core.fix.FixOptions;
import io.github.specwright.core.fix.SpecFixer;
import io.github.specwright.core.report.GithubAnnotations;
import io.github.specwright.core.report.JsonReport;
import io.github.specwright.core.report.SarifReport;
import io.github.specwright.core.vcs.GitChangedFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The options {@code check} shares with CI and authoring use: {@code --fix}, {@code --rewrap},
 * {@code --format}, {@code --output} and {@code --changed-since}; and what they do.
 */
final class ReportOptions {

    /** The report formats. */
    enum Format { TEXT, JSON, SARIF, GITHUB }

    /** A report or changed-files failure, worded for the user. */
    static final class ReportException extends Exception {
        ReportException(String message) {
            super(message);
        }
    }

    private final Path workingDirectory;
    private Format format = Format.TEXT;
    private Path output;
    private String changedSince;
    private boolean fix;
    private boolean rewrap;

    ReportOptions(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /** Reads the option at {@code args[i]}; returns how many arguments it took (0 if not ours). */
    int parse(String[] args, int i) {
        String arg = args[i];
        switch (arg) {
            case "--fix" -> {
                fix = true;
                return 1;
            }
            case "--rewrap" -> {
                rewrap = true;
                return 1;
            }
            case "--format", "--output", "--changed-since" -> {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                set(arg, args[i + 1]);
                return 2;
            }
            default -> {
                for (String name : List.of("--format", "--output", "--changed-since")) {
                    if (arg.startsWith(name + "=")) {
                        set(name, arg.substring(name.length() + 1));
                        return 1;
                    }
                }
                return 0;
            }
        }
    }

    private void set(String option, String value) {
        switch (option) {
            case "--format" -> {
                try {
                    format = Format.valueOf(value.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown format '" + value + "'; use text, json, sarif or github");
                }
            }
            case "--output" -> output = workingDirectory.resolve(value).normalize();
            default -> changedSince = value;
        }
    }

    boolean fix() {
        return fix;
    }

    SpecFixer fixer(CheckConfig config) {
        return new SpecFixer(config, FixOptions.defaults().withRewrap(rewrap));
    }

    /** The text findings go to the standard output unless it carries a JSON or SARIF report. */
    boolean printsTextFindings() {
        return format == Format.TEXT || output != null;
    }

    boolean printsSummary() {
        return printsTextFindings() || format == Format.GITHUB;
    }

    /**
     * What to check under a repository root: the root itself, or with {@code --changed-since}
     * the changed files (everything when the template itself changed).
     */
    List<Path> selection(Path root, CheckConfig config) throws ReportException {
        try {
            return new GitChangedFiles().selection(root, changedSince, config);
        } catch (GitChangedFiles.GitException e) {
            throw new ReportException(e.getMessage());
        }
    }

    /** Writes the report: to the output file, else (json, sarif, github) to the standard output. */
    void write(CheckResult result, Map<String, String> environment, PrintStream out) throws ReportException {
        String text = switch (format) {
            case JSON -> JsonReport.render(result);
            case SARIF -> SarifReport.render(result);
            case GITHUB -> GithubAnnotations.render(result);
            case TEXT -> null;
        };
        if (text == null) {
            if (GithubAnnotations.underGithubActions(environment)) {
                out.print(GithubAnnotations.render(result));
            }
            return;
        }
        if (output == null) {
            out.print(text);
            return;
        }
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReportException("cannot write the report to " + output + ": " + e.getMessage());
        }
    }
}
