package io.github.specwright.core.rst;

import static io.github.specwright.core.rst.TreeDump.diagnostics;
import static io.github.specwright.core.rst.TreeDump.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.model.Directive;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Comments, directives, targets, substitution definitions, footnotes and citations. */
class ExplicitMarkupTest {

    @Test
    void hyperlinkTargetsOfEveryKind() {
        assertThat(tree(".. _a: http://x\n.. _b: c_\n.. __: http://y\n__ http://z\n.. _internal:\n\n"
                + ".. _long: http://example.com/\n   more/path\n\ntext\n")).isEqualTo("""
                target 1:1-1:16 name="a" uri="http://x" ref=null
                target 2:1-2:10 name="b" uri=null ref="c"
                target 3:1-3:16 name="" uri="http://y" ref=null anonymous
                target 4:1-4:12 name="" uri="http://z" ref=null anonymous
                target 5:1-5:14 name="internal" uri=null ref=null
                target 7:1-8:13 name="long" uri="http://example.com/more/path" ref=null
                paragraph 10:1-10:5 "text"
                """);
        assertThat(diagnostics(".. _a: http://x\n.. _b: c_\n")).isEmpty();
    }

    @Test
    void footnotesCitationsAndSubstitutions() {
        assertThat(tree(".. [1] one\n.. [#] auto\n.. [#lab] label\n.. [*] star\n.. [cit] citation\n\n"
                + ".. |sub| replace:: text\n.. |img| image:: a.png\n")).isEqualTo("""
                footnote 1:1-1:11 "1"
                  paragraph 1:8-1:11 "one"
                footnote 2:1-2:12 "#"
                  paragraph 2:8-2:12 "auto"
                footnote 3:1-3:16 "#lab"
                  paragraph 3:11-3:16 "label"
                footnote 4:1-4:12 "*"
                  paragraph 4:8-4:12 "star"
                citation 5:1-5:18 "cit"
                  paragraph 5:10-5:18 "citation"
                substitution_definition 7:1-7:24 "sub"
                  directive 7:10-7:24 replace args="" options={} content="text" contentLine=7
                    paragraph 7:20-7:24 "text"
                substitution_definition 8:1-8:23 "img"
                  directive 8:10-8:23 image args="a.png" options={} content="" contentLine=0
                """);
        assertThat(diagnostics(".. |t| some text\n")).isEqualTo("1 WARNING rst-directive-error\n");
    }

    @Test
    void commentsIncludingTheEmptyCommentWart() {
        assertThat(tree("..\n  licence text\n  more\n\n..\n\n  quote after empty comment\n")).isEqualTo("""
                comment 1:1-3:7 "licence text\\nmore"
                comment 5:1-5:3 ""
                block_quote 7:3-7:28
                  paragraph 7:3-7:28 "quote after empty comment"
                """);
    }

    @Test
    void admonitionContentIsParsedAsBody() {
        assertThat(tree(".. note::\n   :class: tip\n\n   First *para*.\n\n   - item\n")).isEqualTo("""
                directive 1:1-6:10 note args="" options={class=tip} content="First *para*.\\n\\n- item" contentLine=4
                  paragraph 4:4-4:17 "First *para*."
                  bullet_list 6:4-6:10 '-'
                    list_item 6:4-6:10
                      paragraph 6:6-6:10 "item"
                """);
    }

    @Test
    void codeContentIsLiteralWithItsLanguage() {
        assertThat(tree(".. code-block:: python\n   :linenos:\n\n   x = 1\n     y\n")).isEqualTo("""
                directive 1:1-5:7 code-block args="python" options={linenos=} content="x = 1\\n  y" contentLine=4
                  literal_block 4:4-5:7 "x = 1\\n  y" lang=python
                """);
    }

    @Test
    void unknownDirectiveIsKeptWithAnError() {
        assertThat(tree(".. foo:: x\n\n   content\n")).isEqualTo(
                "directive 1:1-3:11 foo args=\"x\" options={} content=\"content\" contentLine=3\n");
        assertThat(diagnostics(".. foo:: x\n\n   content\n")).isEqualTo("1 ERROR rst-unknown-directive\n");
        assertThat(TreeDump.parse(".. foo:: x\n").diagnostics().get(0).message())
                .isEqualTo("unknown directive 'foo'; check its spelling or register it as an extra directive");
    }

