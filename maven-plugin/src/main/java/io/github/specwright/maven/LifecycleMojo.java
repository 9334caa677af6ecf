package io.github.specwright.maven;

import io.github.specwright.core.lifecycle.LifecycleException;
import io.github.specwright.core.lifecycle.SpecLifecycle;
import io.github.specwright.core.vcs.GitCommand;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that move specs share (move, implement, abandon, supersede): {@code dryRun}, and
 * printing the plan before (or instead of) applying it. A refusal fails the goal with its reason;
 * nothing is changed then.
 */
abstract class LifecycleMojo extends RepositoryMojo {

    /** Print what would happen; change nothing. */
    @Parameter(property = "dryRun", defaultValue = "false")
    boolean dryRun;

    /** The change this goal makes. */
    abstract SpecLifecycle.Change plan(SpecLifecycle lifecycle) throws LifecycleException;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        io.github.specwright.core.check.CheckConfig config = config("Specwright: ");
        SpecLifecycle lifecycle = new SpecLifecycle(basedir.toPath(), config, SpecLifecycle.Directories.of(config),
                new GitCommand());
        try {
            SpecLifecycle.Change change = plan(lifecycle);
            change.describe().forEach(line -> getLog().info((dryRun ? "would " : "") + line));
            if (!dryRun) {
                change.apply();
            }
        } catch (LifecycleException e) {
            throw new MojoFailureException("Specwright: " + e.getMessage());
        }
    }

    /** A path parameter, read against the repository root. */
    java.nio.file.Path path(String value, String name) throws LifecycleException {
        if (value == null || value.isBlank()) {
            throw new LifecycleException("give -D" + name + "=PATH");
        }
        return basedir.toPath().resolve(value);
    }
}
