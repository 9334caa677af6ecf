package io.github.specwright.cli;

import io.github.specwright.core.lifecycle.LifecycleException;
import io.github.specwright.core.lifecycle.SpecLifecycle;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code implement SPEC}: moves a delivered spec to the implemented directory beside its own. */
@Command(name = "implement", mixinStandardHelpOptions = true, header = "Move a delivered spec to implemented/.",
        description = {"Moves SPEC to the 'implemented' directory beside its own (specs/approved/x.rst to"
                + " specs/implemented/x.rst) as the move command does, redirect included; a Markdown spec's status"
                + " becomes 'implemented'."},
        footer = "Exit status: 0 moved, 1 refused (nothing changed), 2 usage or configuration error.")
final class ImplementCommand extends LifecycleCommand {

    @Parameters(paramLabel = "SPEC", description = "the spec that was delivered")
    private Path spec;

    ImplementCommand(Path workingDirectory, Map<String, String> environment) {
        super(workingDirectory, environment);
    }

    @Override
    protected SpecLifecycle.Change plan(SpecLifecycle lifecycle) throws LifecycleException {
        return lifecycle.implement(argument(spec));
    }
}
