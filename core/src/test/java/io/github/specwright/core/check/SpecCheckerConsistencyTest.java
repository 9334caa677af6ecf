package io.github.specwright.core.check;

import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.base.Finding;
import io.github.specwright.core.base.RuleGroup;
import io.github.specwright.core.testing.TestGit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks that look across documents, and suppression comments, as the checker runs them. */
class SpecCheckerConsistencyTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text, StandardCharsets.UTF_8);
    }

    private List<String> check(CheckConfig config) throws ConfigException {
        return new SpecChecker(config).check(root).findings().stream().map(Finding::format).toList();
    }

    private static CheckConfig formatAndConsistency() throws ConfigException {
        return CheckConfig.builder().groups(EnumSet.of(RuleGroup.FORMAT, RuleGroup.CONSISTENCY))
                .extensions(Set.of(".rst", ".md")).build();
    }

    @Test
    void redirectsAreCheckedWhenTheRepositoryIs() throws Exception {
        write("specs/implemented/x.rst", "X\n=\n");
        write("specs/redirects", "approved/x.rst ../implemented/x.rst\napproved/y.rst ../implemented/y.rst\n");
        assertThat(check(formatAndConsistency())).containsExactly("specs/redirects:2:1: error [redirect-target]"
                + " approved/y.rst redirects to ../implemented/y.rst, which does not exist (specs/implemented/y.rst):"
                + " point it at the spec's current path");
        assertThat(new SpecChecker(formatAndConsistency()).check(root, List.of(Path.of("specs/implemented/x.rst")))
                .findings()).isEmpty();
        CheckConfig formatOnly = CheckConfig.builder().groups(EnumSet.of(RuleGroup.FORMAT)).build();
        assertThat(check(formatOnly)).isEmpty();
    }

    @Test
    void aMarkdownStatusMustMatchItsLifecycleDirectory() throws Exception {
        write("specs/implemented/x.md", "---\nstatus: approved\n---\n# X\n");
        CheckConfig config = formatAndConsistency().toBuilder().groups(EnumSet.allOf(RuleGroup.class)).build();
        assertThat(check(config)).contains("specs/implemented/x.md:2:9: error [status-directory] status 'approved'"
                + " contradicts the directory implemented/: set 'status: implemented', or move the spec with"
                + " specwright move");
    }

    @Test
    void suppressionsWithReasonsAreReportedApart() throws Exception {
        write("docs/a.rst", "Title\n=====\n\n.. specwright: disable=trailing-whitespace -- pasted from the vendor\n\n"
                + "Kept as is. \n\nNot kept. \n");
        CheckResult result = new SpecChecker(formatAndConsistency()).check(root);
        assertThat(result.findings()).extracting(Finding::format)
                .containsExactly("docs/a.rst:8:10: error [trailing-whitespace] trailing whitespace");
        assertThat(result.suppressed()).extracting(s -> s.finding().format() + " -- " + s.reason()).containsExactly(
                "docs/a.rst:6:12: error [trailing-whitespace] trailing whitespace -- pasted from the vendor");
    }

    @Test
    void tabsInFencedMarkdownCodeAreTheCodesOwnUnlessAskedFor() throws Exception {
        write("docs/go.md", "# Go\n\n```go\nfunc main() {\n\tfmt.Println(1)\n}\n```\n\n\tindented code\n");
        CheckConfig config = formatAndConsistency();
        assertThat(check(config)).containsExactly(
                "docs/go.md:9:1: error [tab-indent] tab used for indentation; indent with spaces");
        CheckConfig strict = config.toBuilder().checkTabsInMarkdownCode(true).build();
        assertThat(check(strict)).containsExactly(
                "docs/go.md:5:1: error [tab-indent] tab used for indentation; indent with spaces",
                "docs/go.md:9:1: error [tab-indent] tab used for indentation; indent with spaces");
    }

    @Test
    void aSpecGoneSinceTheBaseNeedsARedirect() throws Exception {
        io.github.specwright.core.vcs.GitCommand git = new io.github.specwright.core.vcs.GitCommand();
        TestGit.init(root);
        write("specs/approved/gone.rst", "Gone\n====\n");
        write("specs/approved/moved.rst", "Moved\n=====\n");
        git.run(root, "add", "add", ".");
        git.run(root, "commit", "commit", "-q", "-m", "base");
        Files.delete(root.resolve("specs/approved/gone.rst"));
        Files.createDirectories(root.resolve("specs/implemented"));
        Files.move(root.resolve("specs/approved/moved.rst"), root.resolve("specs/implemented/moved.rst"));
        write("specs/redirects", "approved/moved.rst ../implemented/moved.rst\n");
        CheckConfig config = formatAndConsistency().toBuilder().base("HEAD").build();
        assertThat(check(config)).containsExactly("specs/approved/gone.rst:1:1: error [missing-redirect]"
                + " specs/approved/gone.rst existed at HEAD and is gone without a redirect, so its published page"
                + " breaks: move specs with specwright move, or add a line 'approved/gone.rst NEW-PATH' to specs/redirects");
        CheckConfig unknown = formatAndConsistency().toBuilder().base("no-such-ref").build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> check(unknown)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("cannot compare with the base 'no-such-ref': listing the files of 'no-such-ref' failed");
    }

    @Test
    void aPrioritiesRowNamingASpecThatDoesNotExist() throws Exception {
        write("specs/implemented/real.rst", "Real\n====\n");
        write("priorities/2027.1-priorities.rst", "Priorities\n==========\n\n"
                + "+------------------------------------+----------+\n"
                + "| Priority                           | Contacts |\n"
                + "+====================================+==========+\n"
                + "| :doc:`../specs/implemented/real`   | a        |\n"
                + "+------------------------------------+----------+\n"
                + "| :doc:`Gone <../specs/approved/x>`  | b        |\n"
                + "+------------------------------------+----------+\n"
                + "| `Moved <../specs/approved/y.html>`_| c        |\n"
                + "+------------------------------------+----------+\n");
        assertThat(check(formatAndConsistency())).containsExactly(
                "priorities/2027.1-priorities.rst:9:3: error [dangling-spec-link] this priority names"
                        + " ../specs/approved/x, which is no document of the repository (specs/approved/x): link the"
                        + " spec's current path, or see its redirects file if it moved",
                "priorities/2027.1-priorities.rst:11:3: error [dangling-spec-link] this priority names"
                        + " ../specs/approved/y.html, which is no document of the repository (specs/approved/y.html):"
                        + " link the spec's current path, or see its redirects file if it moved");
    }
}
