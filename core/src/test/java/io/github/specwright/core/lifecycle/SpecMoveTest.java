package io.github.specwright.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.testing.TestGit;
import io.github.specwright.core.vcs.GitCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecMoveTest {

    @TempDir
    Path root;

    private SpecMove mover() {
        return new SpecMove(root, CheckConfig.defaults(), new GitCommand());
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private String read(String path) throws IOException {
        return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void movesTheSpecAndRecordsTheRedirect() throws Exception {
        write("specs/approved/x.rst", "X\n");
        SpecMove.Plan plan = mover().plan(Path.of("specs/approved/x.rst"), Path.of("specs/implemented"));
        assertThat(plan.describe()).containsExactly("move specs/approved/x.rst -> specs/implemented/x.rst",
                "specs/redirects: add 'approved/x.rst ../implemented/x.rst'");
        assertThat(root.resolve("specs/implemented")).doesNotExist();

        plan.apply();
        assertThat(root.resolve("specs/approved/x.rst")).doesNotExist();
        assertThat(read("specs/implemented/x.rst")).isEqualTo("X\n");
        assertThat(read("specs/redirects")).isEqualTo("approved/x.rst ../implemented/x.rst\n");
    }

    @Test
    void aSecondMoveLeavesNoChainAndMovingBackUndoesTheEntry() throws Exception {
        write("specs/approved/x.rst", "X\n");
        mover().plan(root.resolve("specs/approved/x.rst"), root.resolve("specs/implemented")).apply();
        mover().plan(Path.of("specs/implemented/x.rst"), Path.of("specs/not-implemented")).apply();
        assertThat(read("specs/redirects")).isEqualTo("approved/x.rst ../not-implemented/x.rst\n"
                + "implemented/x.rst ../not-implemented/x.rst\n");

        mover().plan(Path.of("specs/not-implemented/x.rst"), Path.of("specs/approved")).apply();
        assertThat(read("specs/redirects")).isEqualTo("implemented/x.rst ../approved/x.rst\n");
        assertThat(read("specs/approved/x.rst")).isEqualTo("X\n");
    }

    @Test
    void movesAcrossReleasesRewriteEntriesInOtherRedirectsFiles() throws Exception {
        write("specs/2027.1/approved/x.rst", "X\n");
        mover().plan(Path.of("specs/2027.1/approved/x.rst"), Path.of("specs/2027.2/approved")).apply();
        assertThat(read("specs/2027.1/redirects")).isEqualTo("approved/x.rst ../../2027.2/approved/x.rst\n");
        mover().plan(Path.of("specs/2027.2/approved/x.rst"), Path.of("specs/2027.2/implemented")).apply();
        assertThat(read("specs/2027.1/redirects")).isEqualTo("approved/x.rst ../../2027.2/implemented/x.rst\n");
        assertThat(read("specs/2027.2/redirects")).isEqualTo("approved/x.rst ../implemented/x.rst\n");
    }

    @Test
    void refusals() throws Exception {
        write("specs/approved/x.rst", "X\n");
        write("specs/implemented/x.rst", "other\n");
        write("specs/approved/notes.txt", "n\n");
        write("top.rst", "t\n");
        SpecMove mover = mover();
        assertThatThrownBy(() -> mover.plan(Path.of("specs/approved/x.rst"), Path.of("specs/implemented")))
                .hasMessage("cannot move specs/approved/x.rst to specs/implemented/x.rst:"
                        + " specs/implemented/x.rst already exists");
        assertThatThrownBy(() -> mover.plan(Path.of("specs/approved/gone.rst"), Path.of("specs/implemented")))
                .hasMessage("specs/approved/gone.rst does not exist");
        assertThatThrownBy(() -> mover.plan(Path.of("specs/approved/notes.txt"), Path.of("specs/implemented")))
                .hasMessageStartingWith("specs/approved/notes.txt is not a spec: its extension is none of ");
        assertThatThrownBy(() -> mover.plan(Path.of("../elsewhere/x.rst"), Path.of("specs/implemented")))
                .hasMessageContaining("is outside the repository");
        assertThatThrownBy(() -> mover.plan(Path.of("specs/approved/x.rst"), Path.of("../out")))
                .hasMessageStartingWith("the destination ../out is outside the repository");
        assertThatThrownBy(() -> mover.plan(Path.of("specs/approved/x.rst"), Path.of("specs/approved/")))
                .hasMessage("specs/approved/x.rst is already in specs/approved/");
        assertThatThrownBy(() -> mover.plan(Path.of("top.rst"), Path.of("specs")))
                .hasMessageStartingWith("top.rst is at the repository root");
        assertThat(read("specs/approved/x.rst")).isEqualTo("X\n");
        assertThat(root.resolve("specs/redirects")).doesNotExist();
    }

    @Test
    void aFailedMoveLeavesTheRepositoryAsItWas() throws Exception {
        write("specs/approved/x.rst", "X\n");
        write("specs/redirects", "approved/old.rst ../implemented/old.rst\n");
        SpecMove.Plan plan = mover().plan(Path.of("specs/approved/x.rst"), Path.of("specs/implemented"));
        // The redirects file turns into a directory between plan and apply: its write fails.
        Files.delete(root.resolve("specs/redirects"));
        Files.createDirectories(root.resolve("specs/redirects/blocker"));
        assertThatThrownBy(plan::apply).isInstanceOf(LifecycleException.class)
                .hasMessageStartingWith("could not move specs/approved/x.rst to specs/implemented/x.rst: ")
                .hasMessageEndingWith("; nothing was changed");
        assertThat(read("specs/approved/x.rst")).isEqualTo("X\n");
        assertThat(root.resolve("specs/implemented")).doesNotExist();
    }

    @Test
    void usesGitMvWhenGitTracksTheSpec() throws Exception {
        GitCommand git = new GitCommand();
        TestGit.init(root);
        write("specs/approved/x.rst", "X\n");
        git.run(root, "add", "add", ".");
        git.run(root, "commit", "commit", "-q", "-m", "x");
        write("specs/approved/x.rst", "X edited\n");

        mover().plan(Path.of("specs/approved/x.rst"), Path.of("specs/implemented")).apply();
        String status = git.run(root, "status", "status", "--porcelain");
        assertThat(status.lines().toList()).containsExactlyInAnyOrder(
                "RM specs/approved/x.rst -> specs/implemented/x.rst", "A  specs/redirects");
        assertThat(read("specs/implemented/x.rst")).isEqualTo("X edited\n");
    }

    @Test
    void planDescribesRewritesAndRemovals() throws Exception {
        write("specs/implemented/x.rst", "X\n");
        write("specs/redirects", "approved/x.rst ../implemented/x.rst\n");
        SpecMove.Plan plan = mover().plan(Path.of("specs/implemented/x.rst"), Path.of("specs/approved"));
        assertThat(plan.describe()).isEqualTo(List.of("move specs/implemented/x.rst -> specs/approved/x.rst",
                "specs/redirects: remove 'approved/x.rst ../implemented/x.rst'"));
        assertThat(plan.redirects()).isEqualTo(Map.of("specs/redirects", ""));
        plan.apply();
        assertThat(root.resolve("specs/redirects")).doesNotExist();
    }
}
