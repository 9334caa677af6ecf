package io.github.specwright.maven;

import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.lifecycle.LifecycleException;
import io.github.specwright.core.lifecycle.NewRelease;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Opens a release: its directories and template copy where the layout keeps them per release, and
 * its priorities document started from the previous release's ({@code ./mvnw specwright:new-release -Dname=2027.2}).
 */
@Mojo(name = "new-release", requiresProject = true, threadSafe = true)
public class NewReleaseMojo extends RepositoryMojo {

    /** The release's name, e.g. 2027.2. */
    @Parameter(property = "name")
    String name;

    /** The release whose priorities document to start from (default: the latest before the new one). */
    @Parameter(property = "from")
    String from;

    /** Directories each release has, {release} standing for its name, e.g. specs/{release}/approved. */
    @Parameter(property = "releaseDirectories")
    List<String> releaseDirectories = List.of();

    /** The release's own copy of the template, e.g. specs/{release}-template.rst; none by default. */
    @Parameter(property = "releaseTemplate")
    String releaseTemplate;

    /** Print what would happen; change nothing. */
    @Parameter(property = "dryRun", defaultValue = "false")
    boolean dryRun;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        CheckConfig config = config("Specwright: ");
        String priorities = config.prioritiesDocuments().isEmpty() ? "priorities"
                : config.prioritiesDocuments().get(0).replaceAll("/+$", "");
        NewRelease.Layout layout = new NewRelease.Layout(releaseDirectories, releaseTemplate, priorities,
                config.prioritiesOptions().detailsTitles());
        try {
            NewRelease.Plan plan = new NewRelease(basedir.toPath(), config, layout).plan(name, from);
            plan.describe().forEach(line -> getLog().info((dryRun ? "would " : "") + line));
            if (!dryRun) {
                plan.apply();
            }
        } catch (LifecycleException e) {
            throw new MojoFailureException("Specwright: " + e.getMessage());
        }
    }
}
