package io.github.specwright.cli;

import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.check.ConfigException;
import io.github.specwright.core.check.Policy;
import io.github.specwright.core.fix.FixOptions;
import io.github.specwright.core.fix.FixResult;
import io.github.specwright.core.fix.SpecFixer;
import io.github.specwright.core.vcs.GitChangedFiles;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code fix [--config FILE] [--rewrap] [--changed-since REF] PATH...}: fixes what can be
 * fixed without a human and prints what it changed in each file.
 */
final class FixCommand {

    static final String USAGE = """
            usage: java -jar specwright.jar fix [--config FILE] [--rewrap] [--changed-since REF] PATH...

            Fixes trailing whitespace, CR line ends, tab indentation, the missing final
            newline and too-short title adornments, and appends each missing template
            section or subsection (in template order, with the body "None"). Only
            whitespace and adornment change; literal blocks, tables and directive bodies
            keep their text. Each file is replaced atomically, keeping its permissions,
            or left untouched on any error. PATH is a repository root or a file.

              --rewrap             also re-wrap over-long plain paragraphs to the line length
              --changed-since REF  in a repository root, fix only files changed against REF
            Exit status: 0 done, 1 some file could not be fixed, 2 usage or configuration error.
            """;

    private final Path workingDirectory;

    FixCommand(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        Path configFile = null;
        boolean rewrap = false;
        String changedSince = null;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--rewrap" -> rewrap = true;
                case "--config", "--changed-since" -> {
                    if (i + 1 >= args.length) {
                        return usage(err, arg + " needs a value");
                    }
                    if (arg.equals("--config")) {
                        configFile = Path.of(args[++i]);
                    } else {
                        changedSince = args[++i];
                    }
                }
                case "-h", "--help" -> {
                    out.print(USAGE);
                    return 0;
                }
                default -> {
                    if (arg.startsWith("-")) {
                        return usage(err, "unknown option '" + arg + "'");
                    }
                    paths.add(arg);
                }
            }
        }
        if (paths.isEmpty()) {
            return usage(err, "no PATH to fix");
        }
        FixOptions options = FixOptions.defaults().withRewrap(rewrap);
        try {
            CheckConfig config = configFile == null ? CheckConfig.defaults()
                    : CheckConfig.load(workingDirectory.resolve(configFile));
            boolean failed = false;
            List<Path> looseFiles = new ArrayList<>();
            for (String name : paths) {
                Path path = workingDirectory.resolve(name).normalize();
                if (Files.isDirectory(path)) {
                    List<Path> selection = List.of(path);
                    if (changedSince != null) {
                        selection = GitChangedFiles.changedSpecs(path, new GitChangedFiles().since(path, changedSince),
                                config);
                    }
                    FixResult result = new SpecFixer(config, options).fix(path, selection);
                    out.print(result.format());
                    failed |= result.hasErrors();
                } else {
                    looseFiles.add(path);
                }
            }
            if (!looseFiles.isEmpty()) {
                CheckConfig fileConfig = configFile == null
                        ? config.toBuilder().clearPolicies().defaultPolicy(Policy.FORMAT_ONLY).build() : config;
                FixResult result = new SpecFixer(fileConfig, options).fix(workingDirectory, looseFiles);
                out.print(result.format());
                failed |= result.hasErrors();
            }
            return failed ? 1 : 0;
        } catch (ConfigException | GitChangedFiles.GitException e) {
            err.println("specwright: " + e.getMessage());
            return 2;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("specwright: " + problem);
        err.print(USAGE);
        return 2;
    }
}
