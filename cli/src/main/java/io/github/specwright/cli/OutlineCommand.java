package io.github.specwright.cli;

import io.github.specwright.core.rst.Outline;
import io.github.specwright.core.rst.RstParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
            String text;
            try {
                text = read(workingDirectory.resolve(arg));
            } catch (NoSuchFileException e) {
                err.println("specwright outline: " + arg + ": no such file");
                status = 1;
                continue;
            } catch (NotUtf8Exception e) {
                err.println("specwright outline: " + arg + ":" + e.line + ": not valid UTF-8; convert the file to UTF-8");
                status = 1;
                continue;
            } catch (IOException e) {
                err.println("specwright outline: " + arg + ": cannot read: " + describe(e));
                status = 1;
                continue;
            }
            String json = Outline.of(RstParser.parse(text, arg).document()).toJson();
            out.println("outline\t" + arg + "\t" + json);
        }
        return status;
    }

    /** A file that is not valid UTF-8; {@code line} is the 1-based line of the first bad byte. */
    static final class NotUtf8Exception extends IOException {
        final int line;

        NotUtf8Exception(int line) {
            super("not valid UTF-8");
            this.line = line;
        }
    }

    /** Reads strict UTF-8: malformed input is an error naming its line, not silently replaced. */
    static String read(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            throw new IOException("is a directory");
        }
        byte[] bytes = Files.readAllBytes(path);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer decoded = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, decoded, true);
        if (!result.isError()) {
            result = decoder.flush(decoded);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new NotUtf8Exception(line);
        }
        decoded.flip();
        return decoded.toString();
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
