package io.github.specwright.cli;

import io.github.specwright.core.rst.Outline;
import io.github.specwright.core.rst.RstParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code outline FILE...}: prints {@code outline<TAB>path<TAB>JSON} for each file, the JSON
 * mapping each top-level section title to its direct subsection titles (the form of the
 * reference corpus' {@code docutils.tsv}).
 */
@Command(name = "outline", mixinStandardHelpOptions = true,
        header = "Print each file's section outline as JSON.",
        description = {"Prints one line per file: outline<TAB>FILE<TAB>JSON, where the JSON object maps each top-level"
                + " section title to the titles of its direct subsections."},
        footer = "Exit status: 0 all files read, 1 a file could not be read, 2 usage error.")
final class OutlineCommand extends Subcommand {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "a reStructuredText file")
    private List<String> files = new ArrayList<>();

    OutlineCommand(Path workingDirectory) {
        this(workingDirectory, System.getenv());
    }

    OutlineCommand(Path workingDirectory, Map<String, String> environment) {
        super(workingDirectory, environment);
    }

    @Override
    public Integer call() {
        int status = 0;
        for (String arg : files) {
            String text = readSource("outline", arg);
            if (text == null) {
                status = 1;
                continue;
            }
            String json = Outline.of(RstParser.parse(text, arg).document()).toJson();
            out.println("outline\t" + arg + "\t" + json);
        }
        return status;
    }
}
