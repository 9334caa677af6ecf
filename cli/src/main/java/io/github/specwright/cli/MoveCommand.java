package io.github.specwright.cli;

import io.github.specwright.core.lifecycle.LifecycleException;
import io.github.specwright.core.lifecycle.SpecLifecycle;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code move SPEC DEST_DIR}: moves a spec and records the redirect of its old URL. */
@Command(name = "move", mixinStandardHelpOptions = true, header = "Move a spec and record a redirect.",
        description = {"Moves SPEC into DEST_DIR (with git mv when git tracks it) and records the move in the"
                + " redirects file of the spec's old directory's parent (nova-specs' format: 'approved/x.rst"
                + " ../implemented/x.rst'), so that its published page keeps working. Earlier redirects to SPEC are"
                + " rewritten to the new place; moving a spec back where it came from removes its entry."},
        footer = "Exit status: 0 moved, 1 refused (nothing changed), 2 usage or configuration error.")
final class MoveCommand extends LifecycleCommand {

    @Parameters(index = "0", paramLabel = "SPEC", description = "the spec to move")
    private Path spec;

    @Parameters(index = "1", paramLabel = "DEST_DIR", description = "the directory to move it into")
    private Path destination;

    MoveCommand(Path workingDirectory, Map<String, String> environment) {
        super(workingDirectory, environment);
    }

    @Override
    protected SpecLifecycle.Change plan(SpecLifecycle lifecycle) throws LifecycleException {
        return lifecycle.move(argument(spec), argument(destination));
    }
}
