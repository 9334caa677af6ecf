package io.github.specwright.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.model.Document;
import org.junit.jupiter.api.Test;

/** Raw HTML in Markdown pages: rendered through GitHub's allowlist, nothing executable kept. */
class MarkdownHtmlTest {

    private static String page(String markdown) {
        return MarkdownPages.body(markdown);
    }

    @Test
    void githubsAllowedHtmlIsRendered() {
        String html = page("""
                <details><summary>More</summary>

                Hidden *text*.

                </details>

                Press <kbd>Ctrl</kbd>, H<sub>2</sub>O<br>and <code>x</code>.
                """);
        assertThat(html)
                .contains("<details><summary>More</summary>")
                .contains("<p>Hidden <em>text</em>.</p>")
                .contains("</details>")
                .contains("Press <kbd>Ctrl</kbd>, H<sub>2</sub>O<br />and <code>x</code>.")
                .doesNotContain("&lt;details")
                .doesNotContain("raw-html");
    }

    @Test
    void scriptsEventHandlersJavascriptUrlsAndStylesNeverReachThePage() {
        String html = page("""
                <script>alert(1)</script>

                <img src="x.png" onerror="alert(2)"> <a href="javascript:alert(3)">a</a>
                <a href="https://example.org/" onclick="alert(4)">b</a>
                <p style="background:url(javascript:alert(5))">c</p>
                <iframe src="https://evil.example"></iframe><svg onload="alert(6)"></svg>
                <style>body{display:none}</style>
                """);
        assertThat(html.toLowerCase())
                .doesNotContain("<script").doesNotContain("alert(").doesNotContain("onerror")
                .doesNotContain("onclick").doesNotContain("javascript:").doesNotContain("style")
                .doesNotContain("<iframe").doesNotContain("<svg").doesNotContain("onload");
        assertThat(html).contains("<img src=\"x.png\" />").contains("<a href=\"https://example.org/\">b</a>");
    }

    @Test
    void elementsOutsideGithubsAllowlistAreDroppedAndTheirTextKept() {
        assertThat(page("<section><aside>Kept <u>text</u></aside></section>\n"))
                .isEqualTo("Kept text\n");
    }

    @Test
    void rstRawHtmlStaysBehindItsSwitch() {
        Document document = io.github.specwright.core.rst.RstParser.parse(".. raw:: html\n\n   <b>x</b>\n", "spec.rst").document();
        assertThat(HtmlRenderer.render(document, (line, column, rule, message) -> { })).doesNotContain("<b>x</b>");
    }
}
