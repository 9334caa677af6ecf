package io.github.specwright.maven;

import io.github.specwright.core.lifecycle.LifecycleException;
import io.github.specwright.core.lifecycle.SpecLifecycle;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Moves a spec to another directory and records the redirect of its old URL in the redirects file
 * of its old directory's parent: {@code ./mvnw specwright:move -Dspec=specs/approved/x.rst -Dto=specs/implemented}.
 */
@Mojo(name = "move", requiresProject = true, threadSafe = true)
public class MoveMojo extends LifecycleMojo {

    /** The spec to move, relative to the repository root. */
    @Parameter(property = "spec")
    String spec;

    /** The directory to move it into, relative to the repository root. */
    @Parameter(property = "to")
    String to;

    @Override
    SpecLifecycle.Change plan(SpecLifecycle lifecycle) throws LifecycleException {
        return lifecycle.move(path(spec, "spec"), path(to, "to"));
    }
}
