package io.github.specwright.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.specwright.core.check.GitChangedFiles.GitException;
import io.github.specwright.core.testing.TestGit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitChangedFilesTest {

    @TempDir
    Path repo;

    private final GitChangedFiles changed = new GitChangedFiles();

    @BeforeEach
    void gitIsThere() throws Exception {
        TestGit.assumeInstalled();
    }

    private void git(String... args) throws Exception {
        TestGit.run(repo, args);
    }

    @Test
    void listsModifiedAddedAndUntrackedButNotDeletedOrIgnored() throws Exception {
        git("init", "-q");
        Files.createDirectories(repo.resolve("specs/approved"));
        Files.writeString(repo.resolve("specs/approved/a.rst"), "a\n");
        Files.writeString(repo.resolve("specs/approved/gone.rst"), "g\n");
        Files.writeString(repo.resolve("specs/approved/same.rst"), "s\n");
        Files.writeString(repo.resolve(".gitignore"), "*.tmp\n");
        git("add", "-A");
        git("commit", "-q", "-m", "one");
        Files.writeString(repo.resolve("specs/approved/a.rst"), "a changed\n");
        Files.delete(repo.resolve("specs/approved/gone.rst"));
        Files.writeString(repo.resolve("specs/approved/staged new.rst"), "n\n");
        git("add", "specs/approved/staged new.rst");
        Files.writeString(repo.resolve("specs/approved/untracked.rst"), "u\n");
        Files.writeString(repo.resolve("ignored.tmp"), "i\n");

        assertThat(changed.since(repo, "HEAD")).containsExactly(
                "specs/approved/a.rst", "specs/approved/staged new.rst", "specs/approved/untracked.rst");
        // From a subdirectory, paths are relative to it.
        assertThat(changed.since(repo.resolve("specs"), "HEAD")).containsExactly(
                "approved/a.rst", "approved/staged new.rst", "approved/untracked.rst");
    }

    @Test
    void selectionIsTheChangedSpecsOrTheWholeRootWhenTheTemplateChanged() throws Exception {
        io.github.specwright.core.check.CheckConfig config = io.github.specwright.core.check.CheckConfig.defaults();
        git("init", "-q");
        Files.createDirectories(repo.resolve("specs/approved"));
        Files.writeString(repo.resolve("specs/template.rst"), "t\n");
        Files.writeString(repo.resolve("specs/approved/a.rst"), "a\n");
        git("add", "-A");
        git("commit", "-q", "-m", "one");
        Files.writeString(repo.resolve("specs/approved/a.rst"), "a changed\n");
        Files.writeString(repo.resolve("notes.txt"), "not a spec\n");

        assertThat(changed.selection(repo, null, config)).containsExactly(repo);
        assertThat(changed.selection(repo, "HEAD", config)).containsExactly(repo.resolve("specs/approved/a.rst"));
        Files.writeString(repo.resolve("specs/template.rst"), "t changed\n");
        assertThat(changed.selection(repo, "HEAD", config)).containsExactly(repo);
    }

    @Test
    void anUnknownRefIsAClearError() throws Exception {
        git("init", "-q");
        Files.writeString(repo.resolve("a.rst"), "a\n");
        git("add", "-A");
        git("commit", "-q", "-m", "one");
        assertThatThrownBy(() -> changed.since(repo, "no-such-branch"))
                .isInstanceOf(GitException.class)
                .hasMessageStartingWith("unknown git ref 'no-such-branch'");
        assertThatThrownBy(() -> changed.since(repo, "--output=x"))
                .hasMessage("invalid git ref '--output=x'");
    }

    @Test
    void outsideARepositoryIsAClearError() {
        assertThatThrownBy(() -> changed.since(repo, "HEAD"))
                .isInstanceOf(GitException.class)
                .hasMessageStartingWith("not inside a git working tree: the changed files come from git: fatal: not a"
                        + " git repository");
    }

    @Test
    void aMissingGitIsAClearError() {
        assertThatThrownBy(() -> new GitChangedFiles("/nonexistent/git").since(repo, "HEAD"))
                .isInstanceOf(GitException.class)
                .hasMessageStartingWith("cannot run git ('/nonexistent/git'): is git installed and on the PATH?");
    }
}
