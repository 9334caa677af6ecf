package io.github.specwright.core.rst;

import static io.github.specwright.core.rst.TreeDump.diagnostics;
import static io.github.specwright.core.rst.TreeDump.tree;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Section titles, levels and docutils' title promotion. */
class SectionParsingTest {

    @Test
    void loneTopTitleAndLoneSubtitleArePromoted() {
        assertThat(tree("""
                =====
                Title
                =====

                Sub
                ---

                One
                ===

                Para one
                continues.

                Two
                ===

                A
                ~

                text
                """)).isEqualTo("""
                title 2:1-2:6 "Title" '=' overlined
                subtitle 5:1-5:4 "Sub"
                section 8:1-12:11 level=1
                  title 8:1-8:4 "One" '='
                  paragraph 11:1-12:11 "Para one\\ncontinues."
                section 14:1-20:5 level=1
                  title 14:1-14:4 "Two" '='
                  section 17:1-20:5 level=2
                    title 17:1-17:2 "A" '~'
                    paragraph 20:1-20:5 "text"
                """);
    }

    @Test
    void twoTopLevelTitlesStaySections() {
        assertThat(tree("Title\n=====\n\nText.\n\nOther\n=====\n\nMore.\n")).isEqualTo("""
                section 1:1-4:6 level=1
                  title 1:1-1:6 "Title" '='
                  paragraph 4:1-4:6 "Text."
                section 6:1-9:6 level=1
                  title 6:1-6:6 "Other" '='
                  paragraph 9:1-9:6 "More."
                """);
    }

    @Test
    void commentsAndTargetsBeforeTheTitleDoNotBlockPromotion() {
        assertThat(tree("..\n  licence\n\n.. _top:\n\nTitle\n=====\n\nOne\n---\n\nx\n\nTwo\n---\n")).isEqualTo("""
                title 6:1-6:6 "Title" '='
                comment 1:1-2:10 "licence"
                target 4:1-4:9 name="top" uri=null ref=null
                section 9:1-12:2 level=1
                  title 9:1-9:4 "One" '-'
                  paragraph 12:1-12:2 "x"
                section 14:1-15:4 level=1
                  title 14:1-14:4 "Two" '-'
                """);
    }

    @Test
    void textBeforeTheFirstTitleBlocksPromotion() {
        assertThat(tree("intro\n\nTitle\n=====\n")).isEqualTo("""
                paragraph 1:1-1:6 "intro"
                section 3:1-4:6 level=1
                  title 3:1-3:6 "Title" '='
                """);
    }

    @Test
    void overlineAndUnderlineAreADifferentStyleFromUnderlineAlone() {
        assertThat(tree("====\nA\n====\n\nB\n=\n\n====\nC\n====\n")).isEqualTo("""
                section 1:1-6:2 level=1
                  title 2:1-2:2 "A" '=' overlined
                  section 5:1-6:2 level=2
                    title 5:1-5:2 "B" '='
                section 8:1-10:5 level=1
                  title 9:1-9:2 "C" '=' overlined
                """);
    }

    @Test
    void indentedOverlinedTitleKeepsItsColumn() {
        assertThat(tree("==========\n  Spaced  \n==========\n\nx\n\nOther\n=====\n")).isEqualTo("""
                title 2:3-2:9 "Spaced" '=' overlined
                paragraph 5:1-5:2 "x"
                section 7:1-8:6 level=1
                  title 7:1-7:6 "Other" '='
                """);
    }

    @ParameterizedTest
    @ValueSource(strings = {"!", "\"", "#", "$", "%", "&", "'", "(", ")", "*", "+", ",", "-", ".", "/", ":", ";", "<",
            "=", ">", "?", "@", "[", "\\", "]", "^", "_", "`", "{", "|", "}", "~"})
    void everyPunctuationCharacterIsAnAdornment(String c) {
        String adornment = c.repeat(5);
        String source = "Title\n" + adornment + "\n\ntext\n\nOther\n" + adornment + "\n";
        assertThat(tree(source)).startsWith("section 1:1-4:5 level=1\n  title 1:1-1:6 \"Title\" '" + c + "'\n");
        assertThat(diagnostics(source)).isEmpty();
    }

