package io.github.specwright.core.site;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The date of the last commit that touched each file, read with one {@code git log} over the whole tree. Where git
 * is missing or the folder is no work tree, the map is empty and callers fall back to file times.
 */
final class GitDates {

    private static final long TIMEOUT_SECONDS = 30;

    private GitDates() {
    }

    /** Last commit time per path relative to {@code root}; empty when git cannot tell. */
    static Map<String, Instant> read(Path root) {
        try {
            String prefix = run(root, List.of("git", "rev-parse", "--show-prefix")).strip();
            String log = run(root, List.of("git", "-c", "core.quotePath=false", "log", "--format=%x01%ct", "--name-only", "--no-renames", "--", "."));
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
        } catch (IOException | RuntimeException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    private static String run(Path directory, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(false)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) > 0; ) {
                out.append(buffer, 0, n);
            }
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("git timed out");
        }
        if (process.exitValue() != 0) {
            throw new IOException("git exited with " + process.exitValue());
        }
        return out.toString();
    }
}
