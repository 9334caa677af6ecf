package io.github.specwright.cli;

import io.github.specwright.core.rst.Outline;
import io.github.specwright.core.rst.RstParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code outline FILE...}: prints {@code outline<TAB>path<TAB>JSON} for each file, the JSON
 * mapping each top-level section title to its direct subsection titles (the form of the
 * reference corpus' {@code docutils.tsv}).
 */
final class OutlineCommand {

    static final String USAGE = """
            usage: java -jar specwright.jar outline FILE...

            Prints one line per file: outline<TAB>FILE<TAB>JSON, where the JSON object maps
            each top-level section title to the titles of its direct subsections.
            Exit status: 0 all files read, 1 a file could not be read, 2 usage error.
            """;

    private final Path workingDirectory;

    OutlineCommand(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("specwright outline: no file given");
            err.print(USAGE);
            return 2;
        }
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help")) {
                out.print(USAGE);
                return 0;
            }
            if (arg.startsWith("-") && !arg.equals("-")) {
                err.println("specwright outline: unknown option '" + arg + "'");
                err.print(USAGE);
                return 2;
            }
        }
        int status = 0;
        for (String arg : args) {
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
