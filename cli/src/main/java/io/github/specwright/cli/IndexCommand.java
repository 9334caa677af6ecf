package io.github.specwright.cli;

import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.fix.AtomicWrite;
import io.github.specwright.core.site.SpecCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code index [--output FILE]}: specs.json without building the site. */
@Command(name = "index", mixinStandardHelpOptions = true, header = "Write specs.json, the documents as data.",
        description = {"Writes the index the site publishes as specs.json: one entry per document with its path,"
                + " title, lifecycle role, release, status, authors, tracker link, sections, links and former paths."},
        footer = "Exit status: 0 written, 2 usage, configuration or write error.")
final class IndexCommand extends Subcommand {

    @Mixin
    private RepositoryOptions repository;

    @Option(names = "--output", paramLabel = "FILE", description = "where to write it (default: the standard output)")
    private Path output;

    IndexCommand(Path workingDirectory, Map<String, String> environment) {
        super(workingDirectory, environment);
    }

    @Override
    public Integer call() {
        try {
            String json = SpecCatalog.read(repository.root(workingDirectory), repository.config(workingDirectory), true)
                    .toJson();
            if (output == null) {
                out.print(json);
                return 0;
            }
            Path target = resolve(output);
            Files.createDirectories(target.toAbsolutePath().getParent());
            AtomicWrite.write(target, json);
            return 0;
        } catch (IOException | ConfigException e) {
            return fail(2, e.getMessage());
        }
    }
}
