package io.github.specwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The new, fix and check --fix/--format/--output commands, on a small repository. */
class AuthoringCommandsTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void repository() throws Exception {
        Files.createDirectories(root.resolve("specs/approved"));
        Files.writeString(root.resolve("specs/template.rst"), "=====\nTitle\n=====\n\nText.\n");
        Files.createDirectories(root.resolve("docs"));
    }

    @Test
    void newCreatesASpecAndRefusesASecondOne() throws Exception {
        NewCommand command = new NewCommand(root);
        assertThat(command.run(new String[] {"my-feature", "--title", "My shiny feature"}, stream(out), stream(err))).isZero();
        assertThat(out()).isEqualTo("created specs/approved/my-feature.rst\n");
        assertThat(Files.readString(root.resolve("specs/approved/my-feature.rst")))
                .isEqualTo("================\nMy shiny feature\n================\n\nText.\n");

        assertThat(command.run(new String[] {"my-feature", "--backlog"}, stream(out), stream(err))).isEqualTo(1);
        assertThat(err()).isEqualTo("specwright: a spec named 'my-feature' already exists: specs/approved/my-feature.rst;"
                + " choose another name or edit that file\n");
    }

    @Test
    void newRejectsABadName() {
        assertThat(new NewCommand(root).run(new String[] {"My_Feature"}, stream(out), stream(err))).isEqualTo(1);
        assertThat(err()).isEqualTo("specwright: invalid spec name 'My_Feature': use lower-case letters, digits and"
                + " single hyphens between words, e.g. my-feature (no extension, no spaces)\n");
        assertThat(new NewCommand(root).run(new String[] {}, stream(out), stream(err))).isEqualTo(2);
    }

    @Test
    void fixPrintsWhatItChanged() throws Exception {
        Files.writeString(root.resolve("docs/a.rst"), "Text \n");
        assertThat(new FixCommand(root).run(new String[] {"docs/a.rst"}, stream(out), stream(err))).isZero();
        assertThat(out()).isEqualTo("docs/a.rst: 1 change\n  line 1: removed trailing whitespace\nFixed 1 of 1 file.\n");
        assertThat(Files.readString(root.resolve("docs/a.rst"))).isEqualTo("Text\n");
    }

    @Test
    void checkWithFixFixesThenReportsNothingFixable() throws Exception {
        Files.writeString(root.resolve("docs/a.rst"), "Text\t\r\n\tindented");
        CheckCommand check = new CheckCommand(root, Map.of());
        assertThat(check.run(new String[] {"--fix", "docs/a.rst"}, stream(out), stream(err))).isZero();
        assertThat(out()).isEqualTo("""
                docs/a.rst: 4 changes
                  line 1: removed trailing whitespace
                  line 1: replaced CR LF line end with LF
                  line 2: replaced tabs in the indentation with spaces
                  line 2: added the missing final newline
                Fixed 1 of 1 file.
                checked 1 file: 0 errors, 0 warnings
                """);
    }

    @Test
    void checkWritesSarifAndJsonReports() throws Exception {
        Files.writeString(root.resolve("docs/a.rst"), "Text \n");
        CheckCommand check = new CheckCommand(root, Map.of());
        assertThat(check.run(new String[] {"--format", "sarif", "--output", "target/r.sarif", "docs/a.rst"},
                stream(out), stream(err))).isEqualTo(1);
        assertThat(out()).isEqualTo("docs/a.rst:1:5: error [trailing-whitespace] trailing whitespace\n"
                + "checked 1 file: 1 error, 0 warnings\n");
        String sarif = Files.readString(root.resolve("target/r.sarif"));
        assertThat(sarif).contains("\"version\": \"2.1.0\"", "\"ruleId\": \"trailing-whitespace\"",
                "\"uri\": \"docs/a.rst\"", "\"startLine\": 1", "\"startColumn\": 5");

        out.reset();
        assertThat(check.run(new String[] {"--format=json", "docs/a.rst"}, stream(out), stream(err))).isEqualTo(1);
        assertThat(out()).startsWith("{\n  \"filesChecked\": 1,\n  \"errors\": 1,").endsWith("}\n");
    }

    @Test
    void checkPrintsGithubAnnotationsUnderActions() throws Exception {
        Files.writeString(root.resolve("docs/a.rst"), "Text \n");
        CheckCommand check = new CheckCommand(root, Map.of("GITHUB_ACTIONS", "true"));
        assertThat(check.run(new String[] {"docs/a.rst"}, stream(out), stream(err))).isEqualTo(1);
        assertThat(out()).isEqualTo("docs/a.rst:1:5: error [trailing-whitespace] trailing whitespace\n"
                + "::error file=docs/a.rst,line=1,col=5,title=trailing-whitespace::trailing whitespace\n"
                + "checked 1 file: 1 error, 0 warnings\n");
    }

    @Test
    void checkRejectsAnUnknownFormat() {
        CheckCommand check = new CheckCommand(root, Map.of());
        assertThat(check.run(new String[] {"--format", "xml", "docs"}, stream(out), stream(err))).isEqualTo(2);
        assertThat(err()).startsWith("specwright: Invalid value for option '--format': expected one of"
                + " [TEXT, JSON, SARIF, GITHUB] (case-insensitive) but was 'xml'\n");
    }

    @Test
    void changedSinceOutsideGitIsAClearError() {
        CheckCommand check = new CheckCommand(root, Map.of());
        assertThat(check.run(new String[] {"--changed-since", "HEAD", "."}, stream(out), stream(err))).isEqualTo(2);
        assertThat(err()).startsWith("specwright: not inside a git working tree: the changed files come from git: fatal: not a git repository");
    }
}
