package io.github.specwright.maven;

import io.github.specwright.core.baseline.Baseline;
import io.github.specwright.core.baseline.BaselineCheck;
import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.check.CheckResult;
import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.check.SpecChecker;
import io.github.specwright.core.fix.AtomicWrite;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Records today's findings as accepted, so that the checks report only new ones:
 * {@code ./mvnw specwright:baseline} writes {@code specwright-baseline.json}.
 */
@Mojo(name = "baseline", requiresProject = true, threadSafe = true)
public class BaselineMojo extends RepositoryMojo {

    /** Where to write the baseline (default: specwright-baseline.json at the repository root). */
    @Parameter(property = "specwright.baselineOutput")
    File output;

    @Override
    public void execute() throws MojoExecutionException {
        CheckConfig config = config("Specwright: ");
        Path root = basedir.toPath();
        try {
            CheckResult result = new SpecChecker(config).check(root);
            Path target = output != null ? output.toPath() : root.resolve(Baseline.DEFAULT_FILE);
            AtomicWrite.write(target, BaselineCheck.record(root, result));
            getLog().info("Specwright recorded " + result.findings().size() + " findings in " + target);
        } catch (ConfigException | IOException e) {
            throw new MojoExecutionException("Specwright baseline: " + e.getMessage(), e);
        }
    }
}
