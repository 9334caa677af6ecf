package io.github.specwright.core.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.github.specwright.core.model.Diagnostic;
import io.github.specwright.core.model.ParsedDocument;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Markdown problems flexmark accepts silently and the parser reports, and input that must never break it. */
class MarkdownDiagnosticsTest {

    private static List<String> diagnostics(String markdown) {
        return MarkdownParser.parse(markdown, "spec.md").diagnostics().stream()
                .map(d -> d.line() + ":" + d.column() + " " + d.level() + " " + d.ruleId() + " " + d.message())
                .toList();
    }

    @Test
    void fullAndCollapsedReferencesToUndefinedLabelsAreBroken() {
        assertThat(diagnostics("""
                See [the story][storry] and [Design][] or [prose in brackets].

                ![diagram][fig]

                [story]: https://example.org/story
                """)).containsExactly(
                "1:5 ERROR md-broken-reference link reference [the story][storry] names the label [storry],"
                        + " which no link definition declares; add a line \"[storry]: <url>\" or correct the label",
                "1:29 ERROR md-broken-reference link reference [Design][] names the label [Design],"
                        + " which no link definition declares; add a line \"[Design]: <url>\" or correct the label",
                "3:1 ERROR md-broken-reference image reference ![diagram][fig] names the label [fig],"
                        + " which no link definition declares; add a line \"[fig]: <url>\" or correct the label");
    }

    @Test
    void referencesMatchLabelsIgnoringCaseAndInnerWhitespace() {
        assertThat(diagnostics("[x][Spec   Story] [Spec story][]\n\n[SPEC STORY]: https://example.org\n")).isEmpty();
    }

    @Test
    void githubFootnotesAreNotLinkReferences() {
        assertThat(diagnostics("Ask on [IRC][^IRC], see [^5][^6].\n\n[^IRC]: the channel\n[^5]: five\n")).isEmpty();
    }

    @Test
    void aCollapsedReferenceWhoseLabelIsACodeSpanMatchesItsDefinition() {
        assertThat(diagnostics("Use [`HPAScalingRules`][].\n\n[`hpascalingrules`]: https://example.org\n")).isEmpty();
    }

    @Test
    void definitionsIndentedDeeperInsideAListItemAreAllFound() {
        // flexmark reads only the first of these; GitHub and markdownlint read all three.
        ParsedDocument parsed = MarkdownParser.parse("""
                - item

                  | Library  |
                  |----------|
                  | [C][c-x] |
                  | [D][d-x] |

                    [c-x]: https://c.example
                    [d-x]: https://d.example
                """, "spec.md");
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(TreeDump.of(parsed.document())).contains(
                "target 8:5-8:29 name=c-x uri=https://c.example",
                "target 9:5-9:29 name=d-x uri=https://d.example");
    }

    @Test
    void anUndefinedLabelInsideAListItemIsStillBroken() {
        assertThat(diagnostics("- [x][nowhere]\n\n    [y]: https://y.example\n")).containsExactly(
                "1:3 ERROR md-broken-reference link reference [x][nowhere] names the label [nowhere],"
                        + " which no link definition declares; add a line \"[nowhere]: <url>\" or correct the label");
    }

    @Test
    void tableRowsWithTooFewOrTooManyCellsAreReported() {
        assertThat(diagnostics("""
                bit| flag | read |
                --:|:-----|:----:|
                   | a    | b    |
                 1 | c    | d    | e |
                 2 | `x\\|y` | z |
                """)).containsExactly(
                "3:18 ERROR md-table-columns this table row has 2 cells but the header has 3;"
                        + " the missing cells show empty, so add or remove cells to match the header",
                "4:19 ERROR md-table-columns this table row has 4 cells but the header has 3;"
                        + " the extra cells are not shown, so add or remove cells to match the header");
    }

    @Test
    void tableRowsInsideAQuoteAreCountedWithoutTheQuoteMarker() {
        assertThat(diagnostics("> | a | b |\n> |---|---|\n> | 1 |\n")).containsExactly(
                "3:7 ERROR md-table-columns this table row has 1 cell but the header has 2;"
                        + " the missing cells show empty, so add or remove cells to match the header");
    }

    @Test
    void aFragmentLinkToNoHeadingOrAnchorIsReported() {
        assertThat(diagnostics("""
                # Design *notes*

                ## Design notes

                See [one](#design-notes), [two](#design-notes-1), [box](#box), [old](#old-name),
                [Case](#Design-notes), [line](#L10-L20), [up](#top) and [ref].

                <div id="box"></div>

                [ref]: #gone
                """)).containsExactly(
                "5:64 ERROR md-broken-fragment the link to #old-name names no heading or anchor of this file;"
                        + " link a heading's anchor (its text in lower case, punctuation dropped, spaces as -)"
                        + " or add the anchor",
                "6:1 ERROR md-broken-fragment the link to #Design-notes names no heading or anchor of this file;"
                        + " link a heading's anchor (its text in lower case, punctuation dropped, spaces as -)"
                        + " or add the anchor",
                "10:1 ERROR md-broken-fragment the link to #gone names no heading or anchor of this file;"
                        + " link a heading's anchor (its text in lower case, punctuation dropped, spaces as -)"
                        + " or add the anchor");
    }

