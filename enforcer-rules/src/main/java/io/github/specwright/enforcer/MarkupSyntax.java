package io.github.specwright.enforcer;

import io.github.specwright.core.base.RuleGroup;

import javax.inject.Inject;
import javax.inject.Named;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;

/**
 * Markup validity in whatever format a spec is written: the {@code rst-*} findings of
 * reStructuredText files and the {@code md-*} findings of Markdown files. It runs the same
 * checks as {@link RstSyntax}; its name and summary suit a Markdown (or mixed) repository.
 *
 * <p>Configured as {@code <markupSyntax/>} inside maven-enforcer-plugin's {@code <rules>}; see
 * {@link SpecRule} for the options.
 */
@Named("markupSyntax")
public final class MarkupSyntax extends SpecRule {

    @Inject
    public MarkupSyntax(MavenProject project, MavenSession session, MojoExecution execution) {
        super(project, session, execution, RuleGroup.SYNTAX, "file", "files", "the markup rules");
    }
}
