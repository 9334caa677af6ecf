package io.github.specwright.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown specs share the site with reStructuredText ones: same model, same renderer, same rules. */
class MarkdownSiteTest {

    @TempDir
    Path repository;

    @TempDir
    Path output;

    private void write(String path, String content) throws Exception {
        Path file = repository.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void markdownSpecsAreRenderedWithGithubsHtmlAndLinkedFromTheIndex() throws Exception {
        write("specs/approved/fast.md", """
                # Fast builds

                https://example.org/story/1

                ## Problem description

                Builds are *slow* <b>really</b>.

                ```python
                print("<x>")
                ```

                ![diagram](diagram.png)
                """);
        write("specs/approved/other.rst", "=====\nOther\n=====\n\nSee :doc:`fast`.\n");
        write("README.rst", "======\nReadme\n======\n");
        write("README.md", "# Readme too\n");

        SiteResult result = new SiteBuilder(SiteOptions.defaults().withUseGit(false)).build(repository, output);

        String page = Files.readString(output.resolve("specs/approved/fast.html"));
        String main = page.substring(page.indexOf("<main"), page.indexOf("</main>"));
        assertThat(main).contains("<h1 class=\"title\" id=\"fast-builds\">Fast builds</h1>")
                .contains("<h2 id=\"problem-description\">")
                .contains("Builds are <em>slow</em> <b>really</b>.")
                // A page with raw HTML passes the sanitizer, which writes quotes in text as &#34;.
                .contains("<code class=\"language-python\">print(&#34;&lt;x&gt;&#34;)\n</code>")
                .contains("<span class=\"image-placeholder\">[image: diagram.png]</span>");
        assertThat(Files.readString(output.resolve("specs/approved/other.html")))
                .contains("<a class=\"reference internal\" href=\"fast.html\">Fast builds</a>");
        assertThat(Files.readString(output.resolve("index.html"))).contains("<a href=\"specs/approved/fast.html\">Fast builds</a>");
        assertThat(Files.readString(output.resolve("README.html"))).contains("<h1 class=\"title\">Readme</h1>");
        assertThat(result.findings()).extracting(f -> f.path() + ":" + f.line() + " " + f.ruleId()).containsExactly(
                "README.md:1 site-duplicate-page",
                "specs/approved/fast.md:13 site-image");
        assertThat(SiteChecker.check(output).problems()).isEmpty();
    }
}
