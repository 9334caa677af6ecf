package io.github.specwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adopting in an existing repository: today's findings accepted, new ones reported. */
class BaselineCommandTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text, StandardCharsets.UTF_8);
    }

    @Test
    void onlyNewFindingsFailAndFixedOnesWarn() throws IOException {
        write("docs/a.rst", "Title\n=====\n\nOld trailing space. \n\nFixed later. \n");
        CliSession cli = new CliSession(root);
        assertThat(cli.run("check", ".")).isEqualTo(1);
        assertThat(cli.run("baseline", ".")).isZero();
        assertThat(cli.out()).isEqualTo("recorded 2 findings of 1 file in specwright-baseline.json\n");
        assertThat(cli.run("check", "--baseline", "specwright-baseline.json", ".")).isZero();
        assertThat(cli.out()).isEqualTo("checked 1 file: 0 errors, 0 warnings, 2 accepted by the baseline\n");

        write("docs/a.rst", "Title\n=====\n\nNew line. \n\nOld trailing space. \n\nFixed later.\n");
        assertThat(cli.run("check", "--baseline", "specwright-baseline.json", ".")).isEqualTo(1);
        assertThat(cli.out()).isEqualTo("docs/a.rst:4:10: error [trailing-whitespace] trailing whitespace\n"
                + "specwright-baseline.json:5:1: warning [stale-baseline-entry] no trailing-whitespace finding in"
                + " docs/a.rst matches this entry any more (it was fixed, or its text changed): remove the entry, or"
                + " make the baseline again with 'specwright baseline'\n"
                + "checked 1 file: 1 error, 1 warning, 1 accepted by the baseline\n");
    }

    @Test
    void theConfigurationNamesTheBaselineAndABadOneIsOneLine() throws IOException {
        write("docs/a.rst", "Title\n=====\n\nText. \n");
        write("specwright.conf", "[check]\nbaseline = b.json\n");
        write("b.json", "{\"version\": 1, \"entries\": [\n");
        CliSession cli = new CliSession(root);
        assertThat(cli.run("check", "--config", "specwright.conf", ".")).isEqualTo(2);
        assertThat(cli.err()).startsWith("specwright: b.json:2: not valid JSON: ").doesNotContain("\tat ");
        write("b.json", "{\"version\": 1, \"entries\": [\n{\"rule\": \"x\", \"file\": \"gone.rst\", \"section\": \"\","
                + " \"text\": \"\", \"message\": \"m\"}]}\n");
        assertThat(cli.run("check", "--config", "specwright.conf", ".")).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("specwright: b.json:2: the baseline names gone.rst, which does not exist:"
                + " make the baseline again with 'specwright baseline'\n");
    }
}
