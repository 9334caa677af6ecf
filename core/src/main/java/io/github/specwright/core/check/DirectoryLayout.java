package io.github.specwright.core.check;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a directory may hold, as nova-specs' tests demand of {@code specs/<release>/}: only
 * {@code approved}, {@code implemented} and {@code redirects}. One rule per {@code
 * [directory-layout GLOB]} section: the directories whose root-relative path (with a final
 * {@code /}) matches the glob may hold only entries whose name matches one of {@code allowed};
 * hidden entries are ignored. The message says where things belong.
 *
 * @param glob    the directories, e.g. {@code specs/*}{@code /}
 * @param allowed names or globs of the entries allowed in them
 * @param message what to tell the author, e.g. where specs go; may be empty
 */
public record DirectoryLayout(String glob, List<String> allowed, String message) {

    public DirectoryLayout {
        allowed = List.copyOf(allowed);
        message = message == null ? "" : message;
    }

    /** The names of the entries of {@code directory} (root-relative) the layout does not allow, sorted. */
    List<String> misplaced(Path root, String directory) throws IOException {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String name : allowed) {
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + name));
        }
        List<String> misplaced = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root.resolve(directory))) {
            for (Path entry : entries) {
                Path name = entry.getFileName();
                if (!name.toString().startsWith(".") && matchers.stream().noneMatch(m -> m.matches(name))) {
                    misplaced.add(name.toString());
                }
            }
        }
        misplaced.sort(null);
        return misplaced;
    }

    /** What to tell the author about {@code entry} in {@code directory}. */
    String message(String directory, String entry) {
        return directory + " may hold only " + String.join(", ", allowed) + "; " + entry + " does not belong here"
                + (message.isEmpty() ? "" : ": " + message);
    }

    /** The directories under {@code root} this layout applies to (root-relative, ending in {@code /}), sorted. */
    List<String> directories(Path root, CheckConfig config) throws IOException {
        // Paths lose a final '/': the glob is matched without it.
        String directoriesGlob = glob.endsWith("/") ? glob.substring(0, glob.length() - 1) : glob;
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + directoriesGlob);
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isDirectory).filter(dir -> !dir.equals(root))
                    .map(dir -> root.relativize(dir).toString().replace('\\', '/'))
                    .filter(dir -> !hidden(dir) && !config.isExcluded(dir + "/") && matcher.matches(Path.of(dir)))
                    .map(dir -> dir + "/").sorted().toList();
        }
    }

    private static boolean hidden(String directory) {
        for (String segment : directory.split("/")) {
            if (segment.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
