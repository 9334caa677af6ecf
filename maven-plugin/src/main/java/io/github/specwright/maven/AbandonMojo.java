package io.github.specwright.maven;

import io.github.specwright.core.lifecycle.LifecycleException;
import io.github.specwright.core.lifecycle.SpecLifecycle;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Moves an abandoned spec to the not-implemented directory beside its own: {@code ./mvnw specwright:abandon -Dspec=...}. */
@Mojo(name = "abandon", requiresProject = true, threadSafe = true)
public class AbandonMojo extends LifecycleMojo {

    /** The spec to abandon, relative to the repository root. */
    @Parameter(property = "spec")
    String spec;

    @Override
    SpecLifecycle.Change plan(SpecLifecycle lifecycle) throws LifecycleException {
        return lifecycle.abandon(path(spec, "spec"));
    }
}