    @Test
    void htmlNamesAndHeadingsInsideListsAreAnchorsToo() {
        assertThat(diagnostics("- ### Nested `code` heading\n\n<a name=\"legacy\"></a>\n\n"
                + "[a](#nested-code-heading) [b](#legacy)\n")).isEmpty();
    }

    @Test
    void referencesInsideCodeAreNotLinks() {
        assertThat(diagnostics("`a[i][j]`\n\n```\nm[i][j]\n```\n")).isEmpty();
    }

    @Test
    void aHeadingThatSkipsALevelIsReported() {
        assertThat(diagnostics("""
                # Title

                ### Too deep

                ## Fine

                #### Skips again
                """)).containsExactly(
                "3:1 WARNING md-heading-skip heading level jumps from 1 to 3 (# to ###); use ## here or add the missing level above it",
                "7:1 WARNING md-heading-skip heading level jumps from 2 to 4 (## to ####); use ### here or add the missing level above it");
    }

    @Test
    void aFirstHeadingBelowLevelOneIsNoSkip() {
        assertThat(diagnostics("## Problem description\n\n### Detail\n")).isEmpty();
    }

    @Test
    void aFenceRunningToTheEndOfTheFileIsUnclosed() {
        assertThat(diagnostics("""
                ## Proposed change

                ```java
                code

                ## Alternatives
                """)).containsExactly(
                "3:1 ERROR md-unclosed-fence code fence ``` is never closed, so everything to the end of the file"
                        + " reads as code; close it with a line ```");
    }

    @Test
    void aFenceEndedByItsListItemIsUnclosedToo() {
        assertThat(diagnostics("- item\n  ~~~\n  code\n\nAfter the list.\n")).containsExactly(
                "2:3 ERROR md-unclosed-fence code fence ~~~ is never closed, so the rest of its list item or quote"
                        + " reads as code; close it with a line ~~~");
    }

    @Test
    void aLabelDefinedTwiceIsReportedAtTheSecondDefinition() {
        assertThat(diagnostics("[a]\n\n[A]: https://one.example\n> [a]: https://two.example\n")).containsExactly(
                "4:3 WARNING md-duplicate-definition link label [a] is defined again; the definition on line 3"
                        + " is the one used, so remove or rename this one");
    }

    @Test
    void frontMatterLinesThatAreNotKeyValueAreReported() {
        assertThat(diagnostics("---\nstatus: draft\njust words\n  indented: orphan\n---\n")).containsExactly(
                "3:1 WARNING md-front-matter-syntax front matter line is not a top-level `key: value`: just words",
                "4:1 WARNING md-front-matter-syntax front matter line is not a top-level `key: value`: indented: orphan");
    }

    @Test
    void nestingDeeperThanAnySpecIsCutWithOneDiagnostic() {
        ParsedDocument parsed = MarkdownParser.parse(">".repeat(150) + " deep\n", "deep.md");
        assertThat(parsed.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("md-too-deep");
        assertThat(parsed.diagnostics().get(0).line()).isEqualTo(1);
    }

    @Test
    void pathologicalNestingGivesADiagnosticNotACrash() {
        ParsedDocument parsed = MarkdownParser.parse("- ".repeat(20_000) + "x\n", "lists.md");
        assertThat(parsed.diagnostics()).extracting(Diagnostic::ruleId).containsAnyOf("md-unreadable", "md-too-deep");
        assertThat(parsed.diagnostics()).allMatch(Diagnostic::isFinding);
    }

    @Test
    void binaryGarbageNeverThrows() {
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            StringBuilder garbage = new StringBuilder();
            for (int i = 0; i < 2_000; i++) {
                garbage.append((char) random.nextInt(round % 2 == 0 ? 256 : 0x3000));
            }
            String input = garbage.toString();
            assertThatNoException().isThrownBy(() -> MarkdownParser.parse(input, "garbage.md"));
        }
    }

    @Test
    void markdownPunctuationSoupNeverThrows() {
        Random random = new Random(7);
        String alphabet = "#*_`[]()!<>-|:\n \t\\~=+1.>\"'h";
        for (int round = 0; round < 200; round++) {
            StringBuilder soup = new StringBuilder();
            for (int i = 0; i < 400; i++) {
                soup.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = soup.toString();
            assertThatNoException().isThrownBy(() -> MarkdownParser.parse(input, "soup.md"));
        }
    }
}
