package io.github.specwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** migrate: writes, --dry-run, --diff, a single spec, configuration errors. */
class MigrateCommandTest {

    @TempDir
    Path root;

    private static final String SPEC = "====\nFast\n====\n\nProblem\n=======\n\nSlow.\n\nChange\n======\n\nFaster.\n";
    private static final String MIGRATED = ".. template-version: 2\n\n====\nFast\n====\n\nProblem\n=======\n\nSlow.\n\n"
            + "Proposed change\n===============\n\nFaster.\n\nSecurity\n========\n\nNone\n";

    @BeforeEach
    void repository() throws Exception {
        Files.createDirectories(root.resolve("specs/approved"));
        Files.writeString(root.resolve("specs/template.rst"), ".. template-version: 2\n\n=====\nTitle\n=====\n\n"
                + "Problem\n=======\n\nx\n\nProposed change\n===============\n\nx\n\nSecurity\n========\n\nx\n");
        Files.writeString(root.resolve("specs/approved/fast.rst"), SPEC);
        Files.writeString(root.resolve("specwright.conf"), "[check]\nrenamed-sections = Change > Proposed change\n");
    }

    @Test
    void dryRunAndDiffWriteNothingThenMigrateWrites() throws Exception {
        CliSession cli = new CliSession(root);
        assertThat(cli.run("migrate", "--dry-run")).isZero();
        assertThat(cli.out()).isEqualTo("""
                specs/approved/fast.rst: would change (3 changes)
                  line 1: declared template version 2
                  line 10: renamed the section "Change" to "Proposed change"
                  line 13: added the missing section "Security" with the body "None"
                1 of 1 specs would be migrated; nothing was written.
                """);
        assertThat(cli.run("migrate", "--diff", ".")).isZero();
        // Blank context lines are one space: written with \s, as a text block strips trailing spaces.
        assertThat(cli.out()).isEqualTo("""
                --- a/specs/approved/fast.rst
                +++ b/specs/approved/fast.rst
                @@ -1,3 +1,5 @@
                +.. template-version: 2
                +
                 ====
                 Fast
                 ====
                @@ -7,7 +9,12 @@
                \s
                 Slow.
                \s
                -Change
                -======
                +Proposed change
                +===============
                \s
                 Faster.
                +
                +Security
                +========
                +
                +None
                """);
        assertThat(Files.readString(root.resolve("specs/approved/fast.rst"))).isEqualTo(SPEC);
        assertThat(cli.run("migrate")).isZero();
        assertThat(cli.out()).isEqualTo("""
                specs/approved/fast.rst: 3 changes
                  line 1: declared template version 2
                  line 10: renamed the section "Change" to "Proposed change"
                  line 13: added the missing section "Security" with the body "None"
                Migrated 1 of 1 file.
                """);
        assertThat(Files.readString(root.resolve("specs/approved/fast.rst"))).isEqualTo(MIGRATED);
        assertThat(cli.run("migrate", "specs/approved/fast.rst")).isZero();
        assertThat(cli.out()).isEqualTo("Migrated 0 of 1 file.\n");
    }

    @Test
    void changedSinceMigratesOnlyTheChangedSpecs() throws Exception {
        git("init", "-q");
        Files.writeString(root.resolve("specs/approved/other.rst"), SPEC.replace("====\nFast\n====", "=====\nOther\n====="));
        git("add", "-A");
        git("commit", "-q", "-m", "specs");
        Files.writeString(root.resolve("specs/approved/fast.rst"), SPEC.replace("Slow.", "Too slow."));
        CliSession cli = new CliSession(root);
        assertThat(cli.run("migrate", "--changed-since", "HEAD")).isZero();
        assertThat(cli.out()).startsWith("specs/approved/fast.rst: 3 changes\n").endsWith("Migrated 1 of 1 file.\n");
        assertThat(Files.readString(root.resolve("specs/approved/other.rst"))).doesNotContain("template-version");
        assertThat(cli.run("migrate", "--changed-since", "no-such-ref")).isEqualTo(2);
        assertThat(cli.err()).startsWith("specwright: unknown git ref 'no-such-ref'");
    }

    private void git(String... args) throws Exception {
        TestGit.run(root, args);
    }

    @Test
    void aBadRenameIsAConfigurationError() throws Exception {
        Files.writeString(root.resolve("specwright.conf"), "[check]\nrenamed-sections = Change\n");
        CliSession cli = new CliSession(root);
        assertThat(cli.run("migrate")).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("specwright: " + root.resolve("specwright.conf")
                + ":2: a renamed-sections entry must read 'Old title > New title', not 'Change'\n");
        assertThat(Files.readString(root.resolve("specs/approved/fast.rst"))).isEqualTo(SPEC);
    }
}
