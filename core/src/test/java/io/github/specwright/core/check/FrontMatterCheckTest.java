package io.github.specwright.core.check;

import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.base.Finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.specwright.core.internal.markdown.MarkdownParser;
import io.github.specwright.core.model.ParsedDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code front-matter} rule. */
class FrontMatterCheckTest {

    private static List<String> check(String markdown, String... declarations) throws ConfigException {
        ParsedDocument parsed = MarkdownParser.parse(markdown, "spec.md");
        FrontMatterCheck rule = new FrontMatterCheck(FrontMatterOptions.parse(List.of(declarations)));
        return rule.check(parsed.document(), "specs/a.md").stream().map(Finding::format).toList();
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
        assertThat(new FrontMatterCheck(FrontMatterOptions.none()).check(parsed.document(), "a.md")).isEmpty();
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
