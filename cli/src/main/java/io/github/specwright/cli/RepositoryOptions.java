package io.github.specwright.cli;

import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.base.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The repository a command works on: {@code --root} (default: the working directory) and its
 * configuration, {@code --config}, else {@code specwright.conf} at the root when there is one,
 * else the default layout.
 */
final class RepositoryOptions {

    static final String DEFAULT_CONFIG = "specwright.conf";

    @Option(names = "--root", paramLabel = "DIR", description = "the repository root (default: the current directory)")
    private Path root;

    @Option(names = "--config", paramLabel = "FILE",
            description = "the configuration file (default: ROOT/specwright.conf when it exists)")
    private Path config;

    Path root(Path workingDirectory) {
        return root == null ? workingDirectory : workingDirectory.resolve(root).normalize();
    }

    CheckConfig config(Path workingDirectory) throws ConfigException {
        if (config != null) {
            return CheckConfig.load(workingDirectory.resolve(config).normalize());
        }
        Path implicit = root(workingDirectory).resolve(DEFAULT_CONFIG);
        return Files.isRegularFile(implicit) ? CheckConfig.load(implicit) : CheckConfig.defaults();
    }
}
