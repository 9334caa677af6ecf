package io.github.specwright.maven;

import io.github.specwright.core.site.CatalogFormats;
import io.github.specwright.core.site.CatalogStats;
import io.github.specwright.core.site.SpecCatalog;
import java.io.IOException;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Counts the specs per directory, release and status: {@code ./mvnw specwright:stats [-Dformat=json|csv]}. */
@Mojo(name = "stats", requiresProject = true, threadSafe = true)
public class StatsMojo extends RepositoryMojo {

    /** table, json or csv. */
    @Parameter(property = "format", defaultValue = "table")
    String format;

    @Override
    public void execute() throws MojoExecutionException {
        CatalogFormats.Format chosen;
        try {
            chosen = CatalogFormats.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Specwright: unknown format '" + format + "'; use table, json or csv");
        }
        try {
            SpecCatalog catalog = SpecCatalog.read(basedir.toPath(), config("Specwright: "), true);
            logLines(CatalogFormats.counts(CatalogStats.of(catalog), chosen));
        } catch (IOException e) {
            throw new MojoExecutionException("Specwright: " + e.getMessage(), e);
        }
    }
}
