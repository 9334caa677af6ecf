package io.github.specwright.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.vcs.GitCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecLifecycleTest {

    @TempDir
    Path root;

    private SpecLifecycle lifecycle() throws Exception {
        CheckConfig config = CheckConfig.builder().extensions(java.util.Set.of(".rst", ".md")).build();
        return new SpecLifecycle(root, config, SpecLifecycle.Directories.DEFAULTS, new GitCommand());
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text, StandardCharsets.UTF_8);
    }

    private String read(String path) throws IOException {
        return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void implementMovesToTheImplementedDirectoryBesideTheSpecs() throws Exception {
        write("specs/2027.1/approved/x.rst", "X\n=\n");
        SpecLifecycle.Change change = lifecycle().implement(Path.of("specs/2027.1/approved/x.rst"));
        assertThat(change.describe()).containsExactly(
                "move specs/2027.1/approved/x.rst -> specs/2027.1/implemented/x.rst",
                "specs/2027.1/redirects: add 'approved/x.rst ../implemented/x.rst'");
        change.apply();
        assertThat(read("specs/2027.1/implemented/x.rst")).isEqualTo("X\n=\n");
    }

    @Test
    void aMarkdownSpecsStatusFollowsItsDirectory() throws Exception {
        write("specs/approved/x.md", "---\nstatus: approved\n---\n# X\n");
        SpecLifecycle.Change change = lifecycle().abandon(Path.of("specs/approved/x.md"));
        assertThat(change.describe()).containsExactly(
                "move specs/approved/x.md -> specs/not-implemented/x.md",
                "specs/redirects: add 'approved/x.md ../not-implemented/x.md'",
                "edit specs/not-implemented/x.md: front matter updated");
        change.apply();
        assertThat(read("specs/not-implemented/x.md")).isEqualTo("---\nstatus: not-implemented\n---\n# X\n");
    }

    @Test
    void supersedeRecordsTheReplacementInBothDocuments() throws Exception {
        write("specs/approved/old.rst", "===\nOld\n===\n\nText.\n");
        write("specs/approved/new.rst", "===\nNew\n===\n\nText.\n");
        lifecycle().supersede(Path.of("specs/approved/old.rst"), Path.of("specs/approved/new.rst")).apply();
        assertThat(read("specs/not-implemented/old.rst"))
                .isEqualTo("===\nOld\n===\n\n:Superseded by: ../approved/new.rst\n\nText.\n");
        assertThat(read("specs/approved/new.rst"))
                .isEqualTo("===\nNew\n===\n\n:Supersedes: ../not-implemented/old.rst\n\nText.\n");
        assertThat(read("specs/redirects")).isEqualTo("approved/old.rst ../not-implemented/old.rst\n");
    }

    @Test
    void supersedeInMarkdownUsesFrontMatter() throws Exception {
        write("specs/approved/old.md", "---\nstatus: approved\n---\n# Old\n");
        write("specs/approved/new.md", "# New\n");
        lifecycle().supersede(Path.of("specs/approved/old.md"), Path.of("specs/approved/new.md")).apply();
        assertThat(read("specs/not-implemented/old.md"))
                .isEqualTo("---\nstatus: not-implemented\nsuperseded-by: ../approved/new.md\n---\n# Old\n");
        assertThat(read("specs/approved/new.md")).isEqualTo("---\nsupersedes: ../not-implemented/old.md\n---\n# New\n");
    }

    @Test
    void aFailedSupersedeChangesNothing() throws Exception {
        write("specs/approved/old.rst", "Old\n===\n");
        write("specs/approved/new.rst", "New\n===\n");
        write("specs/not-implemented/old.rst", "already there\n");
        assertThatThrownBy(() -> lifecycle().supersede(Path.of("specs/approved/old.rst"), Path.of("specs/approved/new.rst")))
                .hasMessage("cannot move specs/approved/old.rst to specs/not-implemented/old.rst:"
                        + " specs/not-implemented/old.rst already exists");
        assertThatThrownBy(() -> lifecycle().supersede(Path.of("specs/approved/new.rst"), Path.of("specs/approved/none.rst")))
                .hasMessage("the replacement specs/approved/none.rst does not exist");

        Files.delete(root.resolve("specs/not-implemented/old.rst"));
        SpecLifecycle.Change change = lifecycle().supersede(Path.of("specs/approved/old.rst"), Path.of("specs/approved/new.rst"));
        Files.writeString(root.resolve("specs/not-implemented/old.rst"), "appeared meanwhile\n");
        assertThatThrownBy(change::apply).isInstanceOf(LifecycleException.class);
        assertThat(read("specs/approved/old.rst")).isEqualTo("Old\n===\n");
        assertThat(read("specs/approved/new.rst")).isEqualTo("New\n===\n");
        assertThat(root.resolve("specs/redirects")).doesNotExist();
    }

    @Test
    void theDirectoriesComeFromTheConfiguration() throws Exception {
        write("specs/approved/x.rst", "X\n=\n");
        CheckConfig config = CheckConfig.builder().implementedDirectory("done").abandonedDirectory("dropped").build();
        SpecLifecycle lifecycle = new SpecLifecycle(root, config, SpecLifecycle.Directories.of(config), new GitCommand());
        assertThat(lifecycle.implement(Path.of("specs/approved/x.rst")).describe())
                .startsWith("move specs/approved/x.rst -> specs/done/x.rst");
        assertThat(lifecycle.abandon(Path.of("specs/approved/x.rst")).describe())
                .startsWith("move specs/approved/x.rst -> specs/dropped/x.rst");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CheckConfig.builder().implementedDirectory("a/b").build())
                .hasMessage("implemented-directory must be a directory name (no '/'), not 'a/b'");
    }
}
