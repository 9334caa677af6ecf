package io.github.specwright.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs CLI commands in a working directory and keeps what they printed. */
final class CliSession {

    private final Path workingDirectory;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    CliSession(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /** Runs {@code specwright ARGS}; the output of earlier runs is forgotten. */
    int run(String... args) {
        out.reset();
        err.reset();
        return Main.commandLine(workingDirectory, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
