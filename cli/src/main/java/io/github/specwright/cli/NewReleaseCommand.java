package io.github.specwright.cli;

import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.lifecycle.LifecycleException;
import io.github.specwright.core.lifecycle.NewRelease;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code new-release NAME}: opens a release: its directories, template copy and priorities document. */
@Command(name = "new-release", mixinStandardHelpOptions = true, header = "Open a new release.",
        description = {"Creates the release's directories (--release-directory, e.g. 'specs/{release}/approved'),"
                + " copies the current template as the release's template where templates are kept per release"
                + " (--release-template, e.g. 'specs/{release}-template.rst'), and starts"
                + " priorities/NAME-priorities.rst (or .md) from the previous release's document: its tables emptied"
                + " to their header row, its descriptions under Details dropped, its structure kept."},
        footer = "Exit status: 0 created, 1 refused (nothing changed), 2 usage or configuration error.")
final class NewReleaseCommand extends Subcommand {

    @Mixin
    private RepositoryOptions repository;

    @Parameters(paramLabel = "NAME", description = "the release's name, e.g. 2027.2")
    private String name;

    @Option(names = "--from", paramLabel = "RELEASE",
            description = "the release whose priorities document to start from (default: the latest before NAME)")
    private String previous;

    @Option(names = "--release-directory", paramLabel = "PATTERN",
            description = "a directory each release has, {release} standing for its name (repeatable)")
    private List<String> releaseDirectories = new ArrayList<>();

    @Option(names = "--release-template", paramLabel = "PATTERN",
            description = "the release's own copy of the template, e.g. specs/{release}-template.rst")
    private String releaseTemplate;

    @Option(names = "--dry-run", description = "print what would happen; change nothing")
    private boolean dryRun;

    NewReleaseCommand(Path workingDirectory, Map<String, String> environment) {
        super(workingDirectory, environment);
    }

    @Override
    public Integer call() {
        try {
            CheckConfig config = repository.config(workingDirectory);
            String priorities = config.prioritiesDocuments().isEmpty() ? "priorities"
                    : config.prioritiesDocuments().get(0).replaceAll("/+$", "");
            NewRelease.Layout layout = new NewRelease.Layout(releaseDirectories, releaseTemplate, priorities,
                    config.prioritiesOptions().detailsTitles());
            NewRelease.Plan plan = new NewRelease(repository.root(workingDirectory), config, layout).plan(name, previous);
            plan.describe().forEach(line -> out.println((dryRun ? "would " : "") + line));
            if (!dryRun) {
                plan.apply();
            }
            return 0;
        } catch (LifecycleException e) {
            return fail(1, e.getMessage());
        } catch (ConfigException e) {
            return fail(2, e.getMessage());
        }
    }
}
