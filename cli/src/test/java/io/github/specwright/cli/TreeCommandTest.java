package io.github.specwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeCommandTest {

    @TempDir
    Path root;

    @Test
    void printsAndWritesTheTree() throws Exception {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/a.rst"), "Title\n=====\n\nSee `Title`_ and *this*.\n", StandardCharsets.UTF_8);
        CliSession cli = new CliSession(root);
        assertThat(cli.run("tree", "docs/a.rst")).isZero();
        assertThat(cli.out()).isEqualTo("""
                <document ids="title" names="title" title="Title">
                    <title>
                        Title
                    <paragraph>
                        See\\u0020
                        <reference name="Title" refid="title">
                            Title
                         and\\u0020
                        <emphasis>
                            this
                        .
                """.replace("\\u0020", " "));
        assertThat(cli.run("tree", "--out", "trees", "docs/a.rst")).isZero();
        assertThat(Files.readString(root.resolve("trees/docs/a.rst.pformat"))).startsWith("<document ids=\"title\"");
        assertThat(cli.run("tree", "docs/none.rst")).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("specwright tree: docs/none.rst: no such file\n");
    }
}
