package io.github.specwright.core.vcs;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The date of the last commit that touched each file, read with one {@code git log} over the whole tree. Where git
 * is missing or the folder is no work tree, the map is empty and callers fall back to file times.
 */
public final class GitDates {

    private GitDates() {
    }

    /** Last commit time per path relative to {@code root}; empty when git cannot tell. */
    public static Map<String, Instant> read(Path root) {
        try {
            GitCommand git = new GitCommand();
            String prefix = git.run(root, "git rev-parse failed", "rev-parse", "--show-prefix").strip();
            String log = git.run(root, "git log failed", "-c", "core.quotePath=false", "log", "--format=%x01%ct",
                    "--name-only", "--no-renames", "--", ".");
            Map<String, Instant> dates = new HashMap<>();
            Instant current = null;
            for (String line : log.split("\n")) {
                if (line.startsWith("\u0001")) {
                    current = Instant.ofEpochSecond(Long.parseLong(line.substring(1).strip()));
                } else if (!line.isBlank() && current != null && line.startsWith(prefix)) {
                    dates.putIfAbsent(line.substring(prefix.length()), current);
                }
            }
            return dates;
        } catch (GitCommand.GitException | RuntimeException e) {
            return Map.of();
        }
    }
}
