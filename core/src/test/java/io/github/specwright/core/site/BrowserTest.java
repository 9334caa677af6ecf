package io.github.specwright.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated site in a real headless browser: open the index, follow a link to a spec, search from the page
 * header, refine the search by typing, and keep screenshots in {@code target/browser-test/}. Skips, saying why,
 * only when no chromium is installed ({@code .ci/run} installs Debian's).
 */
@Tag("browser")
class BrowserTest {

    @TempDir
    Path repository;

    @TempDir
    Path profile;

    @Test
    void indexLinkSpecPageAndSearchWorkInChromium() throws Exception {
        Optional<Path> executable = Chromium.find();
        Assumptions.assumeTrue(executable.isPresent(),
                "SKIPPED: no chromium found (/usr/bin/chromium); install it with 'apt-get install -y chromium' to run the browser test");
        writeRepository();
        Path output = Path.of("target/browser-test").toAbsolutePath();
        Path site = output.resolve("site");
        SiteResult result = new SiteBuilder(SiteOptions.defaults().withTitle("Demo specs").withUseGit(false)).build(repository, site);
        assertThat(result.pages()).isEqualTo(4);

        try (StaticServer server = new StaticServer(site); Chromium browser = Chromium.start(executable.get(), profile.resolve("p"))) {
            browser.navigate(server.url("index.html"));
            assertThat(browser.evaluate("document.title")).isEqualTo("Demo specs");
            assertThat(browser.evaluate("document.querySelector('#group-specs-approved h3').textContent")).isEqualTo("approved 1");
            assertThat(browser.evaluate("[...document.querySelectorAll('#group-specs-2026-1 a')].map(a => a.getAttribute('href')).join()"))
                    .isEqualTo("specs/approved/faster-builds.html");

            // Follow the link from the index by clicking it.
            browser.evaluate("document.querySelector('#group-specs-approved a').click()");
            browser.waitFor("location.pathname.endsWith('/specs/approved/faster-builds.html') && document.readyState === 'complete'");
            assertThat(browser.evaluate("document.querySelector('footer code').textContent")).isEqualTo("specs/approved/faster-builds.rst");
            assertThat(browser.evaluate("getComputedStyle(document.querySelector('.site-header')).display")).isEqualTo("flex");
            Files.write(output.resolve("spec-page.png"), browser.screenshot());

            // Search from the header form of the spec page: the results are computed in the browser by search.js.
            browser.evaluate("(() => { const f = document.querySelector('.search-form');"
                    + " f.querySelector('input').value = 'faster'; f.requestSubmit(); return 'submitted'; })()");
            browser.waitFor("location.pathname.endsWith('/search.html') && document.querySelectorAll('#search-results li').length > 0");
            assertThat(browser.evaluate("document.getElementById('search-input').value")).isEqualTo("faster");
            assertThat(browser.evaluate("document.getElementById('search-status').textContent")).isEqualTo("1 document found for: faster");
            assertThat(browser.evaluate("document.querySelector('#search-results li a').getAttribute('href')"))
                    .isEqualTo("specs/approved/faster-builds.html");

            // Typing refines the results live.
            browser.evaluate("(() => { const i = document.getElementById('search-input'); i.value = 'priorities';"
                    + " i.dispatchEvent(new Event('input')); return 'typed'; })()");
            assertThat(browser.evaluate("document.getElementById('search-status').textContent")).isEqualTo("1 document found for: priorities");
            assertThat(browser.evaluate("document.querySelector('#search-results li a').getAttribute('href')"))
                    .isEqualTo("priorities/2026-1-priorities.html");
            assertThat(browser.evaluate("location.search")).isEqualTo("?q=priorities");

            // A query with markup stays text: no element is created from the index or the query.
            browser.navigate(server.url("search.html?q=%3Cimg%20src%3Dx%3E"));
            assertThat(browser.evaluate("document.querySelectorAll('#search-results img, main img').length")).isEqualTo("0");
            assertThat(browser.evaluate("document.getElementById('search-status').textContent"))
                    .isEqualTo("No document contains all of: <img src=x>");

            browser.navigate(server.url("search.html?q=faster"));
            byte[] png = browser.screenshot();
            Files.write(output.resolve("search.png"), png);
            assertThat(png).startsWith(0x89, 'P', 'N', 'G');
            assertThat(png.length).isGreaterThan(5_000);
        }
    }

    private void writeRepository() throws Exception {
        write("specs/approved/faster-builds.rst", """
                =============
                Faster builds
                =============

                https://example.org/story/1

                Problem description
                ===================

                Builds are slow.
                """);
        write("specs/backlog/someday.rst", "=======\nSomeday\n=======\n\nMaybe.\n");
        write("specs/template.rst", "========\nTemplate\n========\n");
        write("priorities/2026-1-priorities.rst", "==========\nPriorities\n==========\n");
        Files.createDirectories(repository.resolve("specs/2026.1"));
        Files.createSymbolicLink(repository.resolve("specs/2026.1/faster-builds.rst"), Path.of("../approved/faster-builds.rst"));
    }

    private void write(String path, String content) throws Exception {
        Path file = repository.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
