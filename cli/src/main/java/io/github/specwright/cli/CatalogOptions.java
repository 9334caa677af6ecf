package io.github.specwright.cli;

import io.github.specwright.core.site.CatalogFormats;
import picocli.CommandLine.Option;

/** {@code --format table|json|csv} of the commands that print the catalog. */
final class CatalogOptions {

    @Option(names = "--format", paramLabel = "F", description = "table (default), json or csv")
    CatalogFormats.Format format = CatalogFormats.Format.TABLE;
}
