package io.github.specwright.maven;

import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.check.ConfigException;
import io.github.specwright.core.vcs.GitChangedFiles;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/** What the fix and check goals share: reading the configuration and choosing the files. */
final class MojoSupport {

    private MojoSupport() {
    }

    static CheckConfig config(File configFile) throws MojoExecutionException {
        try {
            return configFile == null ? CheckConfig.defaults() : CheckConfig.load(configFile.toPath());
        } catch (ConfigException e) {
            throw new MojoExecutionException("Specwright: " + e.getMessage(), e);
        }
    }

    /**
     * The root, or with a ref the files changed against it that have a checked extension
     * (the whole root when the template itself changed).
     */
    static List<Path> selection(Path root, String changedSince, CheckConfig config) throws MojoExecutionException {
        if (changedSince == null || changedSince.isBlank()) {
            return List.of(root);
        }
        List<String> changed;
        try {
            changed = new GitChangedFiles().since(root, changedSince);
        } catch (GitChangedFiles.GitException e) {
            throw new MojoExecutionException("Specwright: " + e.getMessage());
        }
        if (changed.contains(config.template())) {
            return List.of(root);
        }
        List<Path> files = new ArrayList<>();
        for (String name : changed) {
            if (config.extensionOf(name) != null) {
                files.add(root.resolve(name));
            }
        }
        return files;
    }
}
