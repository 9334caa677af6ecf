package io.github.specwright.enforcer;

import io.github.specwright.core.base.RuleGroup;

import javax.inject.Inject;
import javax.inject.Named;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;

/**
 * Across documents: redirects files of moved specs (targets that exist, no chains, sources that
 * are gone), specs with the same title, a Markdown status that contradicts its directory.
 *
 * <p>Configured as {@code <specConsistency/>} inside maven-enforcer-plugin's {@code <rules>}; see
 * {@link SpecRule} for the options.
 */
@Named("specConsistency")
public final class SpecConsistency extends SpecRule {

    @Inject
    public SpecConsistency(MavenProject project, MavenSession session, MojoExecution execution) {
        super(project, session, execution, RuleGroup.CONSISTENCY, "file", "files", "the consistency rules");
    }
}
