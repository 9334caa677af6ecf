package io.github.specwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The git executable as the tests drive it to set up a repository: a fixed identity, no commit signing. (core's
 * tests have their own io.github.specwright.core.testing.TestGit: test classes are not shared across modules.)
 */
final class TestGit {

    private TestGit() {
    }

    /**
     * Runs {@code git ARGS} in {@code directory}; skips the calling test when git cannot be started, and fails it,
     * with what git printed, unless git succeeds.
     */
    static void run(Path directory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.com",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("git is not installed");
            return;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
    }
}
