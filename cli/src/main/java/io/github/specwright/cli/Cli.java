package io.github.specwright.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * How every command reports: usage errors as {@code specwright: PROBLEM}, a suggestion for a
 * mistyped option or command, then the command's usage, exit status 2; a bug as one line, never
 * a stack trace, exit status 2.
 */
final class Cli {

    static final int USAGE_ERROR = 2;

    private Cli() {
    }

    static CommandLine configure(CommandLine commandLine, PrintStream out, PrintStream err) {
        commandLine.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(Cli::usageError);
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            failed.getErr().println("specwright: internal error: " + exception + " (please report it)");
            return USAGE_ERROR;
        });
        return commandLine;
    }

    private static int usageError(CommandLine.ParameterException exception, String[] args) {
        CommandLine failed = exception.getCommandLine();
        PrintWriter err = failed.getErr();
        err.println("specwright: " + exception.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
        err.print(failed.getHelp().synopsisHeading() + failed.getHelp().synopsis(0));
        String name = failed.getCommandSpec().qualifiedName(" ");
        err.println("Run '" + (failed.getParent() == null ? name + " help" : name + " --help")
                + "' for the options.");
        return USAGE_ERROR;
    }
}
