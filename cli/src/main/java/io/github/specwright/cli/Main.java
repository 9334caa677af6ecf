package io.github.specwright.cli;

import java.io.PrintStream;
import java.util.Arrays;

/** {@code java -jar specwright.jar COMMAND ...}: the command-line entry over core. */
public final class Main {

    static final String USAGE = """
            usage: java -jar specwright.jar COMMAND [ARGS]

            commands:
              outline FILE...   print each file's section outline as JSON
              check [--config FILE] [--fix] [--format text|json|sarif|github] [--output FILE]
                    [--changed-since REF] PATH...
                                check specs against the template and formatting rules
              fix [--config FILE] [--rewrap] [--changed-since REF] PATH...
                                fix whitespace, adornments and missing template sections
              new NAME [--title T] [--backlog]
                                start specs/approved/NAME.rst from the template
              site [--out DIR] [--strict] [--title T] [--allow-images] ROOT
                                render ROOT's specs to an HTML site (default DIR: ROOT/target/specs-site)
              help              print this help
            """;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command; returns the exit code (0 ok, 1 findings, 2 usage error). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(USAGE);
            return 2;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "outline" -> {
                return new OutlineCommand(java.nio.file.Path.of("").toAbsolutePath()).run(rest, out, err);
            }
            case "check" -> {
                return new CheckCommand(java.nio.file.Path.of("").toAbsolutePath()).run(rest, out, err);
            }
            case "fix" -> {
                return new FixCommand(java.nio.file.Path.of("").toAbsolutePath()).run(rest, out, err);
            }
            case "new" -> {
                return new NewCommand(java.nio.file.Path.of("").toAbsolutePath()).run(rest, out, err);
            }
            case "site" -> {
                return SiteCommand.run(rest, out, err);
            }
            case "help", "--help", "-h" -> {
                out.print(USAGE);
                return 0;
            }
            default -> {
                err.println("specwright: unknown command '" + args[0] + "'" + (rest.length > 0 ? "" : ""));
                err.print(USAGE);
                return 2;
            }
        }
    }
}
