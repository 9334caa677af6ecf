package io.github.specwright.core.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.ParsedDocument;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.model.Table;
import org.junit.jupiter.api.Test;

/** The mapping from Markdown onto the document model, node by node, with exact spans. */
class MarkdownParserTest {

    private static String tree(String markdown) {
        return TreeDump.ofMarkdown(markdown);
    }

    @Test
    void loneTopHeadingBecomesTheDocumentTitleAndSecondLevelHeadingsLevelOneSections() {
        assertThat(tree("""
                # Spec title

                Intro.

                ## Problem description

                Text.

                ### Use cases

                ## Proposed change #
                """)).isEqualTo("""
                document 1:1-11:21
                  title 1:1-1:13 'Spec title' #
                    text 1:3-1:13 'Spec title'
                  paragraph 3:1-3:7 'Intro.'
                    text 3:1-3:7 'Intro.'
                  section 5:1-9:14 level=1
                    title 5:1-5:23 'Problem description' #
                      text 5:4-5:23 'Problem description'
                    paragraph 7:1-7:6 'Text.'
                      text 7:1-7:6 'Text.'
                    section 9:1-9:14 level=2
                      title 9:1-9:14 'Use cases' #
                        text 9:5-9:14 'Use cases'
                  section 11:1-11:21 level=1
                    title 11:1-11:21 'Proposed change' #
                      text 11:4-11:19 'Proposed change'
                """);
    }

    @Test
    void severalTopHeadingsAreEachALevelOneSectionAndNoneIsPromoted() {
        Document document = MarkdownParser.parse("# One\n\n## Sub\n\n# Two\n", "x.md").document();
        assertThat(document.title()).isNull();
        assertThat(document.childrenOf(Section.class)).extracting(s -> s.title().rawText(), Section::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("One", 1), org.assertj.core.groups.Tuple.tuple("Two", 1));
        assertThat(document.childrenOf(Section.class).get(0).childrenOf(Section.class).get(0).level()).isEqualTo(2);
    }

    @Test
    void contentBeforeTheTopHeadingPreventsPromotionAsInDocutils() {
        Document document = MarkdownParser.parse("Badge text.\n\n# Title\n\n## Section\n", "x.md").document();
        assertThat(document.title()).isNull();
        Section title = document.childrenOf(Section.class).get(0);
        assertThat(title.level()).isEqualTo(1);
        assertThat(title.childrenOf(Section.class).get(0).level()).isEqualTo(2);
    }

    @Test
    void frontMatterCommentsAndDefinitionsBeforeTheTitleStillAllowPromotionAndFollowTheTitle() {
        assertThat(tree("""
                ---
                status: draft
                ---
                <!-- licence -->
                [story]: https://example.org/story/1

                # Title
                """)).isEqualTo("""
                document 1:1-7:8
                  title 7:1-7:8 'Title' #
                    text 7:3-7:8 'Title'
                  front_matter 1:1-3:4 status@2:1-2:7=[draft][2:9-2:14]
                  comment 4:1-4:17 'licence'
                  target 5:1-5:37 name=story uri=https://example.org/story/1
                """);
    }

    @Test
    void setextHeadingsIncludeTheirUnderlineAndJoinTheirLines() {
        assertThat(tree("""
                Title
                =====

                Section
                over two lines
                --------------
                """)).isEqualTo("""
                document 1:1-6:15
                  title 1:1-2:6 'Title' =
                    text 1:1-1:6 'Title'
                  section 4:1-6:15 level=1
                    title 4:1-6:15 'Section over two lines' -
                      text 4:1-5:15 'Section\\nover two lines'
                """);
    }

    @Test
    void headingsInsideCodeFencesAndIndentedCodeDoNotOpenSections() {
        assertThat(tree("""
                ## Real

                ```rst
                # not a heading
                Title
                =====
                ```

                    ## not one either
                """)).isEqualTo("""
                document 1:1-9:22
                  section 1:1-9:22 level=1
                    title 1:1-1:8 'Real' #
                      text 1:4-1:8 'Real'
                    literal_block 3:1-7:4 rst '# not a heading\\nTitle\\n====='
                    literal_block 9:5-9:22 null '## not one either'
                """);
    }

    @Test
    void headingsInsideQuotesAndListItemsBecomeRubricsNotSections() {
        assertThat(tree("""
                > ## Quoted heading

                - # Item heading
                """)).isEqualTo("""
                document 1:1-3:17
                  block_quote 1:1-1:20
                    directive 1:3-1:20 rubric 'Quoted heading'
                      text 1:6-1:20 'Quoted heading'
                  bullet_list 3:1-3:17 -
                    list_item 3:1-3:17
                      directive 3:3-3:17 rubric 'Item heading'
                        text 3:5-3:17 'Item heading'
                """);
    }

