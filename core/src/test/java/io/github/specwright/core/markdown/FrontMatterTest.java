package io.github.specwright.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.specwright.core.check.ConfigException;
import io.github.specwright.core.check.Finding;
import io.github.specwright.core.model.FrontMatter;
import io.github.specwright.core.model.ParsedDocument;
import java.util.List;
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

    private static List<String> check(String markdown, String... declarations) throws ConfigException {
        ParsedDocument parsed = MarkdownParser.parse(markdown, "spec.md");
        FrontMatterRule rule = new FrontMatterRule(FrontMatterOptions.parse(List.of(declarations)));
        return rule.check(parsed.document(), "specs/a.md").stream().map(Finding::format).toList();
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

    @Test
    void aConformingFrontMatterHasNoFindings() throws ConfigException {
        assertThat(check("---\nstatus: approved\nauthors: [alice]\nticket: SPEC-12\n---\n",
                "status: draft|approved|implemented", "authors: non-empty", "ticket: /[A-Z]+-[0-9]+/",
                "reviewers?: non-empty")).isEmpty();
    }

    @Test
    void reportsMissingKeysBadValuesEmptyListsAndRepeatedKeysWherTheyStand() throws ConfigException {
        assertThat(check("""
                ---
                status: drafty
                authors: []
                ticket: spec-12
                reviewers:
                status: draft
                ---
                """, "status: draft|approved|implemented", "authors: non-empty", "ticket: /[A-Z]+-[0-9]+/",
                "reviewers?: non-empty", "owner")).containsExactly(
                "specs/a.md:6:1: error [front-matter] front matter key 'status' appears more than once; YAML allows one",
                "specs/a.md:2:9: error [front-matter] front matter key 'status' has the value 'drafty';"
                        + " expected one of draft, approved, implemented",
                "specs/a.md:3:1: error [front-matter] front matter key 'authors' is empty; give it at least one value",
                "specs/a.md:4:9: error [front-matter] front matter key 'ticket' has the value 'spec-12';"
                        + " expected a value matching /[A-Z]+-[0-9]+/",
                "specs/a.md:5:1: error [front-matter] front matter key 'reviewers' is empty; give it at least one value",
                "specs/a.md:1:1: error [front-matter] front matter lacks the key 'owner'; add a line 'owner: ...'");
    }

    @Test
    void eachListItemIsCheckedAgainstTheAllowedValues() throws ConfigException {
        assertThat(check("---\nlabels:\n  - api\n  - ui\n---\n", "labels: api|cli"))
                .containsExactly("specs/a.md:4:5: error [front-matter] front matter key 'labels' has the value 'ui';"
                        + " expected one of api, cli");
    }

    @Test
    void aSpecWithoutFrontMatterIsToldWhatToDeclare() throws ConfigException {
        assertThat(check("# Title\n", "status: draft|approved", "authors: non-empty", "reviewers?: non-empty"))
                .containsExactly("specs/a.md:1:1: error [front-matter] the spec has no YAML front matter; start the"
                        + " file with a block between two '---' lines that declares status, authors");
        assertThat(check("# Title\n", "reviewers?: non-empty")).isEmpty();
    }

    @Test
    void noOptionsMeansNoChecks() {
        ParsedDocument parsed = MarkdownParser.parse("# Title\n", "spec.md");
        assertThat(new FrontMatterRule(FrontMatterOptions.none()).check(parsed.document(), "a.md")).isEmpty();
    }

    @Test
    void badDeclarationsAreConfigurationErrorsNamingTheDeclaration() {
        assertThatThrownBy(() -> FrontMatterOptions.parse(List.of("ticket: /[A-Z+/")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("front matter rule for 'ticket': invalid regular expression '[A-Z+'");
        assertThatThrownBy(() -> FrontMatterOptions.parse(List.of("reviewers?")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("an optional key needs a constraint");
        assertThatThrownBy(() -> FrontMatterOptions.parse(List.of("two words: x")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("is not a plain YAML key");
        assertThatThrownBy(() -> FrontMatterOptions.parse(List.of("status: a||b")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("the allowed values are empty");
    }
}
