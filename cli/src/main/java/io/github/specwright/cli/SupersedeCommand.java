package io.github.specwright.cli;

import io.github.specwright.core.lifecycle.LifecycleException;
import io.github.specwright.core.lifecycle.SpecLifecycle;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code supersede SPEC --by OTHER}: abandons a spec in favour of another, recording it in both. */
@Command(name = "supersede", mixinStandardHelpOptions = true, header = "Replace a spec by another.",
        description = {"Records the replacement in both documents (':Superseded by: PATH' and ':Supersedes: PATH'"
                + " under the title in reStructuredText; 'superseded-by' and 'supersedes' front matter keys in"
                + " Markdown) and moves SPEC to the not-implemented directory, redirect included."},
        footer = "Exit status: 0 done, 1 refused (nothing changed), 2 usage or configuration error.")
final class SupersedeCommand extends LifecycleCommand {

    @Parameters(paramLabel = "SPEC", description = "the spec being replaced")
    private Path spec;

    @Option(names = "--by", required = true, paramLabel = "OTHER", description = "the spec that replaces it")
    private Path replacement;

    SupersedeCommand(Path workingDirectory, Map<String, String> environment) {
        super(workingDirectory, environment);
    }

    @Override
    protected SpecLifecycle.Change plan(SpecLifecycle lifecycle) throws LifecycleException {
        return lifecycle.supersede(argument(spec), argument(replacement));
    }
}
