package io.github.specwright.maven;

import io.github.specwright.core.lifecycle.LifecycleException;
import io.github.specwright.core.lifecycle.SpecLifecycle;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Replaces a spec by another, recording it in both, and abandons the old one:
 * {@code ./mvnw specwright:supersede -Dspec=specs/approved/old.rst -Dby=specs/approved/new.rst}.
 */
@Mojo(name = "supersede", requiresProject = true, threadSafe = true)
public class SupersedeMojo extends LifecycleMojo {

    /** The spec being replaced, relative to the repository root. */
    @Parameter(property = "spec")
    String spec;

    /** The spec that replaces it, relative to the repository root. */
    @Parameter(property = "by")
    String by;

    @Override
    SpecLifecycle.Change plan(SpecLifecycle lifecycle) throws LifecycleException {
        return lifecycle.supersede(path(spec, "spec"), path(by, "by"));
    }
}
