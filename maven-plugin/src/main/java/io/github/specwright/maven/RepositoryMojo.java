package io.github.specwright.maven;

import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.check.GitChangedFiles;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that work on a specs repository share (check, fix, new): its root, its
 * configuration file, reading that configuration and choosing the files to work on.
 */
abstract class RepositoryMojo extends AbstractMojo {

    /** The repository root. */
    @Parameter(property = "specwright.basedir", defaultValue = "${project.basedir}", required = true)
    File basedir;

    /** A Specwright configuration file; the default layout without one. */
    @Parameter(property = "specwright.config")
    File configFile;

    /** The configuration; a bad one fails the goal with the message prefixed by {@code prefix}. */
    CheckConfig config(String prefix) throws MojoExecutionException {
        try {
            return configFile == null ? CheckConfig.defaults() : CheckConfig.load(configFile.toPath());
        } catch (ConfigException e) {
            throw new MojoExecutionException(prefix + e.getMessage(), e);
        }
    }

    /** The root, or with a ref the changed files to work on (see {@link GitChangedFiles#selection}). */
    List<Path> selection(String changedSince, CheckConfig config) throws MojoExecutionException {
        try {
            return new GitChangedFiles().selection(basedir.toPath(),
                    changedSince == null || changedSince.isBlank() ? null : changedSince, config);
        } catch (GitChangedFiles.GitException e) {
            throw new MojoExecutionException("Specwright: " + e.getMessage());
        }
    }

    /** Logs a multi-line text, a log line per line. */
    void logLines(String text) {
        for (String line : text.split("\n")) {
            getLog().info(line);
        }
    }
}
