package io.github.specwright.cli;

import io.github.specwright.core.authoring.NewSpec;
import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.check.ConfigException;
import java.io.PrintStream;
import java.nio.file.Path;

/** {@code new NAME [--title T] [--backlog] [--root DIR] [--config FILE]}: starts a spec from the template. */
final class NewCommand {

    static final String USAGE = """
            usage: java -jar specwright.jar new NAME [--title TITLE] [--backlog] [--root DIR] [--config FILE]

            Copies the template (specs/template.rst, or the configuration's) to
            specs/approved/NAME.rst, or specs/backlog/NAME.rst with --backlog, with TITLE
            (default: made from NAME) as its title; a Markdown template (template.md)
            gives NAME.md. NAME is lower-case letters, digits and hyphens. Never
            overwrites a file. DIR is the repository root (default: the current
            directory).
            Exit status: 0 created, 1 refused, 2 usage or configuration error.
            """;

    private final Path workingDirectory;

    NewCommand(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        String name = null;
        String title = null;
        boolean backlog = false;
        Path root = workingDirectory;
        Path configFile = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--backlog" -> backlog = true;
                case "--title", "--root", "--config" -> {
                    if (i + 1 >= args.length) {
                        return usage(err, arg + " needs a value");
                    }
                    String value = args[++i];
                    switch (arg) {
                        case "--title" -> title = value;
                        case "--root" -> root = workingDirectory.resolve(value).normalize();
                        default -> configFile = workingDirectory.resolve(value);
                    }
                }
                case "-h", "--help" -> {
                    out.print(USAGE);
                    return 0;
                }
                default -> {
                    if (arg.startsWith("-")) {
                        return usage(err, "unknown option '" + arg + "'");
                    }
                    if (name != null) {
                        return usage(err, "one NAME only, got '" + name + "' and '" + arg + "'");
                    }
                    name = arg;
                }
            }
        }
        if (name == null) {
            return usage(err, "no NAME given, e.g. new my-feature");
        }
        try {
            CheckConfig config = configFile == null ? CheckConfig.defaults() : CheckConfig.load(configFile);
            Path created = NewSpec.create(root, config.template(), name, title, backlog);
            out.println("created " + workingDirectory.relativize(created.toAbsolutePath()).toString().replace('\\', '/'));
            return 0;
        } catch (NewSpec.NewSpecException e) {
            err.println("specwright: " + e.getMessage());
            return 1;
        } catch (ConfigException e) {
            err.println("specwright: " + e.getMessage());
            return 2;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("specwright: " + problem);
        err.print(USAGE);
        return 2;
    }
}
