package io.github.specwright.core.lifecycle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Creating a directory and its missing parents while remembering each one, so a failure can undo it. */
final class MissingDirectories {

    private MissingDirectories() {
    }

    /** Creates {@code directory} and its missing parents, adding each one created to {@code created}, outermost first. */
    static void create(Path directory, List<Path> created) throws IOException {
        if (directory == null || Files.isDirectory(directory)) {
            return;
        }
        create(directory.getParent(), created);
        Files.createDirectory(directory);
        created.add(directory);
    }
}
