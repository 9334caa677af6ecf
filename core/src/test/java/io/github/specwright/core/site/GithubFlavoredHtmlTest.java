package io.github.specwright.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GitHub Flavored Markdown on the site: shown as GitHub shows it. */
class GithubFlavoredHtmlTest {

    private static String page(String markdown) {
        return MarkdownPages.body(markdown);
    }

    @Test
    void strikethroughIsDel() {
        assertThat(page("~~old~~ and ~*new*~\n")).isEqualTo("""
                <p><del>old</del> and <del><em>new</em></del></p>
                """);
    }

    @Test
    void taskItemsShowADisabledBox() {
        assertThat(page("- [ ] open\n- [x] done\n- plain\n")).isEqualTo("""
                <ul>
                <li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" disabled> open</li>
                <li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" disabled checked> done</li>
                <li>plain</li>
                </ul>
                """);
    }

    @Test
    void taskBoxesSurviveTheSanitizerOfAPageWithRawHtml() {
        assertThat(page("<kbd>K</kbd>\n\n- [x] done\n")).isEqualTo("""
                <p><kbd>K</kbd></p>
                <ul><li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" disabled="disabled" checked="checked" /> done</li></ul>
                """);
    }

    @Test
    void footnotesAreNumberedByFirstReferenceAndListedAtTheEndWithBackLinks() {
        assertThat(page("B[^b] A[^a] B again[^b].\n\n[^a]: Alpha.\n\n[^b]: Beta.\n\n[^unused]: Never shown.\n\nEnd.\n"))
                .isEqualTo("""
                <p>B<sup id="fnref-b"><a class="footnote-ref" href="#fn-b">1</a></sup> A<sup id="fnref-a"><a class="footnote-ref" href="#fn-a">2</a></sup> B again<sup id="fnref-b-2"><a class="footnote-ref" href="#fn-b">1</a></sup>.</p>
                <p>End.</p>
                <div class="footnotes">
                <hr/>
                <ol>
                <li id="fn-b">
                <p>Beta.</p>
                <a href="#fnref-b" class="footnote-backref">\u21a9</a>
                <a href="#fnref-b-2" class="footnote-backref">\u21a9</a>
                </li>
                <li id="fn-a">
                <p>Alpha.</p>
                <a href="#fnref-a" class="footnote-backref">\u21a9</a>
                </li>
                </ol>
                </div>
                """);
    }

    @Test
    void extendedAutolinksAreLinks() {
        assertThat(page("www.example.org and https://b.example.\n")).isEqualTo("""
                <p><a class="reference external" href="http://www.example.org">www.example.org</a> and <a class="reference external" href="https://b.example">https://b.example</a>.</p>
                """);
    }

    @Test
    void tableColumnsKeepTheirAlignment() {
        assertThat(page("| a | b | c | d |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |\n")).contains(
                "<tr><th align=\"left\">a</th><th align=\"center\">b</th><th align=\"right\">c</th><th>d</th></tr>",
                "<tr><td align=\"left\">1</td><td align=\"center\">2</td><td align=\"right\">3</td><td>4</td></tr>");
    }
}
