package io.github.specwright.core.internal.check.consistency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;

/** The {@code redirects} files of a repository: hidden directories and build output ({@code target/}) skipped. */
public final class RedirectsFiles {

    private RedirectsFiles() {
    }

    /** Each redirects file's root-relative path (with {@code /}) and text; an unreadable one is skipped. */
    public static Map<String, String> read(Path root) {
        Map<String, String> files = new TreeMap<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean skipped = !dir.equals(root) && (name.startsWith(".") || name.equals("target")
                            || name.equals("node_modules"));
                    return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && file.getFileName().toString().equals(RedirectsFile.FILE_NAME)) {
                        try {
                            files.put(root.relativize(file).toString().replace('\\', '/'),
                                    Files.readString(file, StandardCharsets.UTF_8));
                        } catch (IOException e) {
                            // Unreadable: the checks say nothing rather than guess.
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return files;
        }
        return files;
    }
}
