package io.github.specwright.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.check.Policy;
import io.github.specwright.core.fix.FixOptions;
import io.github.specwright.core.fix.FixResult;
import io.github.specwright.core.fix.SpecFixer;
import io.github.specwright.core.check.GitChangedFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fix [--config FILE] [--rewrap] [--changed-since REF] [--diff|--check] PATH...}: fixes
 * what can be fixed without a human and prints what it changed in each file; or, with
 * {@code --diff} or {@code --check}, only says what it would change.
 */
@Command(name = "fix", mixinStandardHelpOptions = true,
        header = "Fix whitespace, adornments and missing template sections.",
        description = {"Fixes trailing whitespace, CR line ends, tab indentation, the missing final newline and"
                + " too-short title adornments, and appends each missing template section or subsection (in template"
                + " order, with the body \"None\"). Only whitespace and adornment change; literal blocks, tables and"
                + " directive bodies keep their text. Each file is replaced atomically, keeping its permissions, or"
                + " left untouched on any error. PATH is a repository root or a file."},
        footer = "Exit status: 0 done (or nothing to change), 1 a file could not be fixed (or, with --check, would"
                + " change), 2 usage or configuration error.")
final class FixCommand extends Subcommand {

    @Option(names = "--config", paramLabel = "FILE", description = "the configuration file (specwright.conf)")
    private Path configFile;

    @Option(names = "--rewrap", description = "also re-wrap over-long plain paragraphs to the line length")
    private boolean rewrap;

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "in a repository root, fix only files changed against the git ref REF")
    private String changedSince;

    @ArgGroup(exclusive = true)
    private Preview preview = new Preview();

    /** Ways to look without writing. */
    static final class Preview {
        @Option(names = "--diff", description = "print a unified diff of what would change; write nothing")
        boolean diff;

        @Option(names = "--check", description = "list the files that would change and exit 1 if any; write nothing")
        boolean check;
    }

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "a repository root or a file")
    private List<String> paths = new ArrayList<>();

    FixCommand(Path workingDirectory) {
        this(workingDirectory, System.getenv());
    }

    FixCommand(Path workingDirectory, Map<String, String> environment) {
        super(workingDirectory, environment);
    }

    @Override
    public Integer call() {
        boolean dryRun = preview.diff || preview.check;
        FixOptions options = FixOptions.defaults().withRewrap(rewrap).withDryRun(dryRun);
        try {
            CheckConfig config = configFile == null ? CheckConfig.defaults() : CheckConfig.load(resolve(configFile));
            List<FixResult> results = new ArrayList<>();
            List<Path> looseFiles = new ArrayList<>();
            for (String name : paths) {
                Path path = resolve(Path.of(name));
                if (Files.isDirectory(path)) {
                    List<Path> selection = List.of(path);
                    if (changedSince != null) {
                        selection = GitChangedFiles.changedSpecs(path, new GitChangedFiles().since(path, changedSince),
                                config);
                    }
                    results.add(new SpecFixer(config, options).fix(path, selection));
                } else {
                    looseFiles.add(path);
                }
            }
            if (!looseFiles.isEmpty()) {
                CheckConfig fileConfig = configFile == null
                        ? config.toBuilder().clearPolicies().defaultPolicy(Policy.FORMAT_ONLY).build() : config;
                results.add(new SpecFixer(fileConfig, options).fix(workingDirectory, looseFiles));
            }
            return report(results);
        } catch (ConfigException | GitChangedFiles.GitException e) {
            return fail(2, e.getMessage());
        }
    }

    private int report(List<FixResult> results) {
        boolean failed = false;
        boolean wouldChange = false;
        for (FixResult result : results) {
            failed |= result.hasErrors();
            for (FixResult.FileOutcome file : result.files()) {
                if (!file.changed()) {
                    continue;
                }
                wouldChange = true;
                if (preview.diff) {
                    out.print(unifiedDiff(file));
                } else if (preview.check) {
                    out.println(file.path() + ": would be fixed (" + file.changes().size()
                            + (file.changes().size() == 1 ? " change)" : " changes)"));
                }
            }
            if (!preview.diff && !preview.check) {
                out.print(result.format());
            } else {
                result.files().stream().filter(file -> file.error() != null)
                        .forEach(file -> err.println(file.path() + ": cannot be fixed: " + file.error()));
            }
        }
        if (preview.check) {
            return wouldChange || failed ? 1 : 0;
        }
        return failed ? 1 : 0;
    }

    /** The file's change as {@code diff -u} prints it, paths as git shows them (a/..., b/...). */
    static String unifiedDiff(FixResult.FileOutcome file) {
        List<String> before = lines(file.original());
        List<String> after = lines(file.fixed());
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a/" + file.path(), "b/" + file.path(), before,
                DiffUtils.diff(before, after), 3);
        StringBuilder out = new StringBuilder();
        diff.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    /** Lines without their ends; a carriage return that the fix removes is shown as {@code \r}. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(line.replace("\r", "\\r"));
        }
        if (text.endsWith("\n")) {
            lines.remove(lines.size() - 1);
        } else {
            lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "\\ No newline at end of file");
        }
        return lines;
    }
}
