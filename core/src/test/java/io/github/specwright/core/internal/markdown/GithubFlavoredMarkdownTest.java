package io.github.specwright.core.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GitHub Flavored Markdown's additions to CommonMark, read onto the model with exact spans. */
class GithubFlavoredMarkdownTest {

    private static String tree(String markdown) {
        return TreeDump.ofMarkdown(markdown);
    }

    @Test
    void doubleAndSingleTildesStrikeText() {
        assertThat(tree("~~gone~~ and ~*also*~, not x~~y\n")).isEqualTo("""
                document 1:1-1:32
                  paragraph 1:1-1:32 '~~gone~~ and ~*also*~, not x~~y'
                    strikethrough 1:1-1:9
                      text 1:3-1:7 'gone'
                    text 1:9-1:14 ' and '
                    strikethrough 1:14-1:22
                      emphasis 1:15-1:21
                        text 1:16-1:20 'also'
                    text 1:22-1:32 ', not x~~y'
                """);
    }

    @Test
    void taskItemsKeepTheirStateAndABoxWithoutSpaceIsNoTask() {
        assertThat(tree("- [ ] open\n- [x] done\n- [X] done too\n- plain\n- [x][label]\n\n[label]: https://l.example\n"))
                .isEqualTo("""
                document 1:1-7:27
                  bullet_list 1:1-5:13 -
                    list_item 1:1-1:11 task=OPEN
                      paragraph 1:7-1:11 'open'
                        text 1:7-1:11 'open'
                    list_item 2:1-2:11 task=DONE
                      paragraph 2:7-2:11 'done'
                        text 2:7-2:11 'done'
                    list_item 3:1-3:15 task=DONE
                      paragraph 3:7-3:15 'done too'
                        text 3:7-3:15 'done too'
                    list_item 4:1-4:8
                      paragraph 4:3-4:8 'plain'
                        text 4:3-4:8 'plain'
                    list_item 5:1-5:13
                      paragraph 5:3-5:13 '[x][label]'
                        reference 5:3-5:13 'x' name=label uri=https://l.example
                          text 5:4-5:5 'x'
                  target 7:1-7:27 name=label uri=https://l.example
                """);
    }

    @Test
    void extendedAutolinksBecomeReferences() {
        assertThat(tree("See www.example.org/a, https://b.example/x_(y). and me@example.org\n")).isEqualTo("""
                document 1:1-1:67
                  paragraph 1:1-1:67 'See www.example.org/a, https://b.example/x_(y). and me@example.org'
                    text 1:1-1:5 'See '
                    reference 1:5-1:22 'www.example.org/a' name=null uri=http://www.example.org/a
                      text 1:5-1:22 'www.example.org/a'
                    text 1:22-1:24 ', '
                    reference 1:24-1:47 'https://b.example/x_(y)' name=null uri=https://b.example/x_(y)
                      text 1:24-1:47 'https://b.example/x_(y)'
                    text 1:47-1:53 '. and '
                    reference 1:53-1:67 'me@example.org' name=null uri=mailto:me@example.org
                      text 1:53-1:67 'me@example.org'
                """);
    }

    @Test
    void footnotesAreDefinedAnywhereAndReferencedByLabel() {
        assertThat(tree("Text[^1] and[^note].\n\n[^note]: Second\n    line.\n\n- item\n\n[^1]: First.\n")).isEqualTo("""
                document 1:1-8:13
                  paragraph 1:1-1:21 'Text[^1] and[^note].'
                    text 1:1-1:5 'Text'
                    footnote_reference 1:5-1:9 label=1
                    text 1:9-1:13 ' and'
                    footnote_reference 1:13-1:20 label=note
                    text 1:20-1:21 '.'
                  footnote 3:1-4:10 label=note
                    paragraph 3:10-4:10 'Second\\nline.'
                      text 3:10-4:10 'Second\\nline.'
                  bullet_list 6:1-6:7 -
                    list_item 6:1-6:7
                      paragraph 6:3-6:7 'item'
                        text 6:3-6:7 'item'
                  footnote 8:1-8:13 label=1
                    paragraph 8:7-8:13 'First.'
                      text 8:7-8:13 'First.'
                """);
    }

    @Test
    void anUndefinedFootnoteIsTextAndNoBrokenReference() {
        assertThat(tree("See [^none] and [IRC][^none].\n")).isEqualTo("""
                document 1:1-1:30
                  paragraph 1:1-1:30 'See [^none] and [IRC][^none].'
                    text 1:1-1:30 'See [^none] and [IRC][^none].'
                """);
    }
}
