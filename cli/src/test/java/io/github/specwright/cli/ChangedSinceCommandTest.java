package io.github.specwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --changed-since} and {@code fix --changed-since} in a real git repository. */
class ChangedSinceCommandTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private void git(String... args) throws Exception {
        TestGit.run(root, args);
    }

    private void repositoryWithOneCommittedBadFile() throws Exception {
        git("init", "-q");
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/old.rst"), "Old and bad \n");
        git("add", "-A");
        git("commit", "-q", "-m", "old");
        Files.writeString(root.resolve("docs/new.rst"), "New and bad \n");
    }

    @Test
    void checksOnlyTheChangedFiles() throws Exception {
        repositoryWithOneCommittedBadFile();
        int status = new CheckCommand(root, Map.of()).run(new String[] {"--changed-since", "HEAD", "."},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "docs/new.rst:1:12: error [trailing-whitespace] trailing whitespace\n"
                        + "checked 1 file: 1 error, 0 warnings\n");
    }

    @Test
    void fixesOnlyTheChangedFiles() throws Exception {
        repositoryWithOneCommittedBadFile();
        int status = new FixCommand(root).run(new String[] {"--changed-since", "HEAD", "."},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        assertThat(Files.readString(root.resolve("docs/new.rst"))).isEqualTo("New and bad\n");
        assertThat(Files.readString(root.resolve("docs/old.rst"))).isEqualTo("Old and bad \n");
    }
}
