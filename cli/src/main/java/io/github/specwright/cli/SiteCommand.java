package io.github.specwright.cli;

import io.github.specwright.core.check.Finding;
import io.github.specwright.core.site.SiteBuilder;
import io.github.specwright.core.site.SiteOptions;
import io.github.specwright.core.site.SiteResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/** {@code specwright site [--out DIR] [--strict] [--title T] [--allow-images] ROOT}: renders the specs site. */
final class SiteCommand {

    private SiteCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path output = null;
        Path root = null;
        boolean strict = false;
        SiteOptions options = SiteOptions.defaults();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--strict" -> strict = true;
                case "--allow-images" -> options = options.withAllowImages(true);
                case "--out", "--title" -> {
                    if (i + 1 >= args.length) {
                        err.println("specwright site: " + arg + " needs a value");
                        return 2;
                    }
                    String value = args[++i];
                    if (arg.equals("--out")) {
                        output = Path.of(value);
                    } else {
                        options = options.withTitle(value);
                    }
                }
                default -> {
                    if (arg.startsWith("-") || root != null) {
                        err.println("specwright site: unexpected argument '" + arg + "'");
                        err.print(Main.USAGE);
                        return 2;
                    }
                    root = Path.of(arg);
                }
            }
        }
        if (root == null) {
            err.println("specwright site: which repository? give its root folder");
            err.print(Main.USAGE);
            return 2;
        }
        Path target = output != null ? output : root.resolve("target/specs-site");
        SiteResult result;
        try {
            result = new SiteBuilder(options).build(root, target);
        } catch (IOException e) {
            err.println("specwright site: " + e.getMessage());
            return 2;
        }
        for (Finding finding : result.findings()) {
            out.println(finding.format());
        }
        out.printf("%d pages, %d links listing a spec again, %d findings, %d ms: %s%n", result.pages(), result.aliases(),
                result.findings().size(), result.millis(), target.resolve("index.html"));
        return strict && result.hasFindings() ? 1 : 0;
    }
}
