package io.github.specwright.maven;

import io.github.specwright.core.lifecycle.LifecycleException;
import io.github.specwright.core.lifecycle.SpecLifecycle;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Moves a delivered spec to the implemented directory beside its own: {@code ./mvnw specwright:implement -Dspec=...}. */
@Mojo(name = "implement", requiresProject = true, threadSafe = true)
public class ImplementMojo extends LifecycleMojo {

    /** The spec that was delivered, relative to the repository root. */
    @Parameter(property = "spec")
    String spec;

    @Override
    SpecLifecycle.Change plan(SpecLifecycle lifecycle) throws LifecycleException {
        return lifecycle.implement(path(spec, "spec"));
    }
}
