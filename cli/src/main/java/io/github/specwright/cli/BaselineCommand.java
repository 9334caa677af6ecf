package io.github.specwright.cli;

import io.github.specwright.core.baseline.Baseline;
import io.github.specwright.core.baseline.BaselineCheck;
import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.check.CheckResult;
import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.check.SpecChecker;
import io.github.specwright.core.fix.AtomicWrite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code baseline [--config FILE] [--output FILE] ROOT}: records today's findings as accepted. */
@Command(name = "baseline", mixinStandardHelpOptions = true, header = "Accept today's findings; report only new ones.",
        description = {"Checks ROOT and records every finding in a baseline file (sorted JSON, one entry per line,"
                + " to review in a diff). 'check --baseline FILE' (or '[check] baseline = FILE' in the configuration)"
                + " then reports only findings the baseline does not hold. Entries name the rule, the file, the"
                + " section titles around the finding and its text, never its line: they survive edits elsewhere."},
        footer = "Exit status: 0 written, 2 usage, configuration or write error.")
final class BaselineCommand extends Subcommand {

    @Option(names = "--config", paramLabel = "FILE",
            description = "the configuration file (default: ROOT/specwright.conf when it exists)")
    private Path configFile;

    @Option(names = "--output", paramLabel = "FILE", description = "where to write it (default: ROOT/" + Baseline.DEFAULT_FILE + ")")
    private Path output;

    @Parameters(paramLabel = "ROOT", defaultValue = ".", description = "the repository root (default: the current directory)")
    private Path root;

    BaselineCommand(Path workingDirectory, Map<String, String> environment) {
        super(workingDirectory, environment);
    }

    @Override
    public Integer call() {
        Path repository = resolve(root);
        try {
            Path implicit = repository.resolve(RepositoryOptions.DEFAULT_CONFIG);
            CheckConfig config = configFile != null ? CheckConfig.load(resolve(configFile))
                    : Files.isRegularFile(implicit) ? CheckConfig.load(implicit) : CheckConfig.defaults();
            CheckResult result = new SpecChecker(config).check(repository);
            Path target = output != null ? resolve(output) : repository.resolve(Baseline.DEFAULT_FILE);
            AtomicWrite.write(target, BaselineCheck.record(repository, result));
            out.println("recorded " + result.findings().size() + " finding" + (result.findings().size() == 1 ? "" : "s")
                    + " of " + result.filesChecked() + (result.filesChecked() == 1 ? " file in " : " files in ")
                    + workingDirectory.relativize(target.toAbsolutePath()));
            return 0;
        } catch (ConfigException | IOException e) {
            return fail(2, e.getMessage());
        }
    }
}
