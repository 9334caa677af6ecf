package io.github.specwright.core.rst;

import static io.github.specwright.core.rst.TreeDump.diagnostics;
import static io.github.specwright.core.rst.TreeDump.tree;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Paragraphs, lists, definition/field/option lists, literal, doctest and line blocks, block quotes. */
class BodyElementsTest {

    @Test
    void bulletListsWithContinuationsAndBlankSeparatedParagraphs() {
        assertThat(tree("- item one\n  continues\n- item two\n\n  second para\n\n* other bullet\n")).isEqualTo("""
                bullet_list 1:1-5:14 '-'
                  list_item 1:1-2:12
                    paragraph 1:3-2:12 "item one\\ncontinues"
                  list_item 3:1-5:14
                    paragraph 3:3-3:11 "item two"
                    paragraph 5:3-5:14 "second para"
                bullet_list 7:1-7:15 '*'
                  list_item 7:1-7:15
                    paragraph 7:3-7:15 "other bullet"
                """);
    }

    @Test
    void enumeratedListsInEveryFormAndSequence() {
        assertThat(tree("1. one\n2. two\n\n(a) alpha\n(b) beta\n\ni) roman\nii) two\n\n#. auto\n#. auto\n\n3. three\n4. four\n"))
                .isEqualTo("""
                enumerated_list 1:1-2:7 arabic #. start=1
                  list_item 1:1-1:7
                    paragraph 1:4-1:7 "one"
                  list_item 2:1-2:7
                    paragraph 2:4-2:7 "two"
                enumerated_list 4:1-5:9 loweralpha (#) start=1
                  list_item 4:1-4:10
                    paragraph 4:5-4:10 "alpha"
                  list_item 5:1-5:9
                    paragraph 5:5-5:9 "beta"
                enumerated_list 7:1-8:8 lowerroman #) start=1
                  list_item 7:1-7:9
                    paragraph 7:4-7:9 "roman"
                  list_item 8:1-8:8
                    paragraph 8:5-8:8 "two"
                enumerated_list 10:1-11:8 arabic #. start=1
                  list_item 10:1-10:8
                    paragraph 10:4-10:8 "auto"
                  list_item 11:1-11:8
                    paragraph 11:4-11:8 "auto"
                enumerated_list 13:1-14:8 arabic #. start=3
                  list_item 13:1-13:9
                    paragraph 13:4-13:9 "three"
                  list_item 14:1-14:8
                    paragraph 14:4-14:8 "four"
                """);
        assertThat(diagnostics("3. three\n4. four\n")).as("a start other than 1 is only INFO in docutils").isEmpty();
    }

    @Test
    void anEnumeratorFollowedByTextIsAParagraph() {
        assertThat(tree("1. not a list\nbecause this line follows\n"))
                .isEqualTo("paragraph 1:1-2:26 \"1. not a list\\nbecause this line follows\"\n");
    }

    @Test
    void nestedListsOnOneLine() {
        assertThat(tree("- - inner\n")).isEqualTo("""
                bullet_list 1:1-1:10 '-'
                  list_item 1:1-1:10
                    bullet_list 1:3-1:10 '-'
                      list_item 1:3-1:10
                        paragraph 1:5-1:10 "inner"
                """);
    }

    @Test
    void definitionListWithClassifier() {
        assertThat(tree("term\n  definition\n\nterm2 : classifier\n    def two\n")).isEqualTo("""
                definition_list 1:1-5:12
                  definition_list_item 1:1-2:13
                    term 1:1-1:5 "term"
                    definition 2:3-2:13
                      paragraph 2:3-2:13 "definition"
                  definition_list_item 4:1-5:12
                    term 4:1-4:6 "term2"
                    classifier 4:9-4:19 "classifier"
                    definition 5:5-5:12
                      paragraph 5:5-5:12 "def two"
                """);
    }

    @Test
    void fieldAndOptionLists() {
        assertThat(tree(":Field: value\n:Other field: multi\n   line body\n\n-a         option a\n--all, -b  both\n"))
                .isEqualTo("""
                field_list 1:1-3:13
                  field 1:1-1:14
                    field_name 1:2-1:7 "Field"
                    field_body 1:9-1:14
                      paragraph 1:9-1:14 "value"
                  field 2:1-3:13
                    field_name 2:2-2:13 "Other field"
                    field_body 2:15-3:13
                      paragraph 2:15-3:13 "multi\\nline body"
                option_list 5:1-6:16
                  option_list_item 5:1-5:20 "-a"
                    paragraph 5:12-5:20 "option a"
                  option_list_item 6:1-6:16 "--all, -b"
                    paragraph 6:12-6:16 "both"
                """);
    }

