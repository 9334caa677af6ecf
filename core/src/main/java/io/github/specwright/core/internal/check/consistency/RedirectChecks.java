package io.github.specwright.core.internal.check.consistency;

import io.github.specwright.core.base.Finding;
import io.github.specwright.core.base.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of a repository's redirects files: every line an entry or a comment, every entry
 * leading to a file that exists, in one step (no chains or loops), from a path that no longer
 * holds a file (else its redirect page would hide the spec).
 */
public final class RedirectChecks {

    public static final String SYNTAX = "redirect-syntax";
    public static final String TARGET = "redirect-target";
    public static final String CHAIN = "redirect-chain";
    public static final String SOURCE_EXISTS = "redirect-source-exists";

    private RedirectChecks() {
    }

    /**
     * The findings of the given redirects files.
     *
     * @param root  the repository root
     * @param files each redirects file's root-relative path and text
     */
    public static List<Finding> check(Path root, Map<String, String> files) {
        Map<String, Located> redirectBySource = new HashMap<>();
        Map<String, RedirectsFile> parsed = new java.util.TreeMap<>();
        files.forEach((path, text) -> {
            RedirectsFile file = RedirectsFile.parse(text);
            parsed.put(path, file);
            for (RedirectsFile.Entry entry : file.entries()) {
                redirectBySource.putIfAbsent(entry.rootRelativeSource(path), new Located(path, entry));
            }
        });
        List<Finding> findings = new ArrayList<>();
        parsed.forEach((path, file) -> {
            for (RedirectsFile.Problem problem : file.problems()) {
                findings.add(new Finding(path, problem.line(), problem.column(), Severity.ERROR, SYNTAX,
                        problem.message()));
            }
            for (RedirectsFile.Entry entry : file.entries()) {
                checkEntry(root, path, entry, redirectBySource, findings);
            }
        });
        return findings;
    }

    private static void checkEntry(Path root, String file, RedirectsFile.Entry entry,
                                   Map<String, Located> redirectBySource, List<Finding> findings) {
        String source = entry.rootRelativeSource(file);
        String target = entry.rootRelativeTarget(file);
        if (Files.exists(root.resolve(source))) {
            findings.add(new Finding(file, entry.line(), 1, Severity.ERROR, SOURCE_EXISTS,
                    entry.from() + " still exists, so its redirect page would hide it: remove this line, or"
                            + " the file if it was left behind by mistake"));
        }
        if (redirectBySource.containsKey(target)) {
            List<String> path = follow(source, redirectBySource);
            boolean loop = path.get(path.size() - 1).equals(source) || path.size() != new LinkedHashSet<>(path).size();
            findings.add(new Finding(file, entry.line(), 1, Severity.ERROR, CHAIN,
                    (loop ? "redirect loop: " : "redirect chain: ") + String.join(" -> ", path)
                            + (loop ? "; remove one of these lines" : "; point this line at the last one ("
                            + RedirectsFile.lineFor(entry.from(), relativeTo(file, path.get(path.size() - 1)))
                            + ")")));
            return;
        }
        if (!Files.exists(root.resolve(target))) {
            findings.add(new Finding(file, entry.line(), 1, Severity.ERROR, TARGET,
                    entry.from() + " redirects to " + entry.to() + ", which does not exist (" + target
                            + "): point it at the spec's current path"));
        }
    }

    /** The redirects from {@code start} onwards, stopping at a file or at the first repeat. */
    private static List<String> follow(String start, Map<String, Located> redirectBySource) {
        List<String> path = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String current = start;
        while (seen.add(current)) {
            path.add(current);
            Located next = redirectBySource.get(current);
            if (next == null) {
                return path;
            }
            current = next.entry().rootRelativeTarget(next.file());
        }
        path.add(current);
        return path;
    }

    private static String relativeTo(String redirectsFile, String rootRelativePath) {
        return RelativePaths.relativize(RelativePaths.parent(redirectsFile), rootRelativePath);
    }

    private record Located(String file, RedirectsFile.Entry entry) {
    }
}
