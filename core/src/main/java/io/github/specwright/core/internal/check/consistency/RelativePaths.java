package io.github.specwright.core.internal.check.consistency;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Relative paths with {@code /} separators, as written in redirects files and URLs: the same on
 * every platform, never touching the file system.
 */
public final class RelativePaths {

    private RelativePaths() {
    }

    /** {@code a/./b/../c} becomes {@code a/c}; leading {@code ..} segments are kept. */
    public static String normalize(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..") && !segments.isEmpty() && !segments.peekLast().equals("..")) {
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }

    /** The directory part ({@code ""} for a bare name). */
    public static String parent(String path) {
        String normal = normalize(path);
        int slash = normal.lastIndexOf('/');
        return slash < 0 ? "" : normal.substring(0, slash);
    }

    public static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** {@code relative} read from {@code directory}. */
    public static String resolve(String directory, String relative) {
        return normalize(directory.isEmpty() ? relative : directory + "/" + relative);
    }

    /** The path that leads from {@code directory} to {@code target} (both normalised, same root). */
    public static String relativize(String directory, String target) {
        List<String> from = segments(directory);
        List<String> to = segments(target);
        int common = 0;
        while (common < from.size() && common < to.size() && from.get(common).equals(to.get(common))) {
            common++;
        }
        List<String> result = new ArrayList<>();
        for (int i = common; i < from.size(); i++) {
            result.add("..");
        }
        result.addAll(to.subList(common, to.size()));
        return String.join("/", result);
    }

    private static List<String> segments(String path) {
        String normal = normalize(path);
        return normal.isEmpty() ? List.of() : List.of(normal.split("/"));
    }
}
