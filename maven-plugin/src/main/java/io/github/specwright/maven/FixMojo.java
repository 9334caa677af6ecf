package io.github.specwright.maven;

import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.fix.FixOptions;
import io.github.specwright.core.fix.FixResult;
import io.github.specwright.core.fix.SpecFixer;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fixes what can be fixed without a human: trailing whitespace, CR line ends, tab indentation, the final
 * newline, too-short title adornments and missing template sections (appended with the body "None"); with
 * {@code -Dspecwright.rewrap} also over-long plain paragraphs. Prints the changes per file. Each file is
 * replaced atomically, keeping its permissions, or left untouched on any error.
 */
@Mojo(name = "fix", threadSafe = true)
public class FixMojo extends RepositoryMojo {

    /** Also re-wrap over-long plain paragraphs to the line length. */
    @Parameter(property = "specwright.rewrap", defaultValue = "false")
    boolean rewrap;

    /** Fix only the files changed against this git ref (and untracked files). */
    @Parameter(property = "specwright.changedSince")
    String changedSince;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        CheckConfig config = config("Specwright: ");
        Path root = basedir.toPath();
        List<Path> selection = selection(changedSince, config);
        FixResult result;
        try {
            result = new SpecFixer(config, FixOptions.defaults().withRewrap(rewrap)).fix(root, selection);
        } catch (ConfigException e) {
            throw new MojoExecutionException("Specwright fix: " + e.getMessage(), e);
        }
        logLines(result.format());
        if (result.hasErrors()) {
            throw new MojoFailureException("Specwright fix: some files could not be fixed (see above); they were left unchanged");
        }
    }
}
