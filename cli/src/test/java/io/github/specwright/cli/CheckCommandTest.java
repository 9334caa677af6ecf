package io.github.specwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    private static final String TEMPLATE = """
            ..
             This work is licensed under a Creative Commons Attribution 3.0 Unported
             License.

             http://creativecommons.org/licenses/by/3.0/legalcode

            =================
            Title of the Spec
            =================

            https://storyboard.openstack.org/#!/story/1

            Problem description
            ===================

            None

            Proposed change
            ===============

            None

            Alternatives
            ------------

            None

            References
            ==========

            None
            """;

    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int main(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int inDirectory(Path workingDirectory, String... args) {
        return new CheckCommand(workingDirectory).run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void repository() throws IOException {
        write("specs/template.rst", TEMPLATE);
        // A title of its own: two specs with one title are a duplicate-title finding.
        write("specs/approved/good.rst", TEMPLATE.replace("Title of the Spec", "A good spec title"));
    }

    @Test
    void cleanRepositoryExitsZeroWithASummary() throws IOException {
        repository();
        assertThat(main("check", root.toString())).isZero();
        assertThat(out()).isEqualTo("checked 2 files: 0 errors, 0 warnings\n");
        assertThat(err()).isEmpty();
    }

    @Test
    void findingsArePrintedRelativeToTheRootAndExitOne() throws IOException {
        repository();
        write("specs/approved/bad.rst", TEMPLATE.replace("Alternatives\n------------\n\nNone\n\n", "")
                .replace("None\n\nReferences", "None   \n\nReferences"));
        assertThat(main("check", root.toString())).isEqualTo(1);
        assertThat(out()).isEqualTo("""
                specs/approved/bad.rst:18:1: error [missing-subsection] section 'Proposed change' is missing subsection 'Alternatives'
                specs/approved/bad.rst:21:5: error [trailing-whitespace] trailing whitespace
                checked 3 files: 2 errors, 0 warnings
                """);
    }

    @Test
    void warningsAloneExitZero() throws IOException {
        repository();
        write("specs/approved/empty.rst", TEMPLATE.replace("Problem description\n===================\n\nNone\n",
                "Problem description\n===================\n"));
        assertThat(main("check", root.toString())).isZero();
        assertThat(out()).startsWith("specs/approved/empty.rst:13:1: warning [empty-section] section"
                + " 'Problem description' is empty; write \"None\" when there is nothing to say\n")
                .endsWith("checked 3 files: 0 errors, 1 warning\n");
    }

    @Test
    void configFileChangesTheRules() throws IOException {
        repository();
        write("specs/approved/long.rst", TEMPLATE.replace("None\n\nReferences", "a " + "b".repeat(80) + " c\n\nReferences"));
        Path config = root.resolve("specwright.conf");
        Files.writeString(config, "[check]\nmax-line-length = 100\n");
        assertThat(main("check", "--config", config.toString(), root.toString())).isZero();
        assertThat(main("check", root.toString())).isEqualTo(1);
        assertThat(out()).contains("specs/approved/long.rst:26:80: error [line-length] line is 84 characters long,"
                + " over the limit of 79");
    }

    @Test
    void singleFileGetsFormatAndMarkupChecksOnlyWithoutConfig() throws IOException {
        write("specs/approved/lonely.rst", "Just a line \n");
        assertThat(inDirectory(root, "specs/approved/lonely.rst")).isEqualTo(1);
        assertThat(out()).isEqualTo("""
                specs/approved/lonely.rst:1:12: error [trailing-whitespace] trailing whitespace
                checked 1 file: 1 error, 0 warnings
                """);
    }

    @Test
    void singleFilePlacedByTheConfigGetsTheTemplateChecks() throws IOException {
        repository();
        write("specs/approved/lonely.rst", "Just a line\n");
        Path config = root.resolve("specwright.conf");
        Files.writeString(config, "[check]\nlicense-header = none\n\n[policy specs/approved/]\nkind = short\n");
        assertThat(inDirectory(root, "--config", "specwright.conf", "specs/approved/lonely.rst")).isEqualTo(1);
        assertThat(out()).contains("specs/approved/lonely.rst:1:1: error [missing-section] missing section 'Problem description'");
    }

    @Test
    void noPathIsAUsageError() {
        assertThat(main("check")).isEqualTo(2);
        assertThat(err()).startsWith("specwright: Missing required parameter: 'PATH'\nUsage: specwright check [-hV]")
                .endsWith("Run 'specwright check --help' for the options.\n");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(main("check", "--colour", ".")).isEqualTo(2);
        assertThat(err()).startsWith("specwright: Unknown option: '--colour'\nPossible solutions: --config\nUsage: specwright check");
    }

    @Test
    void configWithoutFileIsAUsageError() {
        assertThat(main("check", "--config")).isEqualTo(2);
        assertThat(err()).startsWith("specwright: Missing required parameter for option '--config' (FILE)\nUsage:");
    }

    @Test
    void helpIsPrintedOnRequest() {
        assertThat(main("check", "--help")).isZero();
        assertThat(out()).startsWith("Check specs against the template and the formatting rules.\n"
                + "Usage: specwright check [-hV] [--fix] [--rewrap]");
    }

    @Test
    void configErrorsExitTwoWithTheMessage() throws IOException {
        Path config = root.resolve("bad.conf");
        Files.writeString(config, "[check]\nmax-line-length = wide\n");
        assertThat(main("check", "--config", config.toString(), root.toString())).isEqualTo(2);
        assertThat(err()).isEqualTo("specwright: " + config + ":2: max-line-length must be a whole number, not 'wide'\n");
    }

    @Test
    void missingTemplateExitsTwo() throws IOException {
        write("specs/approved/a.rst", "A\n=\n");
        assertThat(main("check", root.toString())).isEqualTo(2);
        assertThat(err()).startsWith("specwright: template file not found: specs/template.rst");
    }

    @Test
    void missingPathExitsTwo() {
        assertThat(inDirectory(root, "nope.rst")).isEqualTo(2);
        assertThat(err()).isEqualTo("specwright: no such file or directory: " + root.resolve("nope.rst") + "\n");
    }

    @Test
    void mainHelpListsTheCommand() {
        assertThat(main("help")).isZero();
        assertThat(out()).contains("  check        Check specs against the template and the formatting rules.\n");
    }
}
