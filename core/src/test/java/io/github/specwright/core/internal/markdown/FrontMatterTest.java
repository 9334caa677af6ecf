package io.github.specwright.core.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.model.FrontMatter;
import io.github.specwright.core.model.ParsedDocument;
import org.junit.jupiter.api.Test;

/** Reading YAML front matter into the model, and the {@code front-matter} rule. */
class FrontMatterTest {

    private static FrontMatter frontMatter(String markdown) {
        ParsedDocument parsed = MarkdownParser.parse(markdown, "spec.md");
        return parsed.document().childrenOf(FrontMatter.class).get(0);
    }

    private static String entries(FrontMatter frontMatter) {
        StringBuilder out = new StringBuilder();
        for (FrontMatter.Entry e : frontMatter.entries()) {
            out.append(e.key()).append('@').append(e.keySpan()).append('=').append(e.values()).append(e.valueSpans()).append('\n');
        }
        return out.toString();
    }

    @Test
    void readsScalarsQuotesCommentsAndBothListForms() {
        FrontMatter frontMatter = frontMatter("""
                ---
                # a comment line
                title: "Faster boot: phase 1"
                status: draft   # still discussed
                authors:
                  - alice
                  - 'bob o''neil'
                reviewers: [carol, "dave, jr"]
                empty:
                none: ~
                description: |
                  First line.
                  Second line.
                nested:
                  key: value
                ---
                Body.
                """);
        assertThat(frontMatter.span()).hasToString("1:1-16:4");
        assertThat(entries(frontMatter)).isEqualTo("""
                title@3:1-3:6=[Faster boot: phase 1][3:8-3:30]
                status@4:1-4:7=[draft][4:9-4:14]
                authors@5:1-5:8=[alice, bob o'neil][6:5-6:10, 7:5-7:18]
                reviewers@8:1-8:10=[carol, dave, jr][8:13-8:18, 8:20-8:30]
                empty@9:1-9:6=[][]
                none@10:1-10:5=[][]
                description@11:1-11:12=[First line.
                Second line.][12:3-13:15]
                nested@14:1-14:7=[][]
                """);
        assertThat(frontMatter.rawText()).startsWith("# a comment line\ntitle:").endsWith("key: value\n");
    }

    @Test
    void blockListItemsMayStartAtTheKeyColumn() {
        assertThat(entries(frontMatter("---\nauthors:\n- alice\n- bob\nstatus: draft\n---\n"))).isEqualTo("""
                authors@2:1-2:8=[alice, bob][3:3-3:8, 4:3-4:6]
                status@5:1-5:7=[draft][5:9-5:14]
                """);
    }

    @Test
    void frontMatterShiftsTheLinesOfEverythingAfterIt() {
        ParsedDocument parsed = MarkdownParser.parse("---\nstatus: draft\n---\n# Title\n\nText.\n", "spec.md");
        assertThat(TreeDump.of(parsed.document())).isEqualTo("""
                document 1:1-6:6
                  title 4:1-4:8 'Title' #
                    text 4:3-4:8 'Title'
                  front_matter 1:1-3:4 status@2:1-2:7=[draft][2:9-2:14]
                  paragraph 6:1-6:6 'Text.'
                    text 6:1-6:6 'Text.'
                """);
    }

    @Test
    void aThematicBreakLaterInTheFileIsNotFrontMatter() {
        ParsedDocument parsed = MarkdownParser.parse("Text.\n\n---\nstatus: draft\n---\n", "spec.md");
        assertThat(parsed.document().childrenOf(FrontMatter.class)).isEmpty();
    }

}
