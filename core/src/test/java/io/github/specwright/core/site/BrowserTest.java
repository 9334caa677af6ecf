package io.github.specwright.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site of a generated repository (the archetype's documents with its default answers) in a real headless
 * browser: open the index, follow a link to a spec, search from the page
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
        Assumptions.assumeTrue(GeneratedRepository.available(), "the archetype's templates are not beside core");
        GeneratedRepository.generate(repository);
        Path output = Path.of("target/browser-test").toAbsolutePath();
        Path site = output.resolve("site");
        SiteResult result = new SiteBuilder(SiteOptions.defaults().withTitle("Example specs").withUseGit(false)).build(repository, site);
        // The generated repository builds its site in strict mode: its own documents must render without a finding.
        assertThat(result.findings()).isEmpty();

        try (StaticServer server = new StaticServer(site); Chromium browser = Chromium.start(executable.get(), profile.resolve("p"))) {
            browser.navigate(server.url("index.html"));
            assertThat(browser.evaluate("document.title")).isEqualTo("Example specs");
            assertThat(browser.evaluate("document.querySelector('#group-specs-approved h3').textContent")).isEqualTo("approved 1");
            assertThat(browser.evaluate("document.querySelector('#group-specs-approved a').textContent")).isEqualTo("Publish the specs as HTML");
            assertThat(browser.evaluate("document.querySelector('#group-specs-backlog a').textContent")).isEqualTo("Search the published specs");

            // Follow the link from the index by clicking it.
            browser.evaluate("document.querySelector('#group-specs-approved a').click()");
            browser.waitFor("location.pathname.endsWith('/specs/approved/publish-specs-as-html.html') && document.readyState === 'complete'");
            assertThat(browser.evaluate("document.querySelector('main h1').textContent")).isEqualTo("Publish the specs as HTML");
            assertThat(browser.evaluate("document.querySelector('main section h2').textContent")).startsWith("Problem description");
            assertThat(browser.evaluate("document.querySelector('nav.toc a').getAttribute('href')")).isEqualTo("#problem-description");
            assertThat(browser.evaluate("document.querySelector('footer code').textContent")).isEqualTo("specs/approved/publish-specs-as-html.rst");
            assertThat(browser.evaluate("getComputedStyle(document.querySelector('.site-header')).display")).isEqualTo("flex");
            Files.write(output.resolve("spec-page.png"), browser.screenshot());

            // Search from the header form of the spec page: the results are computed in the browser by search.js.
            browser.evaluate("(() => { const f = document.querySelector('.search-form');"
                    + " f.querySelector('input').value = 'reviewers managers'; f.requestSubmit(); return 'submitted'; })()");
            browser.waitFor("location.pathname.endsWith('/search.html') && document.querySelectorAll('#search-results li').length > 0");
            assertThat(browser.evaluate("document.getElementById('search-input').value")).isEqualTo("reviewers managers");
            assertThat(browser.evaluate("document.getElementById('search-status').textContent"))
                    .isEqualTo("1 document found for: reviewers managers");
            assertThat(browser.evaluate("document.querySelector('#search-results li a').getAttribute('href')"))
                    .isEqualTo("specs/approved/publish-specs-as-html.html");
            assertThat(browser.evaluate("document.querySelector('#search-results mark').textContent.toLowerCase()")).isEqualTo("reviewers");

            // Typing refines the results live; the best match (a title hit) comes first.
            browser.evaluate("(() => { const i = document.getElementById('search-input'); i.value = 'search the published';"
                    + " i.dispatchEvent(new Event('input')); return 'typed'; })()");
            assertThat(browser.evaluate("document.querySelector('#search-results li a').textContent")).isEqualTo("Search the published specs");
            assertThat(browser.evaluate("location.search")).isEqualTo("?q=search+the+published");

            // A query with markup stays text: no element is created from the index or the query.
            browser.navigate(server.url("search.html?q=%3Cimg%20src%3Dx%3E"));
            assertThat(browser.evaluate("document.querySelectorAll('#search-results img, main img').length")).isEqualTo("0");
            assertThat(browser.evaluate("document.getElementById('search-status').textContent"))
                    .isEqualTo("No document contains all of: <img src=x>");

            browser.navigate(server.url("search.html?q=published"));
            byte[] png = browser.screenshot();
            Files.write(output.resolve("search.png"), png);
            assertThat(png).startsWith(0x89, 'P', 'N', 'G');
            assertThat(png.length).isGreaterThan(5_000);
        }
    }

    @Test
    void aMovedSpecsOldAddressLeadsToItsNewPage() throws Exception {
        Optional<Path> executable = Chromium.find();
        Assumptions.assumeTrue(executable.isPresent(),
                "SKIPPED: no chromium found (/usr/bin/chromium); install it with 'apt-get install -y chromium' to run the browser test");
        Assumptions.assumeTrue(GeneratedRepository.available(), "the archetype's templates are not beside core");
        GeneratedRepository.generate(repository);
        new io.github.specwright.core.lifecycle.SpecLifecycle(repository, io.github.specwright.core.check.CheckConfig.defaults(),
                io.github.specwright.core.lifecycle.SpecLifecycle.Directories.DEFAULTS, new io.github.specwright.core.vcs.GitCommand())
                .implement(Path.of("specs/approved/publish-specs-as-html.rst")).apply();
        Path site = Path.of("target/browser-test/moved-site").toAbsolutePath();
        SiteResult result = new SiteBuilder(SiteOptions.defaults().withTitle("Example specs").withUseGit(false)).build(repository, site);
        assertThat(result.findings()).isEmpty();

        try (StaticServer server = new StaticServer(site); Chromium browser = Chromium.start(executable.get(), profile.resolve("m"))) {
            // A bookmark of the old address: the browser follows the redirect page to the spec's new page.
            browser.navigate(server.url("index.html"));
            browser.evaluate("(() => { location.href = '" + server.url("specs/approved/publish-specs-as-html.html")
                    + "'; return 'going'; })()");
            browser.waitFor("location.pathname.endsWith('/specs/implemented/publish-specs-as-html.html')"
                    + " && document.readyState === 'complete'");
            assertThat(browser.evaluate("document.querySelector('main h1').textContent")).isEqualTo("Publish the specs as HTML");
            assertThat(browser.evaluate("document.querySelector('footer').textContent"))
                    .contains("Formerly specs/approved/publish-specs-as-html.rst");
        }
    }

    /**
     * What readers get beyond the plain pages: the index's facets filter the list in the browser, a code block has
     * coloured tokens, and on a phone-sized screen (375 CSS pixels) nothing scrolls sideways. Screenshots of the
     * index and a spec page go to {@code target/browser-test/}, and into {@code docs/images/} with
     * {@code -Dspecwright.screenshots.update=true} (the docs show them).
     */
    @Test
    void facetsFilterHighlightingColoursAndThePhoneLayoutDoesNotScrollSideways() throws Exception {
        Optional<Path> executable = Chromium.find();
        Assumptions.assumeTrue(executable.isPresent(),
                "SKIPPED: no chromium found (/usr/bin/chromium); install it with 'apt-get install -y chromium' to run the browser test");
        Assumptions.assumeTrue(GeneratedRepository.available(), "the archetype's templates are not beside core");
        GeneratedRepository.generate(repository);
        Files.writeString(repository.resolve("specs/backlog/export-the-catalog.rst"), """
                ====================
                Export the catalog
                ====================

                :Status: draft
                :Authors: Ada Lovelace

                Problem description
                ===================

                Tools read ``specs.json``:

                .. code-block:: json

                   {"version": 1, "documents": [{"path": "specs/approved/x.rst", "draft": true}]}

                .. code-block:: python

                   def approved(catalog):
                       return [d for d in catalog["documents"] if d["role"] == "approved"]
                """);
        Path output = Path.of("target/browser-test").toAbsolutePath();
        Path site = output.resolve("facets-site");
        SiteResult result = new SiteBuilder(SiteOptions.defaults().withTitle("Example specs").withUseGit(false)).build(repository, site);
        assertThat(result.findings()).isEmpty();

        try (StaticServer server = new StaticServer(site); Chromium browser = Chromium.start(executable.get(), profile.resolve("f"))) {
            browser.navigate(server.url("index.html"));
            // Script shows the form; all three specs are listed.
            assertThat(browser.evaluate("document.getElementById('facets').hidden")).isEqualTo("false");
            String visible = "Array.from(document.querySelectorAll('#specs li[data-dir]')).filter(li => li.offsetParent !== null)"
                    + ".map(li => li.querySelector('a').textContent).sort().join('|')";
            assertThat(browser.evaluate(visible)).isEqualTo("Export the catalog|Publish the specs as HTML|Search the published specs");
            assertThat(browser.evaluate("document.getElementById('facet-count').textContent")).isEqualTo("3 of 3 listed");
            if (Boolean.getBoolean("specwright.screenshots.update")) {
                Files.write(Path.of("../docs/images/site-index.png"), browser.screenshot());
            }
            Files.write(output.resolve("index.png"), browser.screenshot());

            // Choosing a status hides the others and the groups left empty, and keeps the choice in the address.
            browser.evaluate("(() => { const s = document.getElementById('facet-status'); s.value = 'draft';"
                    + " s.dispatchEvent(new Event('change', {bubbles: true})); return 'chosen'; })()");
            assertThat(browser.evaluate(visible)).isEqualTo("Export the catalog");
            assertThat(browser.evaluate("document.getElementById('facet-count').textContent")).isEqualTo("1 of 3 listed");
            assertThat(browser.evaluate("document.getElementById('group-specs-approved').hidden")).isEqualTo("true");
            assertThat(browser.evaluate("location.search")).isEqualTo("?status=draft");
            // A shared link opens with the same filter; the directory facet combines with it.
            browser.navigate(server.url("index.html?dir=specs%2Fapproved"));
            assertThat(browser.evaluate(visible)).isEqualTo("Publish the specs as HTML");

            // The spec page: the metadata line and coloured tokens from highlight.js, served by the site itself.
            browser.navigate(server.url("specs/backlog/export-the-catalog.html"));
            assertThat(browser.evaluate("document.querySelector('.spec-meta').textContent"))
                    .isEqualTo("Status: draft \u00b7 Author: Ada Lovelace");
            assertThat(browser.evaluate("document.querySelectorAll('pre code.hljs').length")).isEqualTo("2");
            assertThat(browser.evaluate("document.querySelector('code.language-python .hljs-keyword').textContent")).isEqualTo("def");
            assertThat(browser.evaluate("getComputedStyle(document.querySelector('code.language-python .hljs-keyword')).color"))
                    .isNotEqualTo(browser.evaluate("getComputedStyle(document.querySelector('code.language-python')).color"));
            assertThat(browser.evaluate("getComputedStyle(document.querySelector('code.language-json .hljs-attr')).color"))
                    .isEqualTo("rgb(149, 56, 0)");
            assertThat(browser.evaluate("Array.from(document.scripts).every(s => s.src.startsWith(location.origin))")).isEqualTo("true");

            browser.navigate(server.url("specs/approved/publish-specs-as-html.html"));
            if (Boolean.getBoolean("specwright.screenshots.update")) {
                Files.write(Path.of("../docs/images/site-spec-page.png"), browser.screenshot());
            }

            // A phone: one column, and no page is wider than the screen.
            browser.setViewport(375, 740, true);
            String noSideways = "document.documentElement.scrollWidth <= window.innerWidth";
            for (String page : List.of("index.html", "specs/approved/publish-specs-as-html.html",
                    "specs/backlog/export-the-catalog.html", "search.html?q=specs")) {
                browser.navigate(server.url(page));
                assertThat(browser.evaluate("window.innerWidth")).isEqualTo("375");
                assertThat(browser.evaluate(noSideways)).as(page + ": scrollWidth " + browser.evaluate(
                        "document.documentElement.scrollWidth")).isEqualTo("true");
            }
            browser.navigate(server.url("index.html"));
            byte[] narrow = browser.screenshot();
            Files.write(output.resolve("index-375px.png"), narrow);
            if (Boolean.getBoolean("specwright.screenshots.update")) {
                Files.write(Path.of("../docs/images/site-index-phone.png"), narrow);
            }
            assertThat(narrow).startsWith(0x89, 'P', 'N', 'G');

            // Print: the text alone, links followed by their address, the metadata line kept.
            browser.setViewport(800, 1000, false);
            browser.navigate(server.url("specs/approved/publish-specs-as-html.html"));
            browser.emulateMedia("print");
            for (String chrome : List.of(".site-header", "nav.toc", ".site-footer")) {
                assertThat(browser.evaluate("getComputedStyle(document.querySelector('" + chrome + "')).display"))
                        .as(chrome).isEqualTo("none");
            }
            assertThat(browser.evaluate("getComputedStyle(document.querySelector('.spec-meta')).display")).isEqualTo("block");
            assertThat(browser.evaluate("getComputedStyle(document.querySelector('main p > a[href^=\"http\"]'), '::after').content"))
                    .isEqualTo("\" (https://github.com/example/example/issues/1)\"");
            assertThat(browser.evaluate("getComputedStyle(document.querySelector('.spec-meta a'), '::after').content"))
                    .isEqualTo("none");
        }
    }
}
