package io.github.specwright.cli;

import io.github.specwright.core.fix.AtomicWrite;
import io.github.specwright.core.rst.RstParser;
import io.github.specwright.core.tree.PseudoXml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tree [--out DIR] FILE...}: each file's whole document tree in docutils' pseudo-XML. */
@Command(name = "tree", mixinStandardHelpOptions = true, header = "Print each file's document tree as docutils does.",
        description = {"Prints the whole document tree of each reStructuredText FILE in docutils' pseudo-XML"
                + " (Node.pformat(): four spaces a level, attributes sorted by name), after the resolution docutils'"
                + " publish_doctree makes, with the reference corpus's normalisation (no system messages, Sphinx roles"
                + " and directives as sphinx_role and sphinx_directive). With --out, writes DIR/FILE.pformat for each"
                + " FILE (its path kept) instead."},
        footer = "Exit status: 0 all files read, 1 a file could not be read, 2 usage error.")
final class TreeCommand extends Subcommand {

    @Option(names = "--out", paramLabel = "DIR", description = "write DIR/FILE.pformat for each FILE")
    private Path outputDirectory;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "a reStructuredText file")
    private List<String> files = new ArrayList<>();

    TreeCommand(Path workingDirectory, Map<String, String> environment) {
        super(workingDirectory, environment);
    }

    @Override
    public Integer call() {
        int status = 0;
        for (String name : files) {
            String text;
            try {
                text = OutlineCommand.read(resolve(Path.of(name)));
            } catch (NoSuchFileException e) {
                status = fail(1, "tree: " + name + ": no such file");
                continue;
            } catch (OutlineCommand.NotUtf8Exception e) {
                status = fail(1, "tree: " + name + ":" + e.line + ": not valid UTF-8; convert the file to UTF-8");
                continue;
            } catch (IOException e) {
                status = fail(1, "tree: " + name + ": cannot read: " + e.getMessage());
                continue;
            }
            String tree = PseudoXml.of(RstParser.parse(text, name).document());
            if (outputDirectory == null) {
                out.print(tree);
                continue;
            }
            Path target = resolve(outputDirectory).resolve(name + ".pformat").normalize();
            try {
                Files.createDirectories(target.getParent());
                AtomicWrite.write(target, tree);
            } catch (IOException e) {
                status = fail(1, "tree: cannot write " + target + ": " + e.getMessage());
            }
        }
        return status;
    }
}
