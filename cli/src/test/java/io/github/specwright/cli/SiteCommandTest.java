package io.github.specwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteCommandTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void rendersIntoTheGivenDirectory() throws Exception {
        Files.createDirectories(root.resolve("specs/approved"));
        Files.writeString(root.resolve("specs/approved/a.rst"), "=\nA\n=\n");
        Path site = root.resolve("out");
        assertThat(run("site", "--out", site.toString(), "--title", "T", root.toString())).isZero();
        assertThat(site.resolve("specs/approved/a.html")).isRegularFile();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 pages, 0 links listing a spec again, 0 findings");
    }

    @Test
    void strictExitsWithOneOnFindings() throws Exception {
        Files.createDirectories(root.resolve("specs/1.0"));
        Files.writeString(root.resolve("specs/1.0/a.rst"), "../approved/a.rst");
        assertThat(run("site", "--strict", root.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("specs/1.0/a.rst:1:1: warning [site-broken-symlink]");
        assertThat(root.resolve("target/specs-site/index.html")).isRegularFile();
        assertThat(run("site", root.toString())).isZero();
    }

    @Test
    void usageErrors() {
        assertThat(run("site")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("specwright: Missing required parameter: 'ROOT'");
        assertThat(run("site", "--out")).isEqualTo(2);
        assertThat(run("site", root.resolve("missing").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing: not a directory");
    }
}
