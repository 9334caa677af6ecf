package io.github.specwright.core.check;

import io.github.specwright.core.vcs.GitCommand;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The files that changed against a git ref, for checking only what a change touches (large
 * repositories, pre-commit hooks): files modified, added, renamed or copied since {@code ref}
 * (committed, staged or not), plus untracked files git does not ignore. Deleted files are left
 * out: there is nothing to check. Runs the {@code git} command in the given directory.
 */
public final class GitChangedFiles {

    private final GitCommand command;

    public GitChangedFiles() {
        this("git");
    }

    /** @param git the git executable (a name on the PATH or a path) */
    public GitChangedFiles(String git) {
        this.command = new GitCommand(git);
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
        try {
            return command.run(directory, failure, arguments);
        } catch (GitCommand.GitException e) {
            throw new GitException(e.getMessage());
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
}