    @Test
    void shortUnderlineOfFourOrMoreIsAWarningOnTheUnderlineLine() {
        assertThat(diagnostics("Testing\n=====\n\ntext\n")).isEqualTo("2 WARNING rst-title-underline\n");
        assertThat(TreeDump.parse("Testing\n=====\n").diagnostics().get(0).message())
                .isEqualTo("title 'Testing' has an underline of 5 characters; it needs at least 7");
    }

    @Test
    void shortUnderlineOfLessThanFourIsOrdinaryText() {
        assertThat(tree("Title\n===\n")).isEqualTo("paragraph 1:1-2:4 \"Title\\n===\"\n");
        assertThat(diagnostics("Title\n===\n")).isEmpty();
    }

    @Test
    void overlineProblemsAreReportedOnTheOverline() {
        assertThat(diagnostics("=====\nTesting\n=====\n\ntext\n")).isEqualTo("1 WARNING rst-title-underline\n");
        assertThat(diagnostics("=======\nTesting\n-------\n\ntext\n")).isEqualTo("1 SEVERE rst-title-overline\n");
        assertThat(diagnostics("text\n\n=======\nTesting\n\ntext\n")).isEqualTo("3 SEVERE rst-title-overline\n");
        assertThat(diagnostics("text\n\n=======\nTesting")).isEqualTo("3 SEVERE rst-title-overline\n");
        assertThat(diagnostics("text\n\n=======\n-------\n\ntext\n")).isEqualTo("3 ERROR rst-title-overline\n");
    }

    @Test
    void inconsistentLevelIsSevereOnTheTitleLineAndTheTitleIsDropped() {
        String source = "One\n===\n\nTwo\n---\n\nThree\n~~~~~\n\nFour\n====\n\nFive\n~~~~\n";
        assertThat(diagnostics(source)).isEqualTo("13 SEVERE rst-title-level\n");
        assertThat(tree(source)).doesNotContain("Five");
    }

    @Test
    void titlesInsideBodyElementsAreUnexpected() {
        assertThat(diagnostics("- item\n\n  Title\n  =====\n\n  text\n")).isEqualTo("4 SEVERE rst-unexpected-title\n");
        assertThat(diagnostics("- item\n\n  ------\n\n  text\n")).isEqualTo("3 SEVERE rst-unexpected-title\n");
    }

    @Test
    void transitionsAndWhereTheyMayStand() {
        assertThat(tree("text\n\n----\n\nmore\n")).isEqualTo("""
                paragraph 1:1-1:5 "text"
                transition 3:1-3:5
                paragraph 5:1-5:5 "more"
                """);
        assertThat(diagnostics("text\n\n----\n\nmore\n")).isEmpty();
        assertThat(diagnostics("----\n\ntext\n")).isEqualTo("1 ERROR rst-transition\n");
        assertThat(diagnostics("text\n\n----\n\n----\n\ntext\n")).isEqualTo("5 ERROR rst-transition\n");
        assertThat(diagnostics("text\n\n----\n\ntext\n\n----\n")).isEqualTo("7 ERROR rst-transition\n");
        assertThat(diagnostics(".. note::\n\n----\n\ntext\n")).as("docutils' error message node stands before it")
                .isEqualTo("1 ERROR rst-directive-error\n");
    }

    @Test
    void wideCharactersCountTwoColumnsInTitleWidth() {
        assertThat(diagnostics("\u65e5\u672c\u8a9e\n======\n\nx\n")).isEmpty();
        assertThat(diagnostics("\u65e5\u672c\u8a9e\u65e5\n======\n\nx\n")).isEqualTo("2 WARNING rst-title-underline\n");
    }
}
