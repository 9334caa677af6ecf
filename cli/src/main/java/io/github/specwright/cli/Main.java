package io.github.specwright.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar specwright.jar COMMAND ...}: the command-line entry over core. Adding a command
 * is one class extending {@link Subcommand} and one line in {@link #COMMANDS}.
 */
@Command(name = "specwright", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = "Checks, fixes and publishes a repository of design specifications"
                + " (reStructuredText and Markdown).",
        footer = {"", "Run 'specwright help COMMAND' for a command's options.",
                "Exit status: 0 success, 1 findings or refusal, 2 usage or configuration error."})
public final class Main implements Runnable {

    /** Every command, in the order the help lists them. */
    interface Factory {
        Subcommand create(Path workingDirectory, Map<String, String> environment);
    }

    private static final Map<String, Factory> COMMANDS = commands();

    private static Map<String, Factory> commands() {
        Map<String, Factory> commands = new java.util.LinkedHashMap<>();
        commands.put("check", CheckCommand::new);
        commands.put("fix", FixCommand::new);
        commands.put("migrate", MigrateCommand::new);
        commands.put("baseline", BaselineCommand::new);
        commands.put("new", NewCommand::new);
        commands.put("site", SiteCommand::new);
        commands.put("move", MoveCommand::new);
        commands.put("implement", ImplementCommand::new);
        commands.put("abandon", AbandonCommand::new);
        commands.put("supersede", SupersedeCommand::new);
        commands.put("new-release", NewReleaseCommand::new);
        commands.put("stats", StatsCommand::new);
        commands.put("query", QueryCommand::new);
        commands.put("index", IndexCommand::new);
        commands.put("outline", OutlineCommand::new);
        commands.put("tree", TreeCommand::new);
        return commands;
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command; returns the exit code (0 ok, 1 findings, 2 usage error). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return commandLine(Path.of("").toAbsolutePath(), System.getenv(), out, err, args).execute(args);
    }

    static CommandLine commandLine(Path workingDirectory, Map<String, String> environment, PrintStream out,
                                   PrintStream err) {
        return commandLine(workingDirectory, environment, out, err, new String[0]);
    }

    /**
     * The command line for {@code args}. When they name a command, only that one is built: picocli
     * reads every command's annotations when it is added, which would cost a short check (a
     * pre-commit hook) a third of a second; help, completion and suggestions need them all.
     */
    static CommandLine commandLine(Path workingDirectory, Map<String, String> environment, PrintStream out,
                                   PrintStream err, String[] args) {
        CommandLine top = new CommandLine(new Main());
        boolean one = args.length > 0 && COMMANDS.containsKey(args[0]) && !java.util.Arrays.asList(args).contains("--help")
                && !java.util.Arrays.asList(args).contains("-h");
        COMMANDS.forEach((name, factory) -> {
            if (!one || name.equals(args[0])) {
                Subcommand command = factory.create(workingDirectory, environment);
                command.bind(out, err);
                top.addSubcommand(name, command);
            }
        });
        if (!one) {
            top.addSubcommand("help", new CommandLine.HelpCommand());
            top.addSubcommand("completion", new Completion());
        }
        return Cli.configure(top, out, err);
    }

    /** Without a command: the overview, and exit status 2 (nothing was done). */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "which command? (see below)");
    }

    /** {@code specwright completion}: a bash/zsh completion script for every command and option. */
    @Command(name = "completion", mixinStandardHelpOptions = true,
            header = "Print a bash completion script.",
            description = {"Prints a bash (and zsh) completion script. Install it with:",
                    "  source <(java -jar specwright.jar completion)"})
    static final class Completion implements Runnable {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            CommandLine root = spec.commandLine().getParent();
            spec.commandLine().getOut().print(AutoComplete.bash("specwright", root));
            spec.commandLine().getOut().flush();
        }
    }

    /** The version of the core library this CLI runs. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"specwright " + io.github.specwright.core.report.SpecwrightVersion.get()};
        }
    }
}
