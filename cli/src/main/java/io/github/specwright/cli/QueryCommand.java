package io.github.specwright.cli;

import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.site.CatalogFormats;
import io.github.specwright.core.site.CatalogQuery;
import io.github.specwright.core.site.SpecCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code query [--status S] [--release R] [--dir D] [--author A] [--text T]}: the documents that match. */
@Command(name = "query", mixinStandardHelpOptions = true, header = "List the documents that match.",
        description = {"Lists the repository's documents (the entries of specs.json) that match every criterion"
                + " given; comparisons ignore case."},
        footer = "Exit status: 0 printed (even when nothing matches), 2 usage or configuration error.")
final class QueryCommand extends Subcommand {

    @Mixin
    private RepositoryOptions repository;

    @Mixin
    private CatalogOptions catalog;

    @Option(names = "--status", paramLabel = "S", description = "the status, e.g. approved")
    private String status;

    @Option(names = "--release", paramLabel = "R", description = "the release, e.g. 2027.1")
    private String release;

    @Option(names = "--dir", paramLabel = "D",
            description = "a lifecycle role (approved, backlog, implemented, abandoned) or a directory path")
    private String directory;

    @Option(names = "--author", paramLabel = "A", description = "a part of an author's name")
    private String author;

    @Option(names = "--text", paramLabel = "T", description = "a part of the title, the path or a section title")
    private String text;

    QueryCommand(Path workingDirectory, Map<String, String> environment) {
        super(workingDirectory, environment);
    }

    @Override
    public Integer call() {
        try {
            SpecCatalog specs = SpecCatalog.read(repository.root(workingDirectory), repository.config(workingDirectory), true);
            CatalogQuery query = new CatalogQuery(status, release, directory, author, text);
            out.print(CatalogFormats.entries(query.select(specs), catalog.format));
            return 0;
        } catch (IOException | ConfigException e) {
            return fail(2, e.getMessage());
        }
    }
}
