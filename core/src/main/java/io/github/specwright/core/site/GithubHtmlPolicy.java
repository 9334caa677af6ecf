package io.github.specwright.core.site;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The HTML a Markdown page may hold, with GitHub's allowlist as the reference: the elements and
 * attributes GitHub keeps in rendered Markdown ({@code details}, {@code summary}, {@code kbd},
 * {@code sub}, {@code br}...), links to http, https and mailto URLs or relative ones, plus the
 * {@code class} and {@code id} attributes the site's own renderer writes (its decorations; a
 * Markdown page needs no element GitHub does not allow). Everything else is dropped: scripts,
 * event handlers, {@code style}, {@code javascript:} URLs, forms, frames, and elements such as
 * {@code section} and {@code aside} (their text kept). A page with raw HTML is passed through it whole, so
 * a {@code <details>} opened in one HTML block and closed in another stays one element.
 */
final class GithubHtmlPolicy {

    private static final String[] GITHUB_ELEMENTS = {
        "h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8", "br", "b", "i", "strong", "em", "a", "pre", "code",
        "img", "tt", "div", "ins", "del", "sup", "sub", "p", "ol", "ul", "table", "thead", "tbody", "tfoot",
        "blockquote", "dl", "dt", "dd", "kbd", "q", "samp", "var", "hr", "ruby", "rt", "rp", "li", "tr",
        "td", "th", "s", "strike", "summary", "details", "caption", "figure", "figcaption", "abbr", "bdo",
        "cite", "dfn", "mark", "small", "span", "time", "wbr",
    };

    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(GITHUB_ELEMENTS)
            .allowAttributes("href").onElements("a")
            .allowAttributes("src", "longdesc").onElements("img")
            .allowAttributes("cite").onElements("blockquote", "del", "ins", "q")
            .allowAttributes("open").onElements("details")
            .allowAttributes("start", "type").onElements("ol")
            .allowAttributes("colspan", "rowspan", "headers", "scope").onElements("td", "th")
            .allowAttributes("datetime").onElements("time", "del", "ins")
            // A task list item's box: GitHub shows it ticked or not, never clickable.
            .allowElements("input")
            .allowAttributes("type").matching(true, "checkbox").onElements("input")
            .allowAttributes("checked", "disabled").onElements("input")
            .allowAttributes("align", "alt", "title", "width", "height", "lang", "dir", "abbr", "name",
                    "id", "class")
                    .globally()
            .allowUrlProtocols("http", "https", "mailto")
            // A link whose destination is refused stays a link without one (as on GitHub), rather than vanishing.
            .allowWithoutAttributes("a", "span")
            .toFactory();

    private GithubHtmlPolicy() {
    }

    /** {@code html} with everything outside the allowlist removed. */
    static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
