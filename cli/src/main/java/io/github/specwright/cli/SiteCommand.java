package io.github.specwright.cli;

import io.github.specwright.core.base.Finding;
import io.github.specwright.core.site.SiteBuilder;
import io.github.specwright.core.site.SiteOptions;
import io.github.specwright.core.site.SiteResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code specwright site [--out DIR] [--strict] [--title T] [--allow-images] ROOT}: renders the specs site. */
@Command(name = "site", mixinStandardHelpOptions = true,
        header = "Render the specs to an HTML site.",
        description = {"Renders ROOT's specs to an HTML site, with specs.json (the documents as data) and a redirect"
                + " page for each moved spec."},
        footer = "Exit status: 0 built, 1 built with findings (--strict), 2 usage error or unreadable input.")
final class SiteCommand extends Subcommand {

    @Parameters(paramLabel = "ROOT", description = "the repository root")
    private Path root;

    @Option(names = "--out", paramLabel = "DIR", description = "where to write the site (default: ROOT/target/specs-site)")
    private Path output;

    @Option(names = "--strict", description = "exit 1 when the site has findings (as sphinx-build -W)")
    private boolean strict;

    @Option(names = "--title", paramLabel = "T", description = "the site's title")
    private String title;

    @Option(names = "--allow-images", description = "render image and figure directives")
    private boolean allowImages;

    SiteCommand(Path workingDirectory, Map<String, String> environment) {
        super(workingDirectory, environment);
    }

    @Override
    public Integer call() {
        SiteOptions options = SiteOptions.defaults().withAllowImages(allowImages);
        if (title != null) {
            options = options.withTitle(title);
        }
        Path source = resolve(root);
        Path target = output != null ? resolve(output) : source.resolve("target/specs-site");
        SiteResult result;
        try {
            result = new SiteBuilder(options).build(source, target);
        } catch (IOException e) {
            return fail(2, "site: " + e.getMessage());
        }
        for (Finding finding : result.findings()) {
            out.println(finding.format());
        }
        out.printf("%d pages, %d links listing a spec again, %d findings, %d ms: %s%n", result.pages(), result.aliases(),
                result.findings().size(), result.millis(), target.resolve("index.html"));
        return strict && result.hasFindings() ? 1 : 0;
    }
}
