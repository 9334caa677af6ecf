package io.github.specwright.core.internal.check.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.base.Finding;
import io.github.specwright.core.testing.TestGit;
import io.github.specwright.core.vcs.GitCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsistencyChecksTest {

    @TempDir
    Path root;

    @Test
    void duplicateTitles() {
        List<Finding> findings = ConsistencyChecks.duplicateTitles(List.of(
                new ConsistencyChecks.TitledDocument("specs/b.rst", "Faster  builds", 5, 1),
                new ConsistencyChecks.TitledDocument("specs/a.rst", "Faster builds", 2, 1),
                new ConsistencyChecks.TitledDocument("specs/c.rst", "Other", 2, 1)));
        assertThat(findings).extracting(Finding::format).containsExactly("specs/b.rst:5:1: error [duplicate-title]"
                + " 'Faster  builds' is also the title of specs/a.rst: give each spec a title of its own, so that"
                + " readers and links can tell them apart");
    }

    @Test
    void statusAgainstDirectory() {
        Set<String> lifecycle = Set.of("approved", "implemented", "not-implemented");
        assertThat(ConsistencyChecks.statusAgainstDirectory("specs/implemented/x.md", "approved", 2, 9, lifecycle))
                .extracting(Finding::format).containsExactly("specs/implemented/x.md:2:9: error [status-directory]"
                        + " status 'approved' contradicts the directory implemented/: set 'status: implemented',"
                        + " or move the spec with specwright move");
        assertThat(ConsistencyChecks.statusAgainstDirectory("specs/approved/x.md", "draft", 2, 9, lifecycle)).isEmpty();
        assertThat(ConsistencyChecks.statusAgainstDirectory("specs/backlog/x.md", "approved", 2, 9, lifecycle)).isEmpty();
        assertThat(ConsistencyChecks.statusAgainstDirectory("specs/approved/x.md", "approved", 2, 9, lifecycle)).isEmpty();
    }

    @Test
    void specsGoneWithoutARedirect() throws Exception {
        GitCommand git = new GitCommand();
        TestGit.init(root);
        Files.createDirectories(root.resolve("specs/approved"));
        for (String name : List.of("gone.rst", "moved.rst", "kept.rst", "notes.txt")) {
            Files.writeString(root.resolve("specs/approved/" + name), "x\n");
        }
        git.run(root, "add", "add", ".");
        git.run(root, "commit", "commit", "-q", "-m", "base");
        Files.delete(root.resolve("specs/approved/gone.rst"));
        Files.delete(root.resolve("specs/approved/moved.rst"));
        Files.delete(root.resolve("specs/approved/notes.txt"));

        List<Finding> findings = ConsistencyChecks.missingRedirects(root, "HEAD", path -> path.endsWith(".rst"),
                Set.of("specs/approved/moved.rst"), git);
        assertThat(findings).extracting(Finding::format).containsExactly("specs/approved/gone.rst:1:1: error"
                + " [missing-redirect] specs/approved/gone.rst existed at HEAD and is gone without a redirect, so"
                + " its published page breaks: move specs with specwright move, or add a line"
                + " 'approved/gone.rst NEW-PATH' to specs/redirects");
    }
}