    @Test
    void nestedListsKeepTheirMarkersStartAndSpans() {
        assertThat(tree("""
                * one
                  continued
                  3. three
                  4. four

                    para in four
                * two
                """)).isEqualTo("""
                document 1:1-7:6
                  bullet_list 1:1-7:6 *
                    list_item 1:1-6:17
                      paragraph 1:3-2:12 'one\\ncontinued'
                        text 1:3-2:12 'one\\ncontinued'
                      enumerated_list 3:3-4:10 3.
                        list_item 3:3-3:11
                          paragraph 3:6-3:11 'three'
                            text 3:6-3:11 'three'
                        list_item 4:3-4:10
                          paragraph 4:6-4:10 'four'
                            text 4:6-4:10 'four'
                      paragraph 6:5-6:17 'para in four'
                        text 6:5-6:17 'para in four'
                    list_item 7:1-7:6
                      paragraph 7:3-7:6 'two'
                        text 7:3-7:6 'two'
                """);
    }

    @Test
    void fencedCodeInsideAListItemLosesTheItemIndentation() {
        assertThat(tree("""
                - item
                  ```java
                  int a;
                    int b;
                  ```
                """)).isEqualTo("""
                document 1:1-5:6
                  bullet_list 1:1-5:6 -
                    list_item 1:1-5:6
                      paragraph 1:3-1:7 'item'
                        text 1:3-1:7 'item'
                      literal_block 2:3-5:6 java 'int a;\\n  int b;'
                """);
    }

    @Test
    void blockQuoteParagraphTextLeavesOutTheQuoteMarkers() {
        assertThat(tree("""
                > first
                > second
                """)).isEqualTo("""
                document 1:1-2:9
                  block_quote 1:1-2:9
                    paragraph 1:3-2:9 'first\\nsecond'
                      text 1:3-2:9 'first\\nsecond'
                """);
    }

    @Test
    void pipeTablesMapToRowsAndCellsHoldingParagraphsAndSkipTheSeparator() {
        ParsedDocument parsed = MarkdownParser.parse("""
                | Priority | Contacts |
                |----------|:--------:|
                | Fast boot | |
                """, "p.md");
        assertThat(parsed.document().childrenOf(Table.class).get(0).tableKind()).isEqualTo(Table.Kind.PIPE);
        assertThat(TreeDump.of(parsed.document())).isEqualTo("""
                document 1:1-3:16
                  table 1:1-3:16
                    table_row 1:1-1:24 header
                      table_cell 1:3-1:11
                        paragraph 1:3-1:11 'Priority'
                          text 1:3-1:11 'Priority'
                      table_cell 1:14-1:22
                        paragraph 1:14-1:22 'Contacts'
                          text 1:14-1:22 'Contacts'
                    table_row 3:1-3:16
                      table_cell 3:3-3:12
                        paragraph 3:3-3:12 'Fast boot'
                          text 3:3-3:12 'Fast boot'
                      table_cell 3:14-3:14
                """);
    }

    @Test
    void thematicBreaksHtmlAndDefinitionsMapToTransitionsRawDirectivesCommentsAndTargets() {
        assertThat(tree("""
                ***

                <details>
                <summary>More</summary>
                </details>

                <!--
                  Guidance for authors.
                -->

                [Spec  Story]: <https://example.org/a%20b> "Title"
                """)).isEqualTo("""
                document 1:1-11:51
                  transition 1:1-1:4
                  directive 3:1-5:11 raw 'html' content='<details>\\n<summary>More</summary>\\n</details>'@3
                  comment 7:1-9:4 'Guidance for authors.'
                  target 11:1-11:51 name=spec story uri=https://example.org/a%20b
                """);
    }

    @Test
    void inlineMarkupMapsToTextEmphasisStrongLiteralsAndRawHtml() {
        assertThat(tree("Plain *em* __strong__ `` a`b `` \\*not em\\* &amp; <kbd>x</kbd><!-- c -->\n")).isEqualTo("""
                document 1:1-1:72
                  paragraph 1:1-1:72 'Plain *em* __strong__ `` a`b `` \\*not em\\* &amp; <kbd>x</kbd><!-- c -->'
                    text 1:1-1:7 'Plain '
                    emphasis 1:7-1:11
                      text 1:8-1:10 'em'
                    text 1:11-1:12 ' '
                    strong 1:12-1:22
                      text 1:14-1:20 'strong'
                    text 1:22-1:23 ' '
                    inline_literal 1:23-1:32 'a`b'
                    text 1:32-1:50 ' *not em* & '
                    interpreted_text 1:50-1:55 raw-html '<kbd>'
                    text 1:55-1:56 'x'
                    interpreted_text 1:56-1:62 raw-html '</kbd>'
                """);
    }

