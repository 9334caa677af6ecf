package io.github.specwright.core.vcs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code git} executable in a directory and returns what it printed, or a
 * {@link GitException} in words for the user (git's own first line of complaint included).
 */
public final class GitCommand {

    private static final long TIMEOUT_SECONDS = 120;

    private final String git;

    public GitCommand() {
        this("git");
    }

    /** @param git the git executable (a name on the PATH or a path) */
    public GitCommand(String git) {
        this.git = git;
    }

    /** Why git could not do what was asked, in words for the user. */
    public static final class GitException extends Exception {
        public GitException(String message) {
            super(message);
        }
    }

    /**
     * Runs {@code git ARGUMENTS} in {@code directory}; a non-zero exit becomes a GitException
     * that starts with {@code failure}.
     */
    public String run(Path directory, String failure, String... arguments) throws GitException {
        List<String> command = new ArrayList<>();
        command.add(git);
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).start();
        } catch (IOException e) {
            throw new GitException("cannot run git ('" + git + "'): is git installed and on the PATH? ("
                    + e.getMessage() + ")");
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            String output = read(process.getInputStream());
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new GitException("git " + arguments[0] + " took longer than " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                String message = firstLine(errors.join());
                throw new GitException(failure + (message.isEmpty() ? "" : ": " + message)
                        + " (in " + directory + ")");
            }
            return output;
        } catch (IOException e) {
            throw new GitException("cannot talk to git: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new GitException("interrupted while running git");
        }
    }

    /** True when {@code directory} is inside a git working tree (false also when git is missing). */
    public boolean isWorkTree(Path directory) {
        try {
            return run(directory, "not a git working tree", "rev-parse", "--is-inside-work-tree").strip().equals("true");
        } catch (GitException e) {
            return false;
        }
    }

    /** True when git tracks {@code file} (relative to {@code directory}). */
    public boolean isTracked(Path directory, String file) {
        try {
            run(directory, "not tracked", "ls-files", "--error-unmatch", "--", file);
            return true;
        } catch (GitException e) {
            return false;
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline);
    }
}
