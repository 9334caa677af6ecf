package io.github.specwright.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** The git executable as tests drive it to set up a repository: a fixed identity, no commit signing. */
public final class TestGit {

    private TestGit() {
    }

    /** Skips the calling test when git cannot be started on this machine. */
    public static void assumeInstalled() {
        boolean available;
        try {
            available = new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            available = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            available = false;
        }
        Assumptions.assumeTrue(available, "git is not installed");
    }

    /** Runs {@code git ARGS} in {@code directory}; fails the test, with what git printed, unless git succeeds. */
    public static void run(Path directory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.com",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
    }

    /**
     * Makes {@code directory} a repository whose own configuration names a committer and turns signing off, so that
     * any git run there later (the product's {@code GitCommand} too) can commit.
     */
    public static void init(Path directory) throws IOException, InterruptedException {
        run(directory, "init", "-q");
        run(directory, "config", "user.email", "t@example.org");
        run(directory, "config", "user.name", "T");
        run(directory, "config", "commit.gpgsign", "false");
    }
}
