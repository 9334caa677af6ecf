package io.github.specwright.core.site;

import io.github.specwright.core.base.Finding;
import io.github.specwright.core.base.Severity;
import io.github.specwright.core.internal.check.consistency.RedirectsFile;
import io.github.specwright.core.parse.DocumentParsers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the documents of a repository and tells real documents from symbolic links to them. Specs repositories list
 * one spec under several releases with symbolic links; where git checked them out without symlink support, the link
 * is a one-line file holding the target path. Both kinds become aliases of the document they point to, and a link
 * to nowhere is a finding.
 */
final class SourceScanner {

    /** Directories that never hold documents: build output, tool caches, version control. */
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", "node_modules", "build", "__pycache__");

    private static final int MAX_STUB_SIZE = 1024;

    /**
     * What the scan found: documents (relative path to file), aliases (relative path to document path), the
     * redirects files of moved specs (relative path to text), findings.
     */
    record Scan(Map<String, Path> documents, Map<String, String> aliases, Map<String, String> redirectsFiles,
                List<Finding> findings) {
    }

    private SourceScanner() {
    }

    static Scan scan(Path root, Path outputDirectory) throws IOException {
        Path realRoot = root.toRealPath();
        Path output = outputDirectory.toAbsolutePath().normalize();
        Map<String, Path> documents = new TreeMap<>();
        Map<String, Path> links = new TreeMap<>();
        Map<String, String> written = new TreeMap<>();
        Map<String, String> redirectsFiles = new TreeMap<>();
        List<Finding> findings = new ArrayList<>();
        Files.walkFileTree(realRoot, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                boolean skip = !dir.equals(realRoot) && (name.startsWith(".") || SKIPPED_DIRECTORIES.contains(name)
                        || dir.toAbsolutePath().normalize().equals(output));
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = file.getFileName().toString();
                if (name.equals(RedirectsFile.FILE_NAME) && attrs.isRegularFile()) {
                    String content = utf8(file);
                    if (content == null) {
                        findings.add(new Finding(relative(realRoot, file), 1, 1, Severity.ERROR, "site-encoding",
                                "not valid UTF-8, so its redirects are not written; save the file as UTF-8"));
                    } else {
                        redirectsFiles.put(relative(realRoot, file), content);
                    }
                    return FileVisitResult.CONTINUE;
                }
                if (!DocumentParsers.canParse(name)) {
                    return FileVisitResult.CONTINUE;
                }
                String relative = relative(realRoot, file);
                if (attrs.isSymbolicLink()) {
                    Path target = Files.readSymbolicLink(file);
                    links.put(relative, file.getParent().resolve(target).normalize());
                    written.put(relative, target.toString());
                } else if (attrs.isRegularFile()) {
                    String stubTarget = stubTarget(file, attrs.size());
                    if (stubTarget != null) {
                        links.put(relative, file.getParent().resolve(stubTarget).normalize());
                        written.put(relative, stubTarget);
                    } else {
                        documents.put(relative, file);
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                findings.add(new Finding(relative(realRoot, file), 1, 1, Severity.ERROR, "site-unreadable",
                        "cannot read: " + exc.getMessage()));
                return FileVisitResult.CONTINUE;
            }
        });
        Map<String, String> aliases = new TreeMap<>();
        for (Map.Entry<String, Path> link : links.entrySet()) {
            String target = resolveLink(realRoot, link.getValue(), documents, links);
            if (target == null) {
                findings.add(new Finding(link.getKey(), 1, 1, Severity.WARNING, "site-broken-symlink",
                        "link to '" + written.get(link.getKey()) + "' (" + describe(realRoot, link.getValue())
                                + ") points to no document of this repository: not listed"));
            } else {
                aliases.put(link.getKey(), target);
            }
        }
        return new Scan(documents, aliases, redirectsFiles, findings);
    }

    /** Follows links (to links) until a document; null when the chain ends outside the repository or nowhere. */
    private static String resolveLink(Path root, Path target, Map<String, Path> documents, Map<String, Path> links) {
        Path current = target;
        for (int hops = 0; hops < 16; hops++) {
            if (!current.startsWith(root)) {
                return null;
            }
            String relative = relative(root, current);
            if (documents.containsKey(relative)) {
                return relative;
            }
            Path next = links.get(relative);
            if (next == null) {
                return null;
            }
            current = next;
        }
        return null;
    }

    private static String describe(Path root, Path target) {
        return target.startsWith(root) ? relative(root, target) : target.toString();
    }

    /** The target of a git symlink checked out as a plain file: one line, no whitespace, naming a document path. */
    private static String stubTarget(Path file, long size) throws IOException {
        if (size == 0 || size > MAX_STUB_SIZE) {
            return null;
        }
        String content = utf8(file);
        if (content == null || content.indexOf('\n') >= 0 || content.indexOf('\r') >= 0) {
            return null;
        }
        String target = content.strip();
        return DocumentParsers.canParse(target) && target.indexOf('/') >= 0 && target.chars().noneMatch(Character::isWhitespace)
                ? target : null;
    }

    /** The file's text, or null when it is not valid UTF-8 (a stub never is; a document says so when it is read). */
    private static String utf8(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return null;
        }
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
