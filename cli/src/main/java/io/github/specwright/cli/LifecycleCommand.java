package io.github.specwright.cli;

import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.lifecycle.LifecycleException;
import io.github.specwright.core.lifecycle.SpecLifecycle;
import io.github.specwright.core.vcs.GitCommand;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What the lifecycle commands share: the repository, {@code --dry-run}, and printing the plan
 * before (or instead of) applying it. Exit status 0 done, 1 refused, 2 usage or configuration error.
 */
abstract class LifecycleCommand extends Subcommand {

    @Mixin
    private RepositoryOptions repository;

    @Option(names = "--dry-run", description = "print what would happen; change nothing")
    private boolean dryRun;

    protected LifecycleCommand(Path workingDirectory, Map<String, String> environment) {
        super(workingDirectory, environment);
    }

    /** The change this command makes, planned against the repository. */
    protected abstract SpecLifecycle.Change plan(SpecLifecycle lifecycle) throws LifecycleException;

    @Override
    public final Integer call() {
        try {
            CheckConfig config = repository.config(workingDirectory);
            SpecLifecycle lifecycle = new SpecLifecycle(repository.root(workingDirectory), config,
                    SpecLifecycle.Directories.of(config), new GitCommand());
            SpecLifecycle.Change change = plan(lifecycle);
            change.describe().forEach(line -> out.println((dryRun ? "would " : "") + line));
            if (!dryRun) {
                change.apply();
            }
            return 0;
        } catch (LifecycleException e) {
            return fail(1, e.getMessage());
        } catch (ConfigException e) {
            return fail(2, e.getMessage());
        }
    }

    /** A path argument, read against the working directory. */
    protected Path argument(Path path) {
        return resolve(path);
    }
}
