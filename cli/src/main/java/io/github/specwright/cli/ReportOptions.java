package io.github.specwright.cli;

import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.check.CheckResult;
import io.github.specwright.core.fix.FixOptions;
import io.github.specwright.core.fix.SpecFixer;
import io.github.specwright.core.report.GithubAnnotations;
import io.github.specwright.core.report.JsonReport;
import io.github.specwright.core.report.SarifReport;
import io.github.specwright.core.check.GitChangedFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

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

    @Option(names = "--fix", description = "fix what can be fixed first (see the fix command)")
    private boolean fix;

    @Option(names = "--rewrap", description = "with --fix, also re-wrap over-long plain paragraphs")
    private boolean rewrap;

    @Option(names = "--format", paramLabel = "F", description = "text (default), json, sarif (SARIF 2.1.0) or github"
            + " (workflow commands); text also prints github annotations when GITHUB_ACTIONS=true")
    private Format format = Format.TEXT;

    @Option(names = "--output", paramLabel = "FILE",
            description = "write the json/sarif/github report to FILE (the text findings still go to the standard output)")
    private Path output;

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "in a repository root, check only the files changed against the git ref REF, plus untracked files")
    private String changedSince;

    boolean fix() {
        return fix;
    }

    /** The configuration with {@code --changed-since} as the base moved specs are compared with. */
    CheckConfig withBase(CheckConfig config) throws io.github.specwright.core.base.ConfigException {
        return changedSince == null ? config : config.toBuilder().base(changedSince).build();
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
    void write(CheckResult result, Path workingDirectory, Map<String, String> environment, PrintStream out)
            throws ReportException {
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
        Path target = workingDirectory.resolve(output).normalize();
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReportException("cannot write the report to " + target + ": " + e.getMessage());
        }
    }
}
