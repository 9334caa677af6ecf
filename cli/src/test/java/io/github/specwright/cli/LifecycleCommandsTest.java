package io.github.specwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** move, implement, abandon, supersede, new-release, stats, query and index through the CLI. */
class LifecycleCommandsTest {

    @TempDir
    Path root;

    private CliSession cli;

    private void write(String path, String text) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text, StandardCharsets.UTF_8);
    }

    private String read(String path) throws IOException {
        return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
    }

    @BeforeEach
    void repository() throws IOException {
        cli = new CliSession(root);
        write("specs/approved/x.rst", "===\nX\n===\n\n:Status: approved\n\nText.\n");
        write("specs/approved/y.rst", "===\nY\n===\n\nText.\n");
        write("priorities/2027.1-priorities.rst", "Priorities 2027.1\n=================\n\n"
                + "+------+----------+\n| Work | Contacts |\n+======+==========+\n| a    | b        |\n"
                + "+------+----------+\n");
    }

    @Test
    void moveWithDryRunChangesNothingThenMoves() throws IOException {
        assertThat(cli.run("move", "--dry-run", "specs/approved/x.rst", "specs/implemented")).isZero();
        assertThat(cli.out()).isEqualTo("would move specs/approved/x.rst -> specs/implemented/x.rst\n"
                + "would specs/redirects: add 'approved/x.rst ../implemented/x.rst'\n");
        assertThat(root.resolve("specs/redirects")).doesNotExist();

        assertThat(cli.run("implement", "specs/approved/x.rst")).isZero();
        assertThat(read("specs/redirects")).isEqualTo("approved/x.rst ../implemented/x.rst\n");
        assertThat(root.resolve("specs/implemented/x.rst")).isRegularFile();
    }

    @Test
    void refusalsExitOneWithOneLine() {
        assertThat(cli.run("abandon", "specs/approved/none.rst")).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("specwright: specs/approved/none.rst does not exist\n");
        assertThat(cli.run("supersede", "specs/approved/x.rst")).isEqualTo(2);
        assertThat(cli.err()).startsWith("specwright: Missing required option: '--by=OTHER'\n");
    }

    @Test
    void supersede() throws IOException {
        assertThat(cli.run("supersede", "specs/approved/x.rst", "--by", "specs/approved/y.rst")).isZero();
        assertThat(read("specs/not-implemented/x.rst")).contains(":Status: approved\n:Superseded by: ../approved/y.rst\n");
        assertThat(read("specs/approved/y.rst")).contains(":Supersedes: ../not-implemented/x.rst\n");
    }

    @Test
    void newRelease() throws IOException {
        assertThat(cli.run("new-release", "2027.2", "--release-directory", "specs/{release}/approved")).isZero();
        assertThat(cli.out()).isEqualTo("create specs/2027.2/approved/\nwrite specs/2027.2/approved/.gitkeep\n"
                + "write priorities/2027.2-priorities.rst\n");
        assertThat(read("priorities/2027.2-priorities.rst")).startsWith("Priorities 2027.2\n=================\n")
                .contains("| Work | Contacts |\n+======+==========+\n|      |          |\n+------+----------+\n");
        assertThat(cli.run("new-release", "2027.2")).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("specwright: release 2027.2 already exists:"
                + " priorities/2027.2-priorities.rst is there\n");
    }

    @Test
    void statsQueryAndIndex() throws IOException {
        assertThat(cli.run("stats", "--format", "csv")).isZero();
        assertThat(cli.out()).isEqualTo("group,value,count\r\ndirectory,specs/approved,2\r\nrelease,(none),2\r\n"
                + "status,approved,2\r\npriorities 2027.1,Priorities 2027.1,1\r\n");
        assertThat(cli.run("query", "--dir", "approved", "--text", "x", "--format", "csv")).isZero();
        assertThat(cli.out()).startsWith("path,title,role,release,status,authors,trackerLink,lastChanged\r\n"
                + "specs/approved/x.rst,X,approved,,approved,,,").hasLineCount(2);
        assertThat(cli.run("index", "--output", "target/specs.json")).isZero();
        assertThat(read("target/specs.json")).startsWith("{\n  \"version\": 1,\n  \"documents\": [\n");
    }
}
