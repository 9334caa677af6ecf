package io.github.specwright.core.internal.rst.inline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.model.CitationReference;
import io.github.specwright.core.model.Diagnostic.Level;
import io.github.specwright.core.model.Emphasis;
import io.github.specwright.core.model.FootnoteReference;
import io.github.specwright.core.model.InlineLiteral;
import io.github.specwright.core.model.InlineTarget;
import io.github.specwright.core.model.InterpretedText;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Reference;
import io.github.specwright.core.model.SourceSpan;
import io.github.specwright.core.model.Strong;
import io.github.specwright.core.model.SubstitutionReference;
import io.github.specwright.core.model.Text;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InlineParserTest {

    private static InlineParser.Result parse(String text) {
        return new InlineParser(Roles.standard()).parse(text, 10, 5);
    }

    /** A compact rendering: kind, then what matters, one node per entry. */
    private static List<String> shape(String text) {
        List<String> shape = new ArrayList<>();
        for (Node node : parse(text).nodes()) {
            shape.add(describe(node));
        }
        return shape;
    }

    private static String describe(Node node) {
        if (node instanceof Text t) {
            return "text:" + t.text();
        } else if (node instanceof Emphasis) {
            return "emphasis:" + ((Text) node.children().get(0)).text();
        } else if (node instanceof Strong) {
            return "strong:" + ((Text) node.children().get(0)).text();
        } else if (node instanceof InlineLiteral l) {
            return "literal:" + l.text();
        } else if (node instanceof InterpretedText i) {
            return "interpreted:" + i.role() + ":" + i.text();
        } else if (node instanceof Reference r) {
            return "reference:" + r.text() + "|name=" + r.refName() + "|uri=" + r.refUri() + (r.anonymous() ? "|anonymous" : "");
        } else if (node instanceof FootnoteReference f) {
            return "footnote:" + f.label();
        } else if (node instanceof CitationReference c) {
            return "citation:" + c.label();
        } else if (node instanceof SubstitutionReference s) {
            return "substitution:" + s.name();
        } else if (node instanceof InlineTarget t) {
            return "target:" + t.name();
        } else if (node instanceof io.github.specwright.core.model.Problematic p) {
            return "problematic:" + p.text();
        }
        return node.kind();
    }

    @Test
    void referenceNamesFollowPythonsWordCharacters() {
        assertThat(shape("See x²_ here.")).containsExactly(
                "text:See ", "reference:x²|name=x²|uri=null", "text: here.");
        assertThat(shape("See \uD835\uDC31_ and Ⅵ__ end.")).containsExactly("text:See ",
                "reference:\uD835\uDC31|name=\uD835\uDC31|uri=null", "text: and ",
                "reference:Ⅵ|name=null|uri=null|anonymous", "text: end.");
        // a combining mark is no word character: no name ends right before the underscore
        assertThat(shape("See x́_ end.")).containsExactly("text:See x́_ end.");
        assertThat(shape("See [x²]_ here.")).containsExactly("text:See ", "citation:x²", "text: here.");
    }

    @Test
    void nextLineIsWhitespaceAfterAnEndString() {
        assertThat(shape("One *a*b")).containsExactly("text:One ", "emphasis:a", "text:b");
    }

    @Test
    void plainTextIsOneTextNode() {
        assertThat(shape("just words")).containsExactly("text:just words");
    }

    @Test
    void emphasisStrongAndLiteral() {
        assertThat(shape("a *b* **c** ``d*``")).containsExactly(
                "text:a ", "emphasis:b", "text: ", "strong:c", "text: ", "literal:d*");
    }

    @Test
    void interpretedTextWithPrefixSuffixAndDefaultRole() {
        assertThat(shape("`a` :kbd:`b` `c`:file:")).containsExactly(
                "interpreted:null:a", "text: ", "interpreted:kbd:b", "text: ", "interpreted:file:c");
    }

    @Test
    void references() {
        assertThat(shape("name_ anon__ `Phrase  Ref`_ `anon phrase`__")).containsExactly(
                "reference:name|name=name|uri=null", "text: ",
                "reference:anon|name=null|uri=null|anonymous", "text: ",
                "reference:Phrase  Ref|name=phrase ref|uri=null", "text: ",
                "reference:anon phrase|name=null|uri=null|anonymous");
    }

    @Test
    void embeddedUrisAndAliases() {
        assertThat(shape("`Site <http://x.org/a>`_ `Other <alias_>`_ `once <http://y.org>`__ `<http://z.org>`_"))
                .containsExactly(
                        "reference:Site|name=site|uri=http://x.org/a", "text: ",
                        "reference:Other|name=alias|uri=null", "text: ",
                        "reference:once|name=null|uri=http://y.org", "text: ",
                        "reference:http://z.org|name=http://z.org|uri=http://z.org");
    }

    @Test
    void embeddedUriSpanningLinesLosesItsWhitespace() {
        assertThat(shape("`text <http://x.org/a\nb>`_")).containsExactly("reference:text|name=text|uri=http://x.org/ab");
    }

    @Test
    void footnoteAndCitationReferences() {
        assertThat(shape("[1]_ [#]_ [#note]_ [*]_ [CIT2002]_")).containsExactly(
                "footnote:1", "text: ", "footnote:#", "text: ", "footnote:#note", "text: ", "footnote:*", "text: ",
                "citation:CIT2002");
    }

    @Test
    void substitutionsAndInlineTargets() {
        assertThat(shape("|sub| |link|_ |anon|__ _`Target Name`")).containsExactly(
                "substitution:sub", "text: ", "reference:link|name=link|uri=null", "text: ",
                "reference:anon|name=null|uri=null|anonymous", "text: ", "target:Target Name");
    }

    @Test
    void standaloneUrisAndEmail() {
        assertThat(shape("see http://x.org/a. or mail me@x.org, (https://y.org/b?q=1#f)")).containsExactly(
                "text:see ", "reference:http://x.org/a|name=null|uri=http://x.org/a", "text:. or mail ",
                "reference:me@x.org|name=null|uri=mailto:me@x.org", "text:, (",
                "reference:https://y.org/b?q=1#f|name=null|uri=https://y.org/b?q=1#f", "text:)");
    }

    @Test
    void unknownSchemeIsText() {
        assertThat(shape("note:this")).containsExactly("text:note:this");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "2*3*4|text:2*3*4",
        "'*' and \"*\" and (*) and [*] and {*} and <*>|text:'*' and \"*\" and (*) and [*] and {*} and <*>",
        "x*a*|text:x*a*",
        "a\\ b|text:ab",
        "\\*not\\*|text:*not*",
        "*a *b* c*|emphasis:a *b",
    })
    void startStringsThatAreNotMarkup(String input, String first) {
        assertThat(shape(input).get(0)).isEqualTo(first);
    }

    @Test
    void endStringMustBeFollowedByPunctuationOrSpace() {
        assertThat(shape("*a*b *c*.")).containsExactly("emphasis:a*b *c", "text:.");
        assertThat(shape("*a*b *c")).containsExactly("problematic:*", "text:a*b ", "problematic:*", "text:c");
        assertThat(parse("*a*b *c").problems()).hasSize(2);
    }

    @Test
    void spansCountLinesAndTheBlockColumn() {
        InlineParser.Result result = parse("one *two\nthree* ``four``");
        Node emphasis = result.nodes().get(1);
        assertThat(emphasis.span()).isEqualTo(SourceSpan.of(10, 9, 11, 11));
        assertThat(emphasis.children().get(0).span()).isEqualTo(SourceSpan.of(10, 10, 11, 10));
        Node literal = result.nodes().get(3);
        assertThat(literal.span()).isEqualTo(SourceSpan.of(11, 12, 11, 20));
    }

    @Test
    void unclosedEmphasisIsReportedAtItsStartString() {
        InlineParser.Result result = parse("fine\nthen *open here");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.column()).isEqualTo(10);
            assertThat(p.level()).isEqualTo(Level.WARNING);
            assertThat(p.ruleId()).isEqualTo("rst-unclosed-inline");
            assertThat(p.message()).contains("emphasis starts with '*'").contains("escape");
        });
        assertThat(shape("fine\nthen *open here")).containsExactly("text:fine\nthen ", "problematic:*", "text:open here");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "**strong;5;strong emphasis starts with '**'",
        "``literal;5;inline literal starts with '``'",
        "`phrase;5;interpreted text or phrase reference",
        "a |sub;7;substitution reference",
        "_`target;5;inline target",
        "x :kbd:`open;12;interpreted text",
    })
    void everyUnclosedStartStringIsReported(String input, int column, String message) {
        InlineParser.Result result = parse(input);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo("rst-unclosed-inline");
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.message()).contains(message);
        });
    }

    @Test
    void startStringAtTheVeryEndIsNotReported() {
        assertThat(parse("ends with *").problems()).isEmpty();
        assertThat(parse("ends with `").problems()).isEmpty();
    }

    @Test
    void unknownRoleIsAnError() {
        InlineParser.Result result = parse("use :bogus:`x` here");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo("rst-unknown-role");
            assertThat(p.level()).isEqualTo(Level.ERROR);
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.column()).isEqualTo(9);
            assertThat(p.message()).contains("\"bogus\"");
        });
    }

    @Test
    void sphinxAndDomainRolesAreKnown() {
        assertThat(parse(":ref:`a` :doc:`b` :py:class:`C` :meth:`d` :term:`e` :cpp:func:`f` :RFC:`1`").problems()).isEmpty();
    }

    @Test
    void rolesCanBeAdded() {
        InlineParser parser = new InlineParser(Roles.standard().with(List.of("jira")));
        assertThat(parser.parse(":jira:`X-1`", 1, 1).problems()).isEmpty();
    }

    @Test
    void roleAndReferenceSuffixConflict() {
        assertThat(parse(":kbd:`x`_").problems()).singleElement()
                .satisfies(p -> assertThat(p.ruleId()).isEqualTo("rst-role-conflict"));
        assertThat(parse(":kbd:`x`:file:").problems()).singleElement()
                .satisfies(p -> assertThat(p.ruleId()).isEqualTo("rst-role-conflict"));
    }

    @Test
    void literalKeepsBackslashes() {
        assertThat(shape("``a\\*b``")).containsExactly("literal:a\\*b");
    }

    @Test
    void pathologicalInputsStayFastAndShallow() {
        String[] units = {"*", "`", "*a ", "a-", ":a:`", "`a <"};
        for (String unit : units) {
            String text = unit.repeat(1_000_000 / unit.length());
            long start = System.nanoTime();
            InlineParser.Result result = new InlineParser(Roles.standard()).parse(text, 1, 1);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(result.nodes()).isNotEmpty();
            assertThat(millis).as("parsing 1 MB of '%s'", unit).isLessThan(20_000);
        }
    }

    @Test
    void deeplyNestedLookingMarkupDoesNotRecurse() {
        String text = "*(`[|_".repeat(100_000);
        InlineParser.Result result = new InlineParser(Roles.standard()).parse(text, 1, 1);
        assertThat(result.nodes()).isNotEmpty();
    }
}
