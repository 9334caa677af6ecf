package io.github.specwright.maven;

import io.github.specwright.core.authoring.NewSpec;
import io.github.specwright.core.check.CheckConfig;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts a new spec: {@code mvn specwright:new -Dname=my-feature [-Dtitle="..."] [-Dbacklog]} copies the
 * repository's template to {@code specs/approved/my-feature.rst} (or {@code specs/backlog/}) with the title
 * filled in; a Markdown template ({@code template.md}) gives {@code my-feature.md}. Refuses to overwrite a
 * file and names it.
 */
@Mojo(name = "new", threadSafe = true)
public class NewMojo extends RepositoryMojo {

    /** The spec's file name without extension: lower-case letters, digits and hyphens. */
    @Parameter(property = "name")
    String name;

    /** The spec's title; made from the name when unset. */
    @Parameter(property = "title")
    String title;

    /** Create the spec in {@code specs/backlog/} instead of {@code specs/approved/}. */
    @Parameter(property = "backlog", defaultValue = "false")
    boolean backlog;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (name == null || name.isBlank()) {
            throw new MojoFailureException("Specwright new: give the spec a name, e.g. mvn specwright:new -Dname=my-feature");
        }
        CheckConfig config = config("Specwright new: ");
        try {
            Path created = NewSpec.create(basedir.toPath(), config.template(), name, title, backlog);
            getLog().info("Created " + basedir.toPath().relativize(created).toString().replace('\\', '/'));
        } catch (NewSpec.NewSpecException e) {
            throw new MojoFailureException("Specwright new: " + e.getMessage());
        }
    }
}
