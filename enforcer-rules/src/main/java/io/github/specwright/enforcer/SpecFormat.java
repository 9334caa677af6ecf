package io.github.specwright.enforcer;

import io.github.specwright.core.base.RuleGroup;

import javax.inject.Inject;
import javax.inject.Named;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;

/**
 * Formatting and encoding: line length, trailing whitespace, tabs, line endings, final newline, UTF-8.
 *
 * <p>Configured as {@code <specFormat/>} inside maven-enforcer-plugin's {@code <rules>}; see
 * {@link SpecRule} for the options.
 */
@Named("specFormat")
public final class SpecFormat extends SpecRule {

    @Inject
    public SpecFormat(MavenProject project, MavenSession session, MojoExecution execution) {
        super(project, session, execution, RuleGroup.FORMAT, "file", "files", "the formatting rules");
    }
}
