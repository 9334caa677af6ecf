package io.github.specwright.core.lifecycle;

import io.github.specwright.core.internal.check.consistency.RelativePaths;

import io.github.specwright.core.internal.check.consistency.RedirectsFile;
import io.github.specwright.core.internal.check.consistency.RedirectsFiles;

import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.fix.AtomicWrite;
import io.github.specwright.core.vcs.GitCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Moving one spec to another directory without breaking its published URL: the file moves (with
 * {@code git mv} when git tracks it, so its history follows), and the {@code redirects} file in
 * the parent of the spec's old directory gains an entry. Every redirects file of the repository
 * that led to the old path is rewritten to lead to the new one (no chains); an entry whose old
 * path is the destination is dropped, so moving a spec back where it came from undoes its entry.
 *
 * <p>{@link #plan} checks everything and changes nothing; {@link Plan#apply} makes the changes
 * all or none: on any failure the files written so far are restored and the spec moved back.
 */
public final class SpecMove {

    private final Path root;
    private final CheckConfig config;
    private final GitCommand git;

    public SpecMove(Path root, CheckConfig config, GitCommand git) {
        this.root = root.toAbsolutePath().normalize();
        this.config = config;
        this.git = git;
    }

    /** What a move will do: the file's old and new paths and the redirects files' new texts. */
    public final class Plan {
        private final String from;
        private final String to;
        private final Map<String, String> redirectsBefore;
        private final Map<String, String> redirectsAfter;

        private Plan(String from, String to, Map<String, String> before, Map<String, String> after) {
            this.from = from;
            this.to = to;
            this.redirectsBefore = before;
            this.redirectsAfter = after;
        }

        /** The spec's path before the move, relative to the root. */
        public String from() {
            return from;
        }

        /** The spec's path after the move, relative to the root. */
        public String to() {
            return to;
        }

        /** Each redirects file the move writes (root-relative) and its text afterwards ("" = removed). */
        public Map<String, String> redirects() {
            return redirectsAfter;
        }

        /** What {@code --dry-run} prints: one line per change. */
        public List<String> describe() {
            List<String> lines = new ArrayList<>();
            lines.add("move " + from + " -> " + to);
            redirectsAfter.forEach((file, text) -> {
                RedirectsFile before = RedirectsFile.parse(redirectsBefore.getOrDefault(file, ""));
                RedirectsFile after = RedirectsFile.parse(text);
                for (RedirectsFile.Entry entry : before.entries()) {
                    if (after.entries().stream().noneMatch(e -> sameLine(e, entry))) {
                        lines.add(file + ": remove '" + entry.from() + " " + entry.to() + "'");
                    }
                }
                for (RedirectsFile.Entry entry : after.entries()) {
                    if (before.entries().stream().noneMatch(e -> sameLine(e, entry))) {
                        lines.add(file + ": add '" + entry.from() + " " + entry.to() + "'");
                    }
                }
            });
            return lines;
        }

        private boolean sameLine(RedirectsFile.Entry a, RedirectsFile.Entry b) {
            return a.from().equals(b.from()) && a.to().equals(b.to());
        }

        /** Makes the move: all of it, or on failure none of it. */
        public void apply() throws LifecycleException {
            Path source = root.resolve(from);
            Path target = root.resolve(to);
            List<Path> createdDirectories = new ArrayList<>();
            Map<String, String> written = new LinkedHashMap<>();
            boolean moved = false;
            try {
                MissingDirectories.create(target.getParent(), createdDirectories);
                moveFile(source, target);
                moved = true;
                for (Map.Entry<String, String> file : redirectsAfter.entrySet()) {
                    written.put(file.getKey(), redirectsBefore.get(file.getKey()));
                    writeRedirects(file.getKey(), file.getValue());
                }
                stageRedirects();
            } catch (IOException | GitCommand.GitException | RuntimeException e) {
                rollBack(source, target, moved, written, createdDirectories);
                throw new LifecycleException("could not move " + from + " to " + to + ": " + e.getMessage()
                        + "; nothing was changed");
            }
        }

        private void moveFile(Path source, Path target) throws IOException, GitCommand.GitException {
            if (useGit()) {
                git.run(root, "git mv failed", "mv", "--", from, to);
            } else {
                Files.move(source, target);
            }
        }

        private boolean useGit() {
            return git != null && git.isWorkTree(root) && git.isTracked(root, from);
        }

        private void stageRedirects() throws GitCommand.GitException {
            if (git == null || !git.isWorkTree(root) || !git.isTracked(root, to)) {
                return;
            }
            for (String file : redirectsAfter.keySet()) {
                git.run(root, "git add failed", "add", "-A", "--", file);
            }
        }

        private void rollBack(Path source, Path target, boolean moved, Map<String, String> written,
                              List<Path> createdDirectories) {
            written.forEach((file, before) -> {
                try {
                    writeRedirects(file, before == null ? "" : before);
                } catch (IOException ignored) {
                    // Best effort: the original failure is what the user needs to read.
                }
            });
            if (moved) {
                try {
                    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                        Files.move(target, source);
                    }
                    if (git != null && git.isWorkTree(root)) {
                        // Undo what git mv staged; harmless where nothing was staged.
                        git.run(root, "git reset failed", "reset", "-q", "--", from, to);
                    }
                } catch (IOException | GitCommand.GitException ignored) {
                    // As above.
                }
            }
            for (int i = createdDirectories.size() - 1; i >= 0; i--) {
                try {
                    Files.deleteIfExists(createdDirectories.get(i));
                } catch (IOException ignored) {
                    // A directory something else wrote into stays.
                }
            }
        }

        private void writeRedirects(String file, String text) throws IOException {
            Path path = root.resolve(file);
            if (text.isEmpty()) {
                Files.deleteIfExists(path);
            } else {
                AtomicWrite.write(path, text);
            }
        }
    }

    /**
     * Checks a move of {@code spec} into {@code destinationDirectory} and works out its redirects;
     * changes nothing.
     */
    public Plan plan(Path spec, Path destinationDirectory) throws LifecycleException {
        String from = insideRoot(spec, "the spec");
        Path source = root.resolve(from);
        if (!Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
            throw new LifecycleException(Files.exists(source, LinkOption.NOFOLLOW_LINKS)
                    ? from + " is not a regular file: only a spec file can be moved"
                    : from + " does not exist");
        }
        if (config.extensionOf(source.getFileName().toString()) == null) {
            throw new LifecycleException(from + " is not a spec: its extension is none of "
                    + String.join(", ", config.extensions()));
        }
        String directory = insideRoot(destinationDirectory, "the destination");
        String to = directory.isEmpty() ? fileName(from) : directory + "/" + fileName(from);
        if (RelativePaths.parent(from).equals(directory)) {
            throw new LifecycleException(from + " is already in " + (directory.isEmpty() ? "the root" : directory + "/"));
        }
        if (Files.exists(root.resolve(to), LinkOption.NOFOLLOW_LINKS)) {
            throw new LifecycleException("cannot move " + from + " to " + to + ": " + to + " already exists");
        }
        Path destination = root.resolve(directory);
        if (Files.exists(destination) && !Files.isDirectory(destination)) {
            throw new LifecycleException("the destination " + directory + " is not a directory");
        }
        String specDirectory = RelativePaths.parent(from);
        if (specDirectory.isEmpty()) {
            throw new LifecycleException(from + " is at the repository root: its redirect would belong in the"
                    + " root's parent directory; keep specs in a directory such as specs/approved/");
        }
        String home = RelativePaths.parent(specDirectory);
        Map<String, String> before = new TreeMap<>();
        Map<String, String> after = new TreeMap<>();
        String ownFile = home.isEmpty() ? RedirectsFile.FILE_NAME : home + "/" + RedirectsFile.FILE_NAME;
        before.putAll(RedirectsFiles.read(root));
        before.putIfAbsent(ownFile, "");
        // Going back to a path an entry redirected away from undoes that entry and records nothing.
        boolean undo = before.entrySet().stream().anyMatch(file -> RedirectsFile.parse(file.getValue()).entries()
                .stream().anyMatch(entry -> entry.rootRelativeSource(file.getKey()).equals(to)));
        for (Map.Entry<String, String> file : before.entrySet()) {
            String fileDirectory = RelativePaths.parent(file.getKey());
            RedirectsFile current = RedirectsFile.parse(file.getValue());
            RedirectsFile next = current.withMove(RelativePaths.relativize(fileDirectory, from),
                    RelativePaths.relativize(fileDirectory, to), file.getKey().equals(ownFile) && !undo);
            if (!next.text().equals(current.text())) {
                after.put(file.getKey(), next.isEmpty() ? "" : next.text());
            }
        }
        return new Plan(from, to, before, after);
    }

    /** {@code path} relative to the root, refused when it leads outside. */
    String relativeInside(Path path, String what) throws LifecycleException {
        return insideRoot(path, what);
    }

    private String insideRoot(Path path, String what) throws LifecycleException {
        Path absolute = (path.isAbsolute() ? path : root.resolve(path)).normalize();
        if (!absolute.startsWith(root)) {
            throw new LifecycleException(what + " " + path + " is outside the repository " + root);
        }
        return root.relativize(absolute).toString().replace('\\', '/');
    }


    private static String fileName(String path) {
        return RelativePaths.fileName(path);
    }
}
