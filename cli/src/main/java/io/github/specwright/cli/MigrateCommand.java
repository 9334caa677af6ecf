package io.github.specwright.cli;

import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.check.GitChangedFiles;
import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.fix.FixResult;
import io.github.specwright.core.fix.SpecMigrator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code migrate [--root DIR] [--config FILE] [--changed-since REF] [--diff|--dry-run] [SPEC...|ROOT]}: brings specs to
 * the latest version of their template and prints what it changed in each.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        header = "Bring specs to the latest template version.",
        description = {"Adds the sections and subsections the template has and a spec lacks (in template order, with"
                + " the body \"None\"), renames the sections the configuration's renamed-sections names (keeping their"
                + " content), and sets the spec's template-version marker to the template's. Removes nothing. Each file"
                + " is replaced atomically, keeping its permissions, or left untouched on any error. Without SPEC, every"
                + " spec of the repository; a single directory argument is the repository root."},
        footer = "Exit status: 0 done (or nothing to change), 1 a spec could not be migrated, 2 usage or configuration"
                + " error.")
final class MigrateCommand extends Subcommand {

    @Mixin
    private RepositoryOptions repository;

    @ArgGroup(exclusive = true)
    private Preview preview = new Preview();

    /** Ways to look without writing. */
    static final class Preview {
        @Option(names = "--diff", description = "print a unified diff of what would change; write nothing")
        boolean diff;

        @Option(names = "--dry-run", description = "print what would change in each spec; write nothing")
        boolean dryRun;
    }

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "migrate only the specs changed against the git ref REF (and untracked ones)")
    private String changedSince;

    @Parameters(paramLabel = "SPEC", arity = "0..*", description = "a spec to migrate, or the repository root")
    private List<Path> paths = new ArrayList<>();

    MigrateCommand(Path workingDirectory) {
        this(workingDirectory, System.getenv());
    }

    MigrateCommand(Path workingDirectory, Map<String, String> environment) {
        super(workingDirectory, environment);
    }

    @Override
    public Integer call() {
        // "migrate ROOT": the one directory named is the repository, as "check ROOT" reads it.
        Path base = workingDirectory;
        List<Path> selection = new ArrayList<>();
        if (paths.size() == 1 && Files.isDirectory(resolve(paths.get(0)))) {
            base = resolve(paths.get(0));
        } else {
            paths.forEach(path -> selection.add(resolve(path)));
        }
        Path root = repository.root(base);
        try {
            CheckConfig config = repository.config(base);
            if (selection.isEmpty() && changedSince != null) {
                selection.addAll(GitChangedFiles.changedSpecs(root, new GitChangedFiles().since(root, changedSince),
                        config));
            } else if (selection.isEmpty()) {
                selection.add(root);
            }
            boolean write = !preview.diff && !preview.dryRun;
            FixResult result = new SpecMigrator(config, !write).migrate(root, selection);
            if (preview.diff) {
                result.files().stream().filter(FixResult.FileOutcome::changed)
                        .forEach(file -> out.print(FixCommand.unifiedDiff(file)));
            } else if (preview.dryRun) {
                for (FixResult.FileOutcome file : result.files()) {
                    if (file.changed()) {
                        out.println(file.path() + ": would change (" + file.changes().size()
                                + (file.changes().size() == 1 ? " change)" : " changes)"));
                        file.changes().forEach(change -> out.println("  " + change.format()));
                    }
                }
                out.println(result.filesChanged() + " of " + result.files().size() + " specs would be migrated;"
                        + " nothing was written.");
            } else {
                out.print(result.format("Migrated"));
            }
            result.files().stream().filter(file -> file.error() != null && !write)
                    .forEach(file -> err.println(file.path() + ": cannot be migrated: " + file.error()));
            return result.hasErrors() ? 1 : 0;
        } catch (ConfigException | GitChangedFiles.GitException e) {
            return fail(2, e.getMessage());
        }
    }
}