    @Test
    void linksAutolinksBareUrlsAndResolvedReferencesBecomeReferences() {
        assertThat(tree("""
                See [the story](https://example.org/s "t"), <https://a.org>, <me@example.org>,
                https://b.org/x_(y). and [Ref Text][Story] or [story].

                [STORY]: https://example.org/story
                """)).isEqualTo("""
                document 1:1-4:35
                  paragraph 1:1-2:55 'See [the story](https://example.org/s "t"), <https://a.org>, <me@example.org>,\\nhttps://b.org/x_(y). and [Ref Text][Story] or [story].'
                    text 1:1-1:5 'See '
                    reference 1:5-1:43 'the story' name=null uri=https://example.org/s
                      text 1:6-1:15 'the story'
                    text 1:43-1:45 ', '
                    reference 1:45-1:60 'https://a.org' name=null uri=https://a.org
                      text 1:46-1:59 'https://a.org'
                    text 1:60-1:62 ', '
                    reference 1:62-1:78 'me@example.org' name=null uri=mailto:me@example.org
                      text 1:63-1:77 'me@example.org'
                    text 1:78-1:80 ',\\n'
                    reference 2:1-2:20 'https://b.org/x_(y)' name=null uri=https://b.org/x_(y)
                      text 2:1-2:20 'https://b.org/x_(y)'
                    text 2:20-2:26 '. and '
                    reference 2:26-2:43 'Ref Text' name=story uri=https://example.org/story
                      text 2:27-2:35 'Ref Text'
                    text 2:43-2:47 ' or '
                    reference 2:47-2:54 'story' name=story uri=https://example.org/story
                      text 2:48-2:53 'story'
                    text 2:54-2:55 '.'
                  target 4:1-4:35 name=story uri=https://example.org/story
                """);
    }

    @Test
    void imagesBecomeImageDirectivesAndUndefinedShortcutBracketsStayText() {
        assertThat(tree("![Boot flow](img/boot.png) and [optional] text\n")).isEqualTo("""
                document 1:1-1:47
                  paragraph 1:1-1:47 '![Boot flow](img/boot.png) and [optional] text'
                    directive 1:1-1:27 image 'img/boot.png' {alt=Boot flow}
                    text 1:27-1:47 ' and [optional] text'
                """);
    }

    @Test
    void crLfAndLoneCrAreReadAsLineEndsAndTheSourceIsNormalised() {
        ParsedDocument parsed = MarkdownParser.parse("# T\r\n\r\ntext\r## S\r\n", "crlf.md");
        assertThat(parsed.source()).isEqualTo("# T\n\ntext\n## S\n");
        assertThat(TreeDump.of(parsed.document())).isEqualTo("""
                document 1:1-4:5
                  title 1:1-1:4 'T' #
                    text 1:3-1:4 'T'
                  paragraph 3:1-3:5 'text'
                    text 3:1-3:5 'text'
                  section 4:1-4:5 level=1
                    title 4:1-4:5 'S' #
                      text 4:4-4:5 'S'
                """);
    }

    @Test
    void aByteOrderMarkIsDroppedSoColumnsMatchWhatEditorsShow() {
        ParsedDocument parsed = MarkdownParser.parse("\uFEFF# Title\n", "bom.md");
        assertThat(parsed.source()).isEqualTo("# Title\n");
        assertThat(parsed.document().title().span()).hasToString("1:1-1:8");
    }

    @Test
    void emptyInputGivesAnEmptyDocument() {
        ParsedDocument parsed = MarkdownParser.parse("", "empty.md");
        assertThat(parsed.document().children()).isEmpty();
        assertThat(parsed.document().span()).hasToString("1:1-1:1");
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(MarkdownParser.parse(null, "null.md").document().children()).isEmpty();
    }

    @Test
    void tabsCountAsOneColumn() {
        assertThat(tree("-\titem\n")).isEqualTo("""
                document 1:1-1:7
                  bullet_list 1:1-1:7 -
                    list_item 1:1-1:7
                      paragraph 1:3-1:7 'item'
                        text 1:3-1:7 'item'
                """);
    }

    @Test
    void textAfterAHardBreakInAListItemKeepsSourceOffsets() {
        assertThat(tree("* item\n\n    first \\\n      second\n")).isEqualTo("""
                document 1:1-4:13
                  bullet_list 1:1-4:13 *
                    list_item 1:1-4:13
                      paragraph 1:3-1:7 'item'
                        text 1:3-1:7 'item'
                      paragraph 3:5-4:13 'first \\\\nsecond'
                        text 3:5-3:11 'first '
                        line_break 3:11-3:13
                        text 4:7-4:13 'second'
                """);
    }
}
