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

class OutlineCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new OutlineCommand(dir).run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsOneRowPerFileWithThePathAsGiven() throws IOException {
        Files.writeString(dir.resolve("a.rst"), """
                =====
                Title
                =====

                One
                ===

                Sub
                ---

                Two
                ===
                """);
        Files.writeString(dir.resolve("b.rst"), "Only text.\n");

        assertThat(run("a.rst", "./b.rst")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "outline\ta.rst\t{\"One\": [\"Sub\"], \"Two\": []}\noutline\t./b.rst\t{}\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void escapesNonAsciiLikePythonJson() throws IOException {
        Files.writeString(dir.resolve("u.rst"), "Caf\u00e9 \"x\"\n=========\n\ntext\n\nB\u00e9\n===\n");

        assertThat(run("u.rst")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("outline\tu.rst\t{\"Caf\\u00e9 \\\"x\\\"\": [], \"B\\u00e9\": []}\n");
    }

    @Test
    void missingFileIsNamedAndExitsOneButOthersArePrinted() throws IOException {
        Files.writeString(dir.resolve("ok.rst"), "T\n=\n");

        assertThat(run("missing.rst", "ok.rst")).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.rst: no such file");
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("outline\tok.rst\t");
    }

    @Test
    void malformedUtf8IsReportedWithItsLine() throws IOException {
        Files.write(dir.resolve("bad.rst"), new byte[] {'a', '\n', 'b', (byte) 0xff, '\n'});

        assertThat(run("bad.rst")).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.rst:2: not valid UTF-8");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void directoryIsAnUnreadableFile() {
        assertThat(run(".")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(".: cannot read");
    }

    @Test
    void usageErrorsPrintHelpAndExitTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: specwright outline [-hV] FILE...");
        assertThat(run("--bogus", "x.rst")).isEqualTo(2);
    }

    @Test
    void mainDispatchesToOutline() throws IOException {
        ByteArrayOutputStream mainErr = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"outline"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(mainErr, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(mainErr.toString(StandardCharsets.UTF_8)).contains("outline [-hV] FILE...");
    }
}
