package io.github.specwright.cli;

import io.github.specwright.core.lifecycle.LifecycleException;
import io.github.specwright.core.lifecycle.SpecLifecycle;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code abandon SPEC}: moves a spec nobody will deliver to the not-implemented directory. */
@Command(name = "abandon", mixinStandardHelpOptions = true, header = "Move an abandoned spec to not-implemented/.",
        description = {"Moves SPEC to the 'not-implemented' directory beside its own as the move command does,"
                + " redirect included; a Markdown spec's status becomes 'not-implemented'."},
        footer = "Exit status: 0 moved, 1 refused (nothing changed), 2 usage or configuration error.")
final class AbandonCommand extends LifecycleCommand {

    @Parameters(paramLabel = "SPEC", description = "the spec to abandon")
    private Path spec;

    AbandonCommand(Path workingDirectory, Map<String, String> environment) {
        super(workingDirectory, environment);
    }

    @Override
    protected SpecLifecycle.Change plan(SpecLifecycle lifecycle) throws LifecycleException {
        return lifecycle.abandon(argument(spec));
    }
}
