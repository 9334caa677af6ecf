package io.github.specwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every command line has: version, help, suggestions, completion; and fix's previews. */
class CliBasicsTest {

    @TempDir
    Path root;

    @Test
    void versionHelpAndSuggestions() {
        CliSession cli = new CliSession(root);
        assertThat(cli.run("--version")).isZero();
        assertThat(cli.out()).matches("specwright \\S+\\n");
        assertThat(cli.run("help", "move")).isZero();
        assertThat(cli.out()).startsWith("Move a spec and record a redirect.\nUsage: specwright move");
        assertThat(cli.run("chekc", ".")).isEqualTo(2);
        assertThat(cli.err()).startsWith("specwright: Unmatched arguments from index 0: 'chekc', '.'\n"
                + "Did you mean: specwright check or specwright help?\n");
        assertThat(cli.run()).isEqualTo(2);
        assertThat(cli.err()).startsWith("specwright: which command? (see below)\nUsage: specwright [-hV] COMMAND");
    }

    @Test
    void completionScriptCoversTheCommands() {
        CliSession cli = new CliSession(root);
        assertThat(cli.run("completion")).isZero();
        assertThat(cli.out()).contains("complete -F _complete_specwright", "new-release", "--changed-since");
    }

    @Test
    void fixDiffAndCheckWriteNothing() throws IOException {
        Files.writeString(root.resolve("a.rst"), "Title\n====\n\nText \r\n");
        CliSession cli = new CliSession(root);
        assertThat(cli.run("fix", "--diff", "a.rst")).isZero();
        assertThat(cli.out()).isEqualTo("--- a/a.rst\n+++ b/a.rst\n@@ -1,4 +1,4 @@\n Title\n-====\n+=====\n \n-Text \\r\n"
                + "+Text\n");
        assertThat(cli.run("fix", "--check", "a.rst")).isEqualTo(1);
        assertThat(cli.out()).isEqualTo("a.rst: would be fixed (3 changes)\n");
        assertThat(Files.readString(root.resolve("a.rst"))).isEqualTo("Title\n====\n\nText \r\n");
        assertThat(cli.run("fix", "--diff", "--check", "a.rst")).isEqualTo(2);
        assertThat(cli.err()).startsWith("specwright: Error: --diff, --check are mutually exclusive");

        assertThat(cli.run("fix", "a.rst")).isZero();
        assertThat(cli.run("fix", "--check", "a.rst")).isZero();
        assertThat(cli.out()).isEmpty();
    }
}
