package io.github.specwright.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFixerTest {

    @TempDir
    Path root;

    private final FileFixer fixer = new FileFixer(new Fixer(FixOptions.defaults()), path -> RequiredSections.none());

    @Test
    void fixesAndReportsPerFile() throws Exception {
        Files.createDirectories(root.resolve("specs"));
        Files.writeString(root.resolve("specs/a.rst"), "Title \r\n=====\r\n\r\n\tText");
        Files.writeString(root.resolve("specs/b.rst"), "Clean.\n");
        FixResult result = fixer.fix(root, List.of(Path.of("specs/a.rst"), Path.of("specs/b.rst")));

        assertThat(Files.readString(root.resolve("specs/a.rst"))).isEqualTo("Title\n=====\n\n        Text\n");
        assertThat(result.format()).isEqualTo("""
                specs/a.rst: 6 changes
                  line 1: removed trailing whitespace
                  line 1: replaced CR LF line end with LF
                  line 2: replaced CR LF line end with LF
                  line 3: replaced CR LF line end with LF
                  line 4: replaced tabs in the indentation with spaces
                  line 4: added the missing final newline
                Fixed 1 of 2 files.
                """);
        assertThat(result.filesChanged()).isEqualTo(1);
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void keepsPermissionsAndLeavesNoTemporaryFile() throws Exception {
        Path file = root.resolve("a.rst");
        Files.writeString(file, "x \n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        fixer.fix(root, List.of(file));
        assertThat(Files.readString(file)).isEqualTo("x\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
        try (var listing = Files.list(root)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("a.rst");
        }
    }

    @Test
    void doesNotWriteAFileThatNeedsNoFix() throws Exception {
        Path file = root.resolve("a.rst");
        Files.writeString(file, "fine\n");
        FileTime old = FileTime.fromMillis(1_000_000_000L);
        Files.setLastModifiedTime(file, old);
        FixResult result = fixer.fix(root, List.of(file));
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
        assertThat(result.format()).isEqualTo("Fixed 0 of 1 file.\n");
    }

    @Test
    void leavesInvalidUtf8Untouched() throws Exception {
        Path file = root.resolve("bad.rst");
        byte[] bytes = {'a', ' ', (byte) 0xff, '\r', '\n'};
        Files.write(file, bytes);
        FixResult result = fixer.fix(root, List.of(file));
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        assertThat(result.format()).isEqualTo("bad.rst: not fixed: is not valid UTF-8\nFixed 0 of 1 file; 1 could not be fixed.\n");
        assertThat(result.hasErrors()).isTrue();
    }

    @Test
    void doesNotReplaceASymbolicLink() throws Exception {
        Path target = root.resolve("target.rst");
        Files.writeString(target, "x \n");
        Path link = Files.createSymbolicLink(root.resolve("link.rst"), target.getFileName());
        FixResult result = fixer.fix(root, List.of(link, root.resolve("missing.rst")));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("x \n");
        assertThat(result.format()).isEqualTo("""
                link.rst: not fixed: is a symbolic link; fix the file it points to instead
                missing.rst: not fixed: no such file
                Fixed 0 of 2 files; 2 could not be fixed.
                """);
    }

    @Test
    void leavesTheFileWhenTheWriteFails() throws Exception {
        Path folder = Files.createDirectories(root.resolve("ro"));
        Path file = folder.resolve("a.rst");
        Files.writeString(file, "x \n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(folder), "running as a user who can write anywhere");
            FixResult result = fixer.fix(root, List.of(file));
            assertThat(Files.readString(file)).isEqualTo("x \n");
            assertThat(result.files().get(0).error()).startsWith("cannot be written, left unchanged: ");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFailedReplaceLeavesTheTargetAndNoTemporaryFile() throws Exception {
        Path occupied = Files.createDirectories(root.resolve("occupied.rst"));
        Files.writeString(occupied.resolve("inside"), "keep");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtomicWrite.replace(occupied, "new"))
                .isInstanceOf(java.io.IOException.class);
        assertThat(Files.readString(occupied.resolve("inside"))).isEqualTo("keep");
        try (var listing = Files.list(root)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("occupied.rst");
        }
    }
}
