package io.github.specwright.enforcer;

import io.github.specwright.core.base.RuleGroup;

import javax.inject.Inject;
import javax.inject.Named;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;

/**
 * Markup validity: what docutils would report as a warning or an error.
 *
 * <p>Configured as {@code <rstSyntax/>} inside maven-enforcer-plugin's {@code <rules>}; see
 * {@link SpecRule} for the options.
 */
@Named("rstSyntax")
public final class RstSyntax extends SpecRule {

    @Inject
    public RstSyntax(MavenProject project, MavenSession session, MojoExecution execution) {
        super(project, session, execution, RuleGroup.SYNTAX, "file", "files", "reStructuredText syntax");
    }
}
