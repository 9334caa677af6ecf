package io.github.specwright.maven;

import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.fix.FixResult;
import io.github.specwright.core.fix.SpecMigrator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Brings specs to the latest version of their template: adds the sections and subsections the
 * template has and a spec lacks (in template order, with the body "None"), applies the
 * configuration's {@code renamed-sections} keeping each section's content, and sets the spec's
 * template-version marker. Removes nothing; each file is replaced atomically, or left untouched on
 * any error. {@code -Dspecwright.specs=a.rst,b.rst} migrates those specs,
 * {@code -Dspecwright.changedSince=REF} the specs changed since REF, else every spec;
 * {@code -Dspecwright.dryRun} prints the changes without writing them.
 */
@Mojo(name = "migrate", threadSafe = true)
public class MigrateMojo extends RepositoryMojo {

    /** The specs to migrate, relative to the repository root; every spec when empty. */
    @Parameter(property = "specwright.specs")
    List<String> specs;

    /** Migrate only the specs changed against this git ref (and untracked ones). */
    @Parameter(property = "specwright.changedSince")
    String changedSince;

    /** Print what would change; write nothing. */
    @Parameter(property = "specwright.dryRun", defaultValue = "false")
    boolean dryRun;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        CheckConfig config = config("Specwright: ");
        Path root = basedir.toPath();
        List<Path> selection = new ArrayList<>();
        if (specs != null && !specs.isEmpty()) {
            specs.forEach(spec -> selection.add(root.resolve(spec.strip())));
        } else {
            selection.addAll(selection(changedSince, config));
        }
        FixResult result;
        try {
            result = new SpecMigrator(config, dryRun).migrate(root, selection);
        } catch (ConfigException e) {
            throw new MojoExecutionException("Specwright migrate: " + e.getMessage(), e);
        }
        logLines(result.format(dryRun ? "Would migrate" : "Migrated"));
        if (result.hasErrors()) {
            throw new MojoFailureException("Specwright migrate: some specs could not be migrated (see above); they were"
                    + " left unchanged");
        }
    }
}
