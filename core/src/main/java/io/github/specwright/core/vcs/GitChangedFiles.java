package io.github.specwright.core.vcs;

import io.github.specwright.core.check.CheckConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The files that changed against a git ref, for checking only what a change touches (large
 * repositories, pre-commit hooks): files modified, added, renamed or copied since {@code ref}
 * (committed, staged or not), plus untracked files git does not ignore. Deleted files are left
 * out: there is nothing to check. Runs the {@code git} command in the given directory.
 */
public final class GitChangedFiles {

    private static final long TIMEOUT_SECONDS = 120;

    private final String git;

    public GitChangedFiles() {
        this("git");
    }

    /** @param git the git executable (a name on the PATH or a path) */
    public GitChangedFiles(String git) {
        this.git = git;
    }

    /** Why the changed files could not be listed, in words for the user. */
    public static final class GitException extends Exception {
        public GitException(String message) {
            super(message);
        }
    }

    /**
     * What to check or fix under a repository root when only the changes since {@code ref}
     * matter: the changed files with a checked extension, or the whole root when the template
     * itself changed (every spec is measured against it). A null ref selects the whole root.
     */
    public List<Path> selection(Path root, String ref, CheckConfig config) throws GitException {
        if (ref == null) {
            return List.of(root);
        }
        List<String> changed = since(root, ref);
        return changed.contains(config.template()) ? List.of(root) : changedSpecs(root, changed, config);
    }

    /** The changed files with a checked extension, resolved against the root. */
    public static List<Path> changedSpecs(Path root, List<String> changed, CheckConfig config) {
        List<Path> files = new ArrayList<>();
        for (String name : changed) {
            if (config.extensionOf(name) != null) {
                files.add(root.resolve(name));
            }
        }
        return files;
    }

    /**
     * The changed files under {@code directory}, relative to it, with {@code /} separators,
     * sorted.
     */
    public List<String> since(Path directory, String ref) throws GitException {
        if (ref == null || ref.isBlank() || ref.startsWith("-")) {
            throw new GitException("invalid git ref '" + ref + "'");
        }
        // Fail early, with git's own words, outside a repository or when the ref names no commit.
        run(directory, "not inside a git working tree: the changed files come from git",
                "rev-parse", "--is-inside-work-tree");
        run(directory, "unknown git ref '" + ref + "'", "rev-parse", "--verify", "--quiet", ref + "^{commit}");
        TreeSet<String> files = new TreeSet<>();
        files.addAll(split(run(directory, "git diff against '" + ref + "' failed",
                "diff", "--name-only", "-z", "--relative", "--diff-filter=d", ref, "--")));
        files.addAll(split(run(directory, "listing untracked files failed",
                "ls-files", "--others", "--exclude-standard", "-z")));
        return new ArrayList<>(files);
    }

    private String run(Path directory, String failure, String... arguments) throws GitException {
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

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static List<String> split(String output) {
        List<String> names = new ArrayList<>();
        for (String name : output.split("\0")) {
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline);
    }
}