    @Test
    void literalBlocksInEveryForm() {
        assertThat(tree("Para::\n\n    literal\n      more\n\nPara ::\n\n  lit\n\n::\n\n  standalone\n\n"
                + "Quoted::\n\n> quoted one\n> quoted two\n")).isEqualTo("""
                paragraph 1:1-1:7 "Para::"
                literal_block 3:5-4:11 "literal\\n  more"
                paragraph 6:1-6:8 "Para ::"
                literal_block 8:3-8:6 "lit"
                literal_block 12:3-12:13 "standalone"
                paragraph 14:1-14:9 "Quoted::"
                literal_block 16:1-17:13 "> quoted one\\n> quoted two"
                """);
    }

    @Test
    void literalBlockProblems() {
        assertThat(diagnostics("Para::\n\nnext\n")).isEqualTo("3 WARNING rst-literal-block\n");
        assertThat(diagnostics("Para::\n")).isEqualTo("2 WARNING rst-literal-block\n");
        assertThat(diagnostics("Para::\n\n> a\n< b\n")).isEqualTo("4 ERROR rst-literal-block\n");
        assertThat(diagnostics("Para::\n\n> a\n  b\n")).isEqualTo("4 ERROR rst-unexpected-indent\n");
    }

    @Test
    void blockQuoteWithAttributionDoctestAndLineBlock() {
        assertThat(tree("Quote:\n\n    Wise words\n    here.\n\n    -- Someone\n       Famous\n\n>>> 1 + 1\n2\n\n"
                + "| line one\n|    indented\n|  continued\n   more\n| last\n")).isEqualTo("""
                paragraph 1:1-1:7 "Quote:"
                block_quote 3:5-7:14
                  paragraph 3:5-4:10 "Wise words\\nhere."
                  attribution 6:8-7:14 "Someone\\nFamous"
                doctest_block 9:1-10:2 ">>> 1 + 1\\n2"
                line_block 12:1-16:7
                  line 12:3-12:11 "line one"
                  line_block 13:6-15:8
                    line_block 13:6-13:14
                      line 13:6-13:14 "indented"
                    line 14:4-15:8 "continued\\nmore"
                  line 16:3-16:7 "last"
                """);
    }

    @Test
    void unexpectedIndentationAfterAParagraph() {
        assertThat(diagnostics("para\nline two\n  indented\n")).isEqualTo("3 ERROR rst-unexpected-indent\n");
        assertThat(tree("para\nline two\n  indented\n\n")).isEqualTo("""
                paragraph 1:1-2:9 "para\\nline two"
                block_quote 3:3-3:11
                  paragraph 3:3-3:11 "indented"
                """);
        assertThat(diagnostics("para\n  indented\n")).as("one line then an indented one is a definition list").isEmpty();
    }

    @Test
    void tabsExpandToEightColumnStopsAndSpansUseSourceColumns() {
        assertThat(tree("para\n\n\tquoted\n")).isEqualTo("""
                paragraph 1:1-1:5 "para"
                block_quote 3:2-3:8
                  paragraph 3:2-3:8 "quoted"
                """);
    }

    @Test
    void constructsThatEndWithoutABlankLine() {
        assertThat(diagnostics("- item\nnext\n")).isEqualTo("2 WARNING rst-missing-blank-line\n");
        assertThat(diagnostics("1. item\n   more\nnext\n")).isEqualTo("3 WARNING rst-missing-blank-line\n");
        assertThat(diagnostics("1. item\n2. two\nnext\n")).as("the second item is not one: 'next' follows it")
                .isEqualTo("2 WARNING rst-missing-blank-line\n");
        assertThat(diagnostics("term\n  def\nnext\n")).isEqualTo("3 WARNING rst-missing-blank-line\n");
        assertThat(diagnostics(":f: v\nnext\n")).isEqualTo("2 WARNING rst-missing-blank-line\n");
        assertThat(diagnostics("para\n\n  quote\nnext\n")).isEqualTo("4 WARNING rst-missing-blank-line\n");
        assertThat(diagnostics(".. note:: x\nnext\n")).isEqualTo("2 WARNING rst-missing-blank-line\n");
        assertThat(diagnostics("| a\n| b\nnext\n")).isEqualTo("2 WARNING rst-missing-blank-line\n");
        assertThat(diagnostics("-a  b\n-x y z  c\n")).isEqualTo("2 WARNING rst-missing-blank-line\n");
        assertThat(TreeDump.parse("- item\nnext\n").diagnostics().get(0).message()).isEqualTo(
                "Bullet list ends at line 1 without a blank line before the next, less indented text; add a blank line");
    }
}
