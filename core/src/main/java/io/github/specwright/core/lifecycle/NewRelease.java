package io.github.specwright.core.lifecycle;

import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.fix.AtomicWrite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Opening a release: its directories (as the layout names them, each with a {@code .gitkeep} so
 * git keeps it while empty), its copy of the current template where templates are kept per
 * release, and its priorities document started from the previous release's one
 * ({@link PrioritiesCarryOver}). Planned whole, then written all or nothing.
 */
public final class NewRelease {

    private static final Pattern RELEASE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern PRIORITIES_FILE = Pattern.compile("(.+)-priorities\\.(rst|md)");

    /**
     * Where a release's files go; {@code {release}} in a path stands for the release's name.
     *
     * @param releaseDirectories directories each release has, e.g. {@code specs/{release}/approved}
     * @param releaseTemplate    the release's own template, or null where one template serves all
     * @param prioritiesDirectory where priorities documents live, {@code NAME-priorities.rst|md}
     * @param detailsTitles      titles of the section holding the priorities' descriptions
     */
    public record Layout(List<String> releaseDirectories, String releaseTemplate, String prioritiesDirectory,
                         List<String> detailsTitles) {
        public Layout {
            releaseDirectories = List.copyOf(releaseDirectories);
            detailsTitles = List.copyOf(detailsTitles);
        }
    }

    private final Path root;
    private final CheckConfig config;
    private final Layout layout;

    public NewRelease(Path root, CheckConfig config, Layout layout) {
        this.root = root.toAbsolutePath().normalize();
        this.config = config;
        this.layout = layout;
    }

    /** The directories and files a new release gets. */
    public final class Plan {
        private final List<String> directories;
        private final Map<String, String> files;

        private Plan(List<String> directories, Map<String, String> files) {
            this.directories = List.copyOf(directories);
            this.files = files;
        }

        public List<String> directories() {
            return directories;
        }

        /** Root-relative path to text, for every file written. */
        public Map<String, String> files() {
            return files;
        }

        public List<String> describe() {
            List<String> lines = new ArrayList<>();
            directories.forEach(directory -> lines.add("create " + directory + "/"));
            files.keySet().forEach(file -> lines.add("write " + file));
            return lines;
        }

        /** Creates everything, or on any failure removes what it created and reports why. */
        public void apply() throws LifecycleException {
            List<Path> created = new ArrayList<>();
            try {
                for (String directory : directories) {
                    MissingDirectories.create(root.resolve(directory), created);
                }
                for (Map.Entry<String, String> file : files.entrySet()) {
                    Path path = root.resolve(file.getKey());
                    MissingDirectories.create(path.getParent(), created);
                    if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                        throw new IOException(file.getKey() + " appeared meanwhile");
                    }
                    AtomicWrite.write(path, file.getValue());
                    created.add(path);
                }
            } catch (IOException e) {
                for (int i = created.size() - 1; i >= 0; i--) {
                    try {
                        Files.deleteIfExists(created.get(i));
                    } catch (IOException ignored) {
                        // A directory something else wrote into stays.
                    }
                }
                throw new LifecycleException("could not create the release: " + e.getMessage() + "; nothing was changed");
            }
        }
    }

    /**
     * Plans release {@code name}, its priorities document started from {@code previous}'s (null:
     * the latest one found, where names that start with a digit are newer than word names, as in
     * OpenStack's move from "zed" to "2023.1").
     */
    public Plan plan(String name, String previous) throws LifecycleException {
        if (name == null || !RELEASE_NAME.matcher(name).matches()) {
            throw new LifecycleException("'" + name + "' is not a release name: use letters, digits, '.', '_'"
                    + " and '-', starting with a letter or digit (e.g. 2027.2)");
        }
        List<String> directories = new ArrayList<>();
        Map<String, String> files = new LinkedHashMap<>();
        for (String pattern : layout.releaseDirectories()) {
            String directory = pattern.replace("{release}", name);
            refuseExisting(directory, name);
            directories.add(directory);
            files.put(directory + "/.gitkeep", "");
        }
        if (layout.releaseTemplate() != null) {
            String template = layout.releaseTemplate().replace("{release}", name);
            refuseExisting(template, name);
            files.put(template, read(config.template()));
        }
        Map<String, Path> documents = prioritiesDocuments();
        String from = previous != null ? previous : latest(documents.keySet(), name);
        if (previous != null && !documents.containsKey(previous)) {
            throw new LifecycleException("no priorities document for release '" + previous + "' in "
                    + layout.prioritiesDirectory() + "/");
        }
        if (from != null) {
            Path source = documents.get(from);
            String extension = source.getFileName().toString().endsWith(".md") ? ".md" : ".rst";
            String target = layout.prioritiesDirectory() + "/" + name + "-priorities" + extension;
            refuseExisting(target, name);
            String text = read(root.relativize(source).toString());
            files.put(target, PrioritiesCarryOver.carryOver(text, target, layout.detailsTitles(), from, name));
        }
        if (directories.isEmpty() && files.isEmpty()) {
            throw new LifecycleException("nothing to create for release " + name + ": the layout names no release"
                    + " directories or template, and " + layout.prioritiesDirectory() + "/ has no priorities document"
                    + " to start from");
        }
        return new Plan(directories, files);
    }

    private void refuseExisting(String path, String name) throws LifecycleException {
        if (Files.exists(root.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
            throw new LifecycleException("release " + name + " already exists: " + path + " is there");
        }
    }

    private Map<String, Path> prioritiesDocuments() throws LifecycleException {
        Map<String, Path> documents = new LinkedHashMap<>();
        Path directory = root.resolve(layout.prioritiesDirectory());
        if (!Files.isDirectory(directory)) {
            return documents;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                Matcher matcher = PRIORITIES_FILE.matcher(file.getFileName().toString());
                if (matcher.matches() && Files.isRegularFile(file)) {
                    documents.putIfAbsent(matcher.group(1), file);
                }
            }
        } catch (IOException e) {
            throw new LifecycleException("cannot list " + layout.prioritiesDirectory() + "/: " + e.getMessage());
        }
        return documents;
    }

    /** The newest release before {@code name}, or the newest of all when none sorts before it. */
    static String latest(java.util.Collection<String> releases, String name) {
        String before = releases.stream().filter(release -> ReleaseNames.ORDER.compare(release, name) < 0)
                .max(ReleaseNames.ORDER).orElse(null);
        return before != null ? before : releases.stream().max(ReleaseNames.ORDER).orElse(null);
    }

    private String read(String path) throws LifecycleException {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LifecycleException("cannot read " + path + ": " + e.getMessage());
        }
    }
}
