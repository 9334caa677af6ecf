package io.github.specwright.cli;

import java.io.PrintStream;
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
}
