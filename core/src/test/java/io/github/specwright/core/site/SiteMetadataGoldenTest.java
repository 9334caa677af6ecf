package io.github.specwright.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden tests of what the site adds from the catalog: the metadata line under a spec's title and the index page's
 * facets (the form and the data attributes of each listed spec). The expected fragments are in
 * {@code site-golden-pages/}; {@code -Dspecwright.golden.update=true} rewrites them after a deliberate change.
 */
class SiteMetadataGoldenTest {

    @TempDir
    Path repository;

    @TempDir
    Path output;

    private void file(String path, String content) throws IOException {
        Path file = repository.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    @BeforeEach
    void repository() throws IOException {
        file("specs/approved/alpha.rst", """
                =====
                Alpha
                =====

                https://bugs.launchpad.net/ironic/+bug/12345

                :Release: 2024.1
                :Status: approved
                :Authors: Ada Lovelace, Grace Hopper

                Problem description
                ===================

                Text.
                """);
        file("specs/backlog/beta.md", """
                ---
                status: draft
                authors: [Linus]
                ---
                # Beta

                Later.
                """);
        file("specs/2023.2/gamma.rst", "=====\nGamma\n=====\n\nDone in 2023.2.\n");
        file("specs/implemented/delta.rst", "=====\nDelta\n=====\n\nNo metadata.\n");
        Files.createDirectories(repository.resolve("specs/2024.1"));
        Files.createSymbolicLink(repository.resolve("specs/2024.1/alpha.rst"), Path.of("../approved/alpha.rst"));
        file("README.rst", "Readme\n");
    }

    @Test
    void metadataLinesAndFacetsAreAsExpected() throws IOException {
        new SiteBuilder(SiteOptions.defaults().withTitle("Golden").withUseGit(false)).build(repository, output);
        String alpha = read("specs/approved/alpha.html");
        // The line sits right after the title, before the tracker link paragraph of the body.
        assertThat(alpha).contains("<h1 class=\"title\">Alpha</h1>\n<p class=\"spec-meta\">");
        String actual = "== specs/approved/alpha.html\n" + metaLine(alpha)
                + "== specs/backlog/beta.html\n" + metaLine(read("specs/backlog/beta.html"))
                + "== specs/2023.2/gamma.html\n" + metaLine(read("specs/2023.2/gamma.html"))
                + "== specs/implemented/delta.html\n" + metaLine(read("specs/implemented/delta.html"))
                + "== index.html facets\n" + facets(read("index.html"));
        assertThat(read("README.html")).doesNotContain("spec-meta");
        assertThat(read("index.html")).contains("<script src=\"facets.js\"></script>");
        assertThat(output.resolve("facets.js")).isRegularFile();
        assertGolden("metadata-and-facets.txt", actual);
    }

    private String read(String page) throws IOException {
        return Files.readString(output.resolve(page), StandardCharsets.UTF_8);
    }

    private static String metaLine(String html) {
        int start = html.indexOf("<p class=\"spec-meta\">");
        return start < 0 ? "(no metadata line)\n" : html.substring(start, html.indexOf("</p>\n", start) + 5);
    }

    /** The form and every listed spec's line. */
    private static String facets(String html) {
        StringBuilder out = new StringBuilder();
        int start = html.indexOf("<form class=\"facets\"");
        out.append(html, start, html.indexOf("</form>\n", start) + 8);
        for (String line : html.split("\n")) {
            if (line.startsWith("<li data-")) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path expected = Path.of("src/test/resources/site-golden-pages").resolve(name);
        if (Boolean.getBoolean("specwright.golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}
