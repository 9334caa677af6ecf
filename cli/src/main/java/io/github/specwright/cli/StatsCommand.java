package io.github.specwright.cli;

import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.site.CatalogFormats;
import io.github.specwright.core.site.CatalogStats;
import io.github.specwright.core.site.SpecCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code stats}: how many specs per directory, release and status. */
@Command(name = "stats", mixinStandardHelpOptions = true, header = "Count specs per directory, release and status.",
        description = {"Counts the repository's specs per directory, release and status (nova-specs'"
                + " count-blueprints, without a tracker: from the files alone)."},
        footer = "Exit status: 0 printed, 2 usage or configuration error.")
final class StatsCommand extends Subcommand {

    @Mixin
    private RepositoryOptions repository;

    @Mixin
    private CatalogOptions catalog;

    StatsCommand(Path workingDirectory, Map<String, String> environment) {
        super(workingDirectory, environment);
    }

    @Override
    public Integer call() {
        try {
            SpecCatalog specs = SpecCatalog.read(repository.root(workingDirectory), repository.config(workingDirectory), true);
            out.print(CatalogFormats.counts(CatalogStats.of(specs), catalog.format));
            return 0;
        } catch (IOException | ConfigException e) {
            return fail(2, e.getMessage());
        }
    }
}
