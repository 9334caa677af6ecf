package io.github.specwright.enforcer;

import io.github.specwright.core.base.RuleGroup;

import javax.inject.Inject;
import javax.inject.Named;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;

/**
 * Template conformance and header checks: every template section present, the licence header, the tracker link.
 *
 * <p>Configured as {@code <specTemplate/>} inside maven-enforcer-plugin's {@code <rules>}; see
 * {@link SpecRule} for the options.
 */
@Named("specTemplate")
public final class SpecTemplate extends SpecRule {

    @Inject
    public SpecTemplate(MavenProject project, MavenSession session, MojoExecution execution) {
        super(project, session, execution, RuleGroup.TEMPLATE, "spec", "specs", "the template");
    }
}
