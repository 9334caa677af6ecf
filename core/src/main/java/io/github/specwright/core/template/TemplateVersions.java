package io.github.specwright.core.template;

import io.github.specwright.core.parse.DocumentParsers;
import io.github.specwright.core.vcs.GitCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The versions of one template, found in the repository itself: the template file as it is (the
 * latest version, whatever its marker says), the template as it was at the newest commit where its
 * marker had each earlier value (git history), and kept copies ({@code template-versions} globs),
 * each the version its own marker declares, else the one its file name tells
 * ({@code queens-template.rst} and {@code queens.rst} are {@code queens}).
 *
 * <p>Versions are ordered naturally (runs of digits as numbers: 2 before 10), the template file's
 * own version last; the first is the oldest, which a spec without a marker follows.
 */
public final class TemplateVersions {

    /** One version: its name, its text, and where it was read (for messages). */
    public record Version(String name, String text, String origin) {
    }

    private final Map<String, Version> versions;
    private final Version latest;

    private TemplateVersions(Map<String, Version> versions, Version latest) {
        this.versions = versions;
        this.latest = latest;
    }

    /**
     * Reads the versions of {@code template}.
     *
     * @param root     the repository root (git runs there)
     * @param template the template, relative to the root (or absolute inside it)
     * @param text     the template file's text as it is
     * @param copies   globs of kept copies, relative to the root
     * @param git      runs git; where git or the history is missing, the history gives no version
     */
    public static TemplateVersions load(Path root, String template, String text, List<String> copies, GitCommand git)
            throws IOException {
        boolean markdown = DocumentParsers.formatOf(template) == DocumentParsers.Format.MARKDOWN;
        VersionMarker.Found own = VersionMarker.find(text, markdown);
        List<Path> copyFiles = copies(root, copies);
        Path templateFile = root.resolve(template).toAbsolutePath().normalize();
        // A template without a marker that is one of the kept copies (nova's latest release template) is named by its file.
        String latestName = own != null ? own.version()
                : copyFiles.stream().anyMatch(c -> c.toAbsolutePath().normalize().equals(templateFile))
                ? nameOf(templateFile) : "";
        Version latest = new Version(latestName, text, template);
        Map<String, Version> found = new TreeMap<>(NATURAL);
        for (Path copy : copyFiles) {
            String copyText = Files.readString(copy, StandardCharsets.UTF_8);
            VersionMarker.Found marker = VersionMarker.find(copyText, markdown);
            String name = marker != null ? marker.version() : nameOf(copy);
            found.putIfAbsent(name, new Version(name, copyText, relative(root, copy)));
        }
        history(root, template, markdown, git).forEach(found::putIfAbsent);
        found.remove(latest.name());
        Map<String, Version> ordered = new LinkedHashMap<>(found);
        ordered.put(latest.name(), latest);
        return new TemplateVersions(ordered, latest);
    }

    /** The template file as it is. */
    public Version latest() {
        return latest;
    }

    /** The first version in order: what a spec without a marker follows. */
    public Version oldest() {
        return versions.values().iterator().next();
    }

    /** The version named {@code name}, or null. */
    public Version get(String name) {
        return versions.get(name);
    }

    /** Every version's name, oldest first. */
    public List<String> names() {
        return new ArrayList<>(versions.keySet());
    }

    /** Whether the template has versions at all: a marker of its own or an earlier version. */
    public boolean versioned() {
        return !latest.name().isEmpty() || versions.size() > 1;
    }

    /**
     * The newest text of each marker value in the template's git history (newest commits first,
     * so the first text seen for a value is its newest); empty outside a work tree.
     */
    private static Map<String, Version> history(Path root, String template, boolean markdown, GitCommand git) {
        Map<String, Version> found = new LinkedHashMap<>();
        String path = relative(root, root.resolve(template));
        try {
            String log = git.run(root, "cannot read the template's history", "log", "--format=%H", "--", path);
            for (String commit : log.split("\n")) {
                if (commit.isBlank()) {
                    continue;
                }
                String text = git.run(root, "cannot read the template at " + commit, "show", commit.strip() + ":./" + path);
                VersionMarker.Found marker = VersionMarker.find(text, markdown);
                if (marker != null && !found.containsKey(marker.version())) {
                    found.put(marker.version(), new Version(marker.version(), text,
                            path + " at " + commit.strip().substring(0, Math.min(12, commit.strip().length()))));
                }
            }
        } catch (GitCommand.GitException e) {
            // No git, no work tree, or the template is not tracked: the history gives no version.
        }
        return found;
    }

    private static List<Path> copies(Path root, List<String> globs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String written : globs) {
            String glob = written.endsWith("/") ? written + "**" : written;
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            Path start = root.resolve(staticPrefix(glob));
            if (!Files.isDirectory(start)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(start)) {
                walk.filter(Files::isRegularFile)
                        .filter(file -> matcher.matches(Path.of(relative(root, file))))
                        .sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }

    /** The directories of a glob before its first wildcard (its last segment names files): where its files can be. */
    private static String staticPrefix(String glob) {
        String[] segments = glob.split("/");
        StringBuilder prefix = new StringBuilder();
        for (int k = 0; k < segments.length - 1 && !segments[k].matches(".*[*?\\[{].*"); k++) {
            prefix.append(segments[k]).append('/');
        }
        return prefix.toString();
    }

    /** {@code queens-template.rst} and {@code queens.rst} give {@code queens}. */
    static String nameOf(Path copy) {
        String name = copy.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem.endsWith("-template") && stem.length() > "-template".length()
                ? stem.substring(0, stem.length() - "-template".length()) : stem;
    }

    private static String relative(Path root, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    /** Runs of digits compare as numbers, the rest as text: 2 before 10, queens before rocky. */
    static final Comparator<String> NATURAL = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endA = i;
                int endB = j;
                while (endA < a.length() && Character.isDigit(a.charAt(endA))) {
                    endA++;
                }
                while (endB < b.length() && Character.isDigit(b.charAt(endB))) {
                    endB++;
                }
                int compared = new java.math.BigInteger(a.substring(i, endA)).compareTo(
                        new java.math.BigInteger(b.substring(j, endB)));
                if (compared != 0) {
                    return compared;
                }
                i = endA;
                j = endB;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        int lengths = Integer.compare(a.length() - i, b.length() - j);
        return lengths != 0 ? lengths : a.compareTo(b);
    };
}