    @Test
    void extraDirectiveNamesAreAccepted() {
        var parsed = RstParser.parse(".. foo:: x\n\n   *content*\n", "x.rst", Set.of("foo"));
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(((Directive) parsed.document().children().get(0)).arguments()).isEqualTo("x");
    }

    @Test
    void directiveNamesAreCaseInsensitiveAndDomainDirectivesAreKnown() {
        assertThat(diagnostics(".. NOTE::\n\n   x\n\n.. py:function:: f()\n")).isEmpty();
    }

    @Test
    void directiveErrors() {
        assertThat(diagnostics(".. image::\n")).isEqualTo("1 ERROR rst-directive-error\n");
        assertThat(diagnostics(".. rubric:: r\n\n   content\n")).isEqualTo("1 ERROR rst-directive-error\n");
        assertThat(diagnostics(".. note::\n")).isEqualTo("1 ERROR rst-directive-error\n");
        assertThat(diagnostics(".. note::\n   :class: a\n   :class: b\n\n   x\n")).isEqualTo("1 ERROR rst-directive-error\n");
        assertThat(diagnostics(".. list-table::\n\n   * - a\n     - b\n   * - c\n")).isEqualTo("1 ERROR rst-directive-error\n");
        assertThat(diagnostics(".. list-table::\n   :header-rows: 3\n\n   * - a\n     - b\n"))
                .isEqualTo("1 ERROR rst-directive-error\n");
        assertThat(diagnostics(".. list-table::\n\n   * - a\n     - b\n   * - c\n     - d\n")).isEmpty();
    }

    @Test
    void anEmptySubstitutionDefinitionSaysHowToGiveItContent() {
        assertThat(TreeDump.parse(".. |sym|\n\nText.\n").diagnostics()).extracting(d -> d.line() + " " + d.message())
                .containsExactly("1 substitution definition 'sym' on line 1 has no content; give it a directive, e.g."
                        + " '.. |sym| replace:: text', or remove it");
    }

    @Test
    void aUnicodeCodeBeyondTheLastCharacterIsAnErrorWhereDocutilsReportsIt() {
        // docutils 0.19: "(ERROR/3) Invalid character code: ..." on the directive's line, then "(WARNING/2)
        // Substitution definition ... empty or invalid." on the definition's first line.
        String source = """
                .. |big| unicode:: U+41 0x110000 .. comment
                .. |dec| unicode:: 1114112
                .. |multi|
                   unicode:: U+2122
                   &#x110000;
                .. |last| unicode:: U+10FFFF 1114111
                """;
        String advice = "is beyond U+10FFFF, the last Unicode character; give a code up to U+10FFFF (1114111 in decimal)";
        assertThat(TreeDump.parse(source).diagnostics()).extracting(d -> "t.rst:" + d.line() + ":" + d.column() + ": "
                + d.level() + " [" + d.ruleId() + "] " + d.message()).containsExactly(
                "t.rst:1:1: ERROR [rst-directive-error] error in the 'unicode' directive: the character code '0x110000' "
                        + advice,
                "t.rst:1:1: WARNING [rst-directive-error] substitution definition 'big' on line 1 is empty or invalid:"
                        + " its directive must give inline text or an image",
                "t.rst:2:1: ERROR [rst-directive-error] error in the 'unicode' directive: the character code '1114112' "
                        + advice,
                "t.rst:2:1: WARNING [rst-directive-error] substitution definition 'dec' on line 2 is empty or invalid:"
                        + " its directive must give inline text or an image",
                "t.rst:3:1: WARNING [rst-directive-error] substitution definition 'multi' on line 3 is empty or"
                        + " invalid: its directive must give inline text or an image",
                "t.rst:4:1: ERROR [rst-directive-error] error in the 'unicode' directive: the character code"
                        + " '&#x110000;' " + advice);
    }
}
