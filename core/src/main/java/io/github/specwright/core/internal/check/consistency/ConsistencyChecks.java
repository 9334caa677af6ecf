package io.github.specwright.core.internal.check.consistency;

import io.github.specwright.core.base.Finding;
import io.github.specwright.core.base.Severity;
import io.github.specwright.core.vcs.GitCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks across the documents of a repository that no single document shows: two specs with one
 * title, a Markdown status that contradicts the spec's directory, a spec that was published at a
 * base revision and is gone without a redirect.
 */
public final class ConsistencyChecks {

    public static final String DUPLICATE_TITLE = "duplicate-title";
    public static final String STATUS_DIRECTORY = "status-directory";
    public static final String MISSING_REDIRECT = "missing-redirect";

    private ConsistencyChecks() {
    }

    /** A document's title and where it stands. */
    public record TitledDocument(String path, String title, int line, int column) {
    }

    /** Each document whose title an earlier one (in path order) already has, compared case-insensitively. */
    public static List<Finding> duplicateTitles(List<TitledDocument> documents) {
        Map<String, TitledDocument> first = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        documents.stream().sorted(java.util.Comparator.comparing(TitledDocument::path)).forEach(document -> {
            String key = document.title().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                return;
            }
            TitledDocument earlier = first.putIfAbsent(key, document);
            if (earlier != null) {
                findings.add(new Finding(document.path(), document.line(), document.column(), Severity.ERROR,
                        DUPLICATE_TITLE, "'" + document.title().strip() + "' is also the title of " + earlier.path()
                                + ": give each spec a title of its own, so that readers and links can tell them apart"));
            }
        });
        return findings;
    }

    /**
     * A status naming a lifecycle directory ({@code lifecycleDirectories}, e.g. approved,
     * implemented, not-implemented) that differs from the lifecycle directory the spec is in.
     */
    public static List<Finding> statusAgainstDirectory(String path, String status, int line, int column,
                                                       Set<String> lifecycleDirectories) {
        String directory = RelativePaths.fileName(RelativePaths.parent(path));
        if (status == null || !lifecycleDirectories.contains(directory) || !lifecycleDirectories.contains(status)
                || status.equals(directory)) {
            return List.of();
        }
        return List.of(new Finding(path, line, column, Severity.ERROR, STATUS_DIRECTORY, "status '" + status
                + "' contradicts the directory " + directory + "/: set 'status: " + directory
                + "', or move the spec with specwright move"));
    }

    /**
     * Specs that existed at {@code base} and are gone now, with no redirect leading from their old
     * path. {@code isSpec} says which paths were specs; {@code redirectSources} are the root-relative
     * sources of every redirect in the repository.
     */
    public static List<Finding> missingRedirects(Path root, String base, Predicate<String> isSpec,
                                                 Set<String> redirectSources, GitCommand git)
            throws GitCommand.GitException {
        String listing = git.run(root, "listing the files of '" + base + "' failed", "ls-tree", "-r", "-z",
                "--name-only", "--full-tree", base);
        String prefix = git.run(root, "git rev-parse failed", "rev-parse", "--show-prefix").strip();
        Set<String> seen = new HashSet<>();
        List<Finding> findings = new ArrayList<>();
        for (String name : listing.split("\0")) {
            if (name.isEmpty() || !name.startsWith(prefix)) {
                continue;
            }
            String path = name.substring(prefix.length());
            if (isSpec.test(path) && seen.add(path) && !Files.exists(root.resolve(path))
                    && !redirectSources.contains(path)) {
                String redirects = RelativePaths.parent(RelativePaths.parent(path));
                findings.add(new Finding(path, 1, 1, Severity.ERROR, MISSING_REDIRECT, path + " existed at "
                        + base + " and is gone without a redirect, so its published page breaks: move specs with"
                        + " specwright move, or add a line '" + RelativePaths.relativize(redirects, path)
                        + " NEW-PATH' to " + (redirects.isEmpty() ? "" : redirects + "/") + RedirectsFile.FILE_NAME));
            }
        }
        return findings;
    }
}
