package io.github.specwright.cli;

import io.github.specwright.core.authoring.NewSpec;
import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.base.ConfigException;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code new NAME [--title T] [--backlog] [--root DIR] [--config FILE]}: starts a spec from the template. */
@Command(name = "new", mixinStandardHelpOptions = true,
        header = "Start a spec from the template.",
        description = {"Copies the template (specs/template.rst, or the configuration's) to specs/approved/NAME.rst,"
                + " or specs/backlog/NAME.rst with --backlog, with TITLE (default: made from NAME) as its title; a"
                + " Markdown template (template.md) gives NAME.md. NAME is lower-case letters, digits and hyphens."
                + " Never overwrites a file."},
        footer = "Exit status: 0 created, 1 refused, 2 usage or configuration error.")
final class NewCommand extends Subcommand {

    @Parameters(paramLabel = "NAME", description = "the spec's file name without extension, e.g. my-feature")
    private String name;

    @Option(names = "--title", paramLabel = "T", description = "the spec's title")
    private String title;

    @Option(names = "--backlog", description = "start a short spec in specs/backlog/")
    private boolean backlog;

    @Option(names = "--root", paramLabel = "DIR", description = "the repository root (default: the current directory)")
    private Path root;

    @Option(names = "--config", paramLabel = "FILE", description = "the configuration file (specwright.conf)")
    private Path configFile;

    NewCommand(Path workingDirectory) {
        this(workingDirectory, System.getenv());
    }

    NewCommand(Path workingDirectory, Map<String, String> environment) {
        super(workingDirectory, environment);
    }

    @Override
    public Integer call() {
        try {
            CheckConfig config = configFile == null ? CheckConfig.defaults() : CheckConfig.load(resolve(configFile));
            Path created = NewSpec.create(root == null ? workingDirectory : resolve(root), config.template(), name, title,
                    backlog);
            out.println("created " + workingDirectory.relativize(created.toAbsolutePath()).toString().replace('\\', '/'));
            return 0;
        } catch (NewSpec.NewSpecException e) {
            return fail(1, e.getMessage());
        } catch (ConfigException e) {
            return fail(2, e.getMessage());
        }
    }
}
