package io.github.specwright.enforcer;

import io.github.specwright.core.base.RuleGroup;

import javax.inject.Inject;
import javax.inject.Named;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;

/**
 * Priorities documents: priorities in tables, at most two primary contacts a row, a Details section for each linked priority.
 *
 * <p>Configured as {@code <prioritiesDocument/>} inside maven-enforcer-plugin's {@code <rules>}; see
 * {@link SpecRule} for the options.
 */
@Named("prioritiesDocument")
public final class PrioritiesDocument extends SpecRule {

    @Inject
    public PrioritiesDocument(MavenProject project, MavenSession session, MojoExecution execution) {
        super(project, session, execution, RuleGroup.PRIORITIES, "priorities document", "priorities documents", "the priorities rules");
    }
}
