package io.github.specwright.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.internal.markdown.MarkdownParser;
import io.github.specwright.core.model.ParsedDocument;
import org.junit.jupiter.api.Test;

/**
 * A Markdown page's body where it used to part from CommonMark and GitHub (each case found on the
 * rust-lang RFCs by FlexmarkGfmParityTest); expectations checked against commonmark.js.
 */
class MarkdownPageTest {

    private static String page(String markdown) {
        return MarkdownPages.body(markdown);
    }

    @Test
    void aParagraphEndingInTwoColonsBeforeCodeKeepsThemAsWritten() {
        // "::" before a literal block is reStructuredText's marker, not Markdown's.
        assertThat(page("Example::\n\n```rust\nfn main() {}\n```\n")).isEqualTo("""
                <p>Example::</p>
                <pre><code class="language-rust">fn main() {}
                </code></pre>
                """);
    }

    @Test
    void aCodeSpanOverTwoLinesOfAListItemDropsTheContinuationIndentation() {
        assertThat(page("- parsed as `x\n  = y` here\n")).isEqualTo("""
                <ul>
                <li>parsed as <code class="literal">x = y</code> here</li>
                </ul>
                """);
    }

    @Test
    void aCodeSpanKeepsItsRunsOfSpaces() {
        assertThat(page("`a   b`\n")).isEqualTo("<p><code class=\"literal\">a   b</code></p>\n");
    }

    @Test
    void aFenceKeepsTheBlankLinesBeforeItsClosingFence() {
        assertThat(page("```\nb\n\n\n```\n")).isEqualTo("<pre><code>b\n\n\n</code></pre>\n");
    }

    @Test
    void anUndefinedReferenceIsShownAsWrittenAndReported() {
        String markdown = "See [the *blog*][3], [this post][] and [x][y\\!].\n";
        assertThat(page(markdown)).isEqualTo("<p>See [the <em>blog</em>][3], [this post][] and [x][y!].</p>\n");
        ParsedDocument parsed = MarkdownParser.parse(markdown, "specs/page.md");
        assertThat(parsed.diagnostics()).extracting(d -> d.line() + ":" + d.column() + " " + d.ruleId())
                .containsExactly("1:5 md-broken-reference", "1:22 md-broken-reference", "1:40 md-broken-reference");
    }

    @Test
    void onlyTheUrlsGithubLinksAreLinks() {
        // GFM's extended autolinks start at a line's start, after whitespace or after *, _, ~ and (:
        // not after the bracket of an undefined [label].
        assertThat(page("At https://example.org/a. Not [https://example.org/b].\n"))
                .isEqualTo("<p>At <a class=\"reference external\" href=\"https://example.org/a\">https://example.org/a</a>."
                        + " Not [https://example.org/b].</p>\n");
    }

    @Test
    void headingsCarryTheirAnchorsAndHtmlMaySpanThem() {
        String html = page("<details>\n<summary>More</summary>\n\n## Inside\n\nText.\n\n## Also inside\n\n</details>\n\n## After\n");
        assertThat(html).doesNotContain("<section")
                .contains("<h2 id=\"inside\">Inside<a class=\"headerlink\" href=\"#inside\"")
                .contains("<h2 id=\"after\">After");
        assertThat(html.indexOf("</details>")).isGreaterThan(html.indexOf("Also inside")).isLessThan(html.indexOf("After"));
    }

    @Test
    void aLinkWhoseDestinationTheAllowlistRefusesStaysALinkWithout() {
        // The page holds raw HTML, so it passes the allowlist whole: ftp: is not one of its protocols.
        assertThat(page("<kbd>K</kbd> ftp://example.org/f.ps\n"))
                .isEqualTo("<p><kbd>K</kbd> <a class=\"reference external\">ftp://example.org/f.ps</a></p>\n");
    }

    @Test
    void everyHeadingCarriesItsAnchorAsGithubMakesIt() {
        String html = page("# Title\n\nSee [changes](#apicli-changes).\n\n## API/CLI changes\n\n## Q&A\n\n## Q&A\n\n"
                + "- ### `kubectl` \u2013 usage\n\n## \u00dcber caf\u00e9\n");
        assertThat(html).contains("<h1 class=\"title\" id=\"title\">Title</h1>")
                .contains("<a class=\"reference internal\" href=\"#apicli-changes\">changes</a>")
                .contains("<h2 id=\"apicli-changes\">API/CLI changes")
                .contains("<h2 id=\"qa\">Q&amp;A")
                .contains("<h2 id=\"qa-1\">Q&amp;A")
                .contains("<h3 id=\"kubectl--usage\"><code class=\"literal\">kubectl</code> \u2013 usage</h3>")
                .contains("<h2 id=\"\u00fcber-caf\u00e9\">\u00dcber caf\u00e9");
    }

    @Test
    void anEmailAddressFoundInTextHasItsEscapesResolved() {
        // Node.js' changelogs write package@version as package\@version; GitHub links package@version
        assertThat(page("update to remark\\@1.2.0 now\n")).isEqualTo("<p>update to <a class=\"reference external\""
                + " href=\"mailto:remark@1.2.0\">remark@1.2.0</a> now</p>\n");
    }
}
