package io.github.specwright.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.base.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site's plumbing on a small repository: pages, links listing a spec again, index, feed, search, assets. */
class SiteBuilderTest {

    @TempDir
    Path repository;

    @TempDir
    Path output;

    private void file(String path, String content, String modified) throws IOException {
        Path file = repository.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(modified)));
    }

    @BeforeEach
    void repository() throws IOException {
        file("specs/approved/alpha.rst", "=====\nAlpha\n=====\n\nThe first spec.\n", "2024-01-01T00:00:00Z");
        file("specs/approved/beta.rst", "====\nBeta\n====\n\nThe second spec.\n", "2025-06-01T00:00:00Z");
        file("specs/backlog/gamma.rst", "=====\nGamma\n=====\n\nLater.\n", "2023-01-01T00:00:00Z");
        file("specs/template.rst", "========\nTemplate\n========\n", "2020-01-01T00:00:00Z");
        file("priorities/pike-priorities.rst", "====\nPike\n====\n", "2020-01-01T00:00:00Z");
        file("priorities/2023-1-workitems.rst", "====\n2023\n====\n", "2020-01-01T00:00:00Z");
        file("README.rst", "Readme\n", "2020-01-01T00:00:00Z");
        // git's form of a symbolic link without symlink support: a one-line file naming the target.
        Files.createDirectories(repository.resolve("specs/2.0"));
        Files.writeString(repository.resolve("specs/2.0/beta.rst"), "../approved/beta.rst");
        Files.createDirectories(repository.resolve("specs/10.0"));
        Files.createSymbolicLink(repository.resolve("specs/10.0/alpha.rst"), Path.of("../approved/alpha.rst"));
        Files.createDirectories(repository.resolve("specs/not-implemented"));
        Files.writeString(repository.resolve("specs/not-implemented/gone.rst"), "specs/approved/gone.rst");
        Files.createDirectories(repository.resolve("target/junk"));
        Files.writeString(repository.resolve("target/junk/ignored.rst"), "Ignored\n");
    }

    private SiteResult build() throws IOException {
        return new SiteBuilder(SiteOptions.defaults().withTitle("Test <Specs>").withUseGit(false)).build(repository, output);
    }

    @Test
    void rendersEveryDocumentOnceAndEveryLinkAsAnAlias() throws IOException {
        SiteResult result = build();
        assertThat(result.pages()).isEqualTo(7);
        assertThat(result.aliases()).isEqualTo(2);
        for (String page : List.of("specs/approved/alpha.html", "specs/approved/beta.html", "specs/backlog/gamma.html",
                "specs/template.html", "priorities/pike-priorities.html", "README.html", "index.html", "search.html",
                "search-index.js", "search.js", "style.css", "feed.xml")) {
            assertThat(output.resolve(page)).as(page).isRegularFile();
        }
        assertThat(output.resolve("target")).doesNotExist();
        String redirect = SiteChecker.read(output, "specs/10.0/alpha.html");
        assertThat(redirect).contains("<meta http-equiv=\"refresh\" content=\"0; url=../approved/alpha.html\"/>");
        assertThat(SiteChecker.read(output, "specs/2.0/beta.html")).contains("url=../approved/beta.html");
    }

    @Test
    void aMovedSpecKeepsItsOldUrlAndItsPageSaysWhereItWas() throws IOException {
        file("specs/redirects", "# moved\nbacklog/delta.rst ../approved/beta.rst\nbacklog/none.rst ../approved/none.rst\n",
                "2020-01-01T00:00:00Z");
        build();
        String redirect = SiteChecker.read(output, "specs/backlog/delta.html");
        assertThat(redirect).contains("<meta http-equiv=\"refresh\" content=\"0; url=../approved/beta.html\"/>")
                .contains("<link rel=\"canonical\" href=\"../approved/beta.html\"/>")
                .contains("<p>This spec was at <code>specs/backlog/delta.rst</code> and moved to"
                        + " <a href=\"../approved/beta.html\">specs/approved/beta.rst</a>.</p>");
        assertThat(SiteChecker.read(output, "specs/approved/beta.html")).contains(" \u00b7 Formerly <code>specs/backlog/delta.rst</code>");
        assertThat(output.resolve("specs/backlog/none.html")).doesNotExist();
        assertThat(SiteChecker.read(output, "index.html")).doesNotContain("delta");
    }

    @Test
    void aSmallFileThatIsNotUtf8IsAFindingNotAnAbortedBuild() throws IOException {
        // Small enough to be looked at as a symbolic-link stub first: that look must not fail either.
        Path spec = repository.resolve("specs/backlog/latin1.md");
        Files.write(spec, new byte[] {'#', ' ', 'C', 'a', 'f', (byte) 0xE9, '\n'});
        Files.write(repository.resolve("specs/" + io.github.specwright.core.internal.check.consistency.RedirectsFile.FILE_NAME),
                new byte[] {'a', (byte) 0xFF, '\n'});
        SiteResult result = build();
        assertThat(result.findings()).extracting(Finding::format).contains(
                "specs/backlog/latin1.md:1:1: error [site-encoding] not valid UTF-8: undecodable bytes shown as \uFFFD",
                "specs/" + io.github.specwright.core.internal.check.consistency.RedirectsFile.FILE_NAME
                        + ":1:1: error [site-encoding] not valid UTF-8, so its redirects are not written; save the file"
                        + " as UTF-8");
        assertThat(Files.readString(output.resolve("specs/backlog/latin1.html"))).contains("Caf\uFFFD");
    }

    @Test
    void aFileOverTheSitesLimitIsReportedNotRendered() throws IOException {
        Path huge = repository.resolve("specs/backlog/huge.md");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(SiteBuilder.MAX_PAGE_BYTES + 1); // sparse: nothing is written
        }
        SiteResult result = build();
        assertThat(result.findings()).extracting(Finding::format).contains("specs/backlog/huge.md:1:1: error [site-file-size]"
                + " file is 8388609 bytes, over the 8388608 bytes (8 MiB) the site renders; not rendered (no spec is that long: split it,"
                + " or move the data it holds out of the specs)");
        assertThat(output.resolve("specs/backlog/huge.html")).exists();
    }

    @Test
    void aBrokenLinkIsAFindingNamingTheFile() throws IOException {
        List<Finding> findings = build().findings();
        assertThat(findings).extracting(Finding::format).containsExactly(
                "specs/not-implemented/gone.rst:1:1: warning [site-broken-symlink] link to "
                        + "'specs/approved/gone.rst' (specs/not-implemented/specs/approved/gone.rst) points to no document of this repository: not listed");
        assertThat(output.resolve("specs/not-implemented/gone.html")).doesNotExist();
    }

    @Test
    void aSymbolicLinkLeavingTheRepositoryIsNotFollowed() throws IOException {
        Path outside = Files.createTempFile("outside", ".rst");
        try {
            Files.writeString(outside, "=======\nOutside\n=======\n");
            Files.createDirectories(repository.resolve("specs/3.0"));
            Files.createSymbolicLink(repository.resolve("specs/3.0/out.rst"), outside);
            List<Finding> findings = build().findings();
            assertThat(findings).extracting(Finding::path).containsExactly("specs/3.0/out.rst", "specs/not-implemented/gone.rst");
            assertThat(findings.get(0).message()).isEqualTo("link to '" + outside + "' (" + outside.toRealPath()
                    + ") points to no document of this repository: not listed");
            assertThat(output.resolve("specs/3.0/out.html")).doesNotExist();
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void indexGroupsStatusesThenReleasesNewestFirst() throws IOException {
        build();
        String index = SiteChecker.read(output, "index.html");
        List<String> groups = all(Pattern.compile("<section class=\"group\" id=\"([^\"]+)\">"), index);
        assertThat(groups).containsExactly("group-specs-backlog", "group-specs-approved", "group-specs-10-0", "group-specs-2-0");
        assertThat(index).contains("<title>Test &lt;Specs&gt;</title>");
        assertThat(index.indexOf("priorities/2023-1-workitems.html")).isLessThan(index.indexOf("priorities/pike-priorities.html"));
        // The release group lists the spec through its link, pointing at the one page.
        String release = index.substring(index.indexOf("id=\"group-specs-10-0\""));
        assertThat(release).contains("<a href=\"specs/approved/alpha.html\">").contains("<span class=\"alias\">link to specs/approved</span>");
        assertThat(index).contains("<section id=\"templates\">").contains("<section id=\"other-documents\">");
    }

    @Test
    void feedListsSpecsNewestFirstByFileTimeWithoutGit() throws Exception {
        build();
        String feed = SiteChecker.read(output, "feed.xml");
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(output.resolve("feed.xml").toFile());
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("feed");
        assertThat(all(Pattern.compile("<link rel=\"alternate\" type=\"text/html\" href=\"(specs/[^\"]+)\"/>"), feed))
                .containsExactly("specs/approved/beta.html", "specs/approved/alpha.html", "specs/backlog/gamma.html");
        assertThat(feed).contains("<updated>2025-06-01T00:00:00Z</updated>");
    }

    @Test
    void feedUsesGitCommitDatesWhenTheRepositoryIsAWorkTree() throws Exception {
        if (!git("init", "-q")) {
            return; // no git on this machine: the file-time test above covers the fallback
        }
        git("add", "specs/approved/alpha.rst");
        commit("2021-03-04T05:06:07Z", "alpha");
        git("add", "-A");
        commit("2019-01-01T00:00:00Z", "rest");
        new SiteBuilder(SiteOptions.defaults()).build(repository, output);
        String feed = SiteChecker.read(output, "feed.xml");
        int alpha = feed.indexOf("specs/approved/alpha.html");
        assertThat(feed.substring(alpha, feed.indexOf("</entry>", alpha))).contains("<updated>2021-03-04T05:06:07Z</updated>");
        assertThat(all(Pattern.compile("href=\"(specs/[^\"]+)\"/>"), feed).get(0)).isEqualTo("specs/approved/alpha.html");
    }

    private boolean git(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=T", "-c", "user.email=t@example.org"));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private void commit(String date, String message) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("git", "-c", "user.name=T", "-c", "user.email=t@example.org",
                "commit", "-q", "-m", message).directory(repository.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_COMMITTER_DATE", date);
        builder.environment().put("GIT_AUTHOR_DATE", date);
        Process process = builder.start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor()).isZero();
    }

    @Test
    void searchIndexHoldsEveryPageAsData() throws IOException {
        build();
        String script = SiteChecker.read(output, "search-index.js");
        assertThat(script).startsWith("// Generated by Specwright").contains("window.specwrightSearchIndex = [")
                .contains("\"url\":\"specs/approved/alpha.html\"").contains("\"path\":\"specs/approved/alpha.rst\"");
        assertThat(SiteChecker.read(output, "search.html")).contains("<script src=\"search-index.js\"></script>")
                .contains("<script src=\"search.js\"></script>").contains("id=\"search-results\"");
    }

    @Test
    void everyPageIsWellFormedAndEveryInternalLinkResolves() throws Exception {
        build();
        SiteChecker.Report report = SiteChecker.check(output);
        assertThat(report.problems()).isEmpty();
        assertThat(report.pages()).isEqualTo(11); // 7 documents, 2 links, index, search
        assertThat(report.links()).isGreaterThan(50);
    }

    @Test
    void theCheckerCatchesABrokenLink() throws Exception {
        build();
        Path page = output.resolve("specs/approved/alpha.html");
        Files.writeString(page, Files.readString(page).replace("</main>", "<a href=\"../nowhere.html#x\">x</a></main>"));
        assertThat(SiteChecker.check(output).problems())
                .containsExactly("specs/approved/alpha.html: href=\"../nowhere.html#x\" points to a missing file");
    }

    @Test
    void aMissingRootIsAClearError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SiteBuilder(SiteOptions.defaults())
                        .build(repository.resolve("missing"), output))
                .isInstanceOf(IOException.class).hasMessageEndingWith("missing: not a directory");
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new java.util.ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void pagesWithCodeLoadTheHighlighterFromTheSiteItselfAndOthersDoNot() throws IOException {
        file("specs/approved/coded.rst", "=====\nCoded\n=====\n\n.. code-block:: python\n\n   x = 1\n",
                "2024-01-01T00:00:00Z");
        // The repository's one finding is the link to nowhere set up for another test.
        assertThat(build().findings()).extracting(Finding::ruleId).containsExactly("site-broken-symlink");
        assertThat(Files.readString(output.resolve("highlight/highlight.min.js"))).startsWith("/*!\n  Highlight.js v11.");
        assertThat(Files.readString(output.resolve("highlight/run.js"))).contains("hljs.highlightElement(code)");
        assertThat(Files.readString(output.resolve("specs/approved/coded.html")))
                .contains("<pre class=\"code-block\"><code class=\"language-python\">x = 1</code></pre>")
                .endsWith("<script src=\"../../highlight/highlight.min.js\"></script>\n"
                        + "<script src=\"../../highlight/run.js\"></script>\n</body>\n</html>\n");
        assertThat(Files.readString(output.resolve("specs/approved/alpha.html"))).doesNotContain("<script");
    }

    @Test
    void aCodeBlockThatIsNotItsLanguageAndAnUnreferencedFootnoteAreSiteFindings() throws IOException {
        file("specs/approved/coded.rst", "=====\nCoded\n=====\n\n.. code-block:: json\n\n   {'a': 1}\n\n"
                + ".. [1] Never cited.\n", "2024-01-01T00:00:00Z");
        assertThat(build().findings()).filteredOn(f -> f.path().equals("specs/approved/coded.rst"))
                .extracting(Finding::format).containsExactly(
                "specs/approved/coded.rst:7:4: warning [code-block-syntax] the code block is declared as json but does"
                        + " not parse as JSON (line 7): Unexpected character (''' (code 39)): was expecting"
                        + " double-quote to start property name",
                "specs/approved/coded.rst:9:1: warning [unreferenced-footnote] Footnote [1] is not referenced.");
    }
}
