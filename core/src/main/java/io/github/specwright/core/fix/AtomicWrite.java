package io.github.specwright.core.fix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Replaces a file's content all at once: the new text goes to a temporary file in the same
 * folder, gets the old file's permissions, and is renamed over the old file. A reader sees the
 * old file or the new one, never half of it; on any failure the old file is left untouched and
 * the temporary file removed.
 */
public final class AtomicWrite {

    private AtomicWrite() {
    }

    public static void replace(Path file, String content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            copyPermissions(file, temporary);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Same folder, so this should not happen; a plain rename is the next best thing.
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Writes {@code file} all at once, whether or not it exists: a new file appears whole or not
     * at all (written beside it, then renamed into place); an existing one is {@link #replace}d.
     */
    public static void write(Path file, String content) throws IOException {
        if (Files.exists(file)) {
            replace(file, content);
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        if (Files.getFileAttributeView(from, PosixFileAttributeView.class) != null) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(from);
            Files.setPosixFilePermissions(to, permissions);
        } else {
            to.toFile().setReadable(from.toFile().canRead());
            to.toFile().setWritable(from.toFile().canWrite());
        }
    }
}
