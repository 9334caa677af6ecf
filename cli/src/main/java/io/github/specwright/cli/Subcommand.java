package io.github.specwright.cli;

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
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * A command of the CLI: picocli fills its options, {@link #call()} does the work and returns the
 * exit status. Paths in arguments are read against the working directory.
 */
abstract class Subcommand implements Callable<Integer> {

    protected final Path workingDirectory;
    protected final Map<String, String> environment;
    protected PrintStream out = System.out;
    protected PrintStream err = System.err;

    protected Subcommand(Path workingDirectory, Map<String, String> environment) {
        this.workingDirectory = workingDirectory;
        this.environment = environment;
    }

    /** Where the command prints; set before it runs. */
    void bind(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** The command line that runs this command, made once: picocli resets options to the values seen then. */
    private CommandLine commandLine;

    /** Parses {@code args} and runs this command as {@code specwright NAME ARGS} would. */
    int run(String[] args, PrintStream out, PrintStream err) {
        bind(out, err);
        if (commandLine == null) {
            String name = getClass().getAnnotation(CommandLine.Command.class).name();
            CommandLine top = new CommandLine(new Main());
            top.addSubcommand(name, this);
            commandLine = Cli.configure(top, out, err).getSubcommands().get(name);
        }
        String[] full = new String[args.length + 1];
        full[0] = commandLine.getCommandName();
        System.arraycopy(args, 0, full, 1, args.length);
        return commandLine.getParent().execute(full);
    }

    protected Path resolve(Path path) {
        return path.isAbsolute() ? path.normalize() : workingDirectory.resolve(path).normalize();
    }

    /** A refusal or a configuration problem, in one line; returns {@code status}. */
    protected int fail(int status, String message) {
        err.println("specwright: " + message);
        return status;
    }

    /**
     * The text of a source file named on the command line, or null after saying in one line why it
     * cannot be read ({@code specwright COMMAND: FILE: ...}).
     */
    String readSource(String command, String name) {
        try {
            return read(workingDirectory.resolve(name));
        } catch (NoSuchFileException e) {
            err.println("specwright " + command + ": " + name + ": no such file");
        } catch (NotUtf8Exception e) {
            err.println("specwright " + command + ": " + name + ":" + e.line + ": not valid UTF-8; convert the file to UTF-8");
        } catch (IOException e) {
            err.println("specwright " + command + ": " + name + ": cannot read: " + describe(e));
        }
        return null;
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
