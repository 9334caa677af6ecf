package io.github.specwright.core.tree;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.rst.RstParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tree dump on small documents, each expected text made by docutils 0.19 with
 * {@code shared/tools/tree_oracle.py} (trailing spaces of text lines are docutils' own).
 */
class PseudoXmlTest {

    private static String tree(String source) {
        return PseudoXml.of(RstParser.parse(source, "t.rst").document());
    }

    @Test
    void targetsHandTheirNamesToTheNextElementBeforeTitlesArePromoted() {
        // docutils' PropagateTargets runs before DocTitle: the labels of the title and subtitle
        // end up on the document and the subtitle; chained targets pass theirs along; a reference
        // to no target and an unclosed start-string are problematic; an indirect target leads
        // where its target does.
        String source = """
            .. _doc-label:

            =====
            Title
            =====

            .. _sub-label:

            Subtitle
            --------

            .. _first:
            .. _second:

            Para `doc-label`_ and second_ and `Nowhere`_ and *open.

            .. _alias: second_

            See alias_.
            """;
        assertThat(tree(source)).isEqualTo("""
            <document ids="title doc-label" names="title doc-label" title="Title">
                <title>
                    Title
                <subtitle ids="subtitle sub-label" names="subtitle sub-label">
                    Subtitle
                <target refid="doc-label">
                <target refid="sub-label">
                <target refid="first">
                <target refid="second">
                <paragraph ids="second first" names="second first">
                    Para\s
                    <reference name="doc-label" refid="doc-label">
                        doc-label
                     and\s
                    <reference name="second" refid="second">
                        second
                     and\s
                    <problematic>
                        `Nowhere`_
                     and\s
                    <problematic>
                        *
                    open.
                <target ids="alias" names="alias" refid="second">
                <paragraph>
                    See\s
                    <reference name="alias" refid="second">
                        alias
                    .
            """);
    }

    @Test
    void tablesHaveATgroupWithColumnWidthsAndAHeadAndBody() {
        // grid widths between the '+'; a simple table's last column widened to its text; a
        // list-table's title (inline markup parsed), :widths:, :header-rows: and :name:
        String source = """
            +-----+--------+
            | A   | B      |
            +=====+========+
            | one | two    |
            +-----+--------+
            | spans both   |
            +--------------+

            =====  =====
            x      y
            =====  =====
            1      longer text
            =====  =====

            .. list-table:: Things *here*
               :widths: 30 70
               :header-rows: 1
               :name: things

               * - Name
                 - Value
               * - a
                 - b
            """;
        assertThat(tree(source)).isEqualTo("""
            <document>
                <table>
                    <tgroup cols="2">
                        <colspec colwidth="5">
                        <colspec colwidth="8">
                        <thead>
                            <row>
                                <entry>
                                    <paragraph>
                                        A
                                <entry>
                                    <paragraph>
                                        B
                        <tbody>
                            <row>
                                <entry>
                                    <paragraph>
                                        one
                                <entry>
                                    <paragraph>
                                        two
                            <row>
                                <entry morecols="1">
                                    <paragraph>
                                        spans both
                <table>
                    <tgroup cols="2">
                        <colspec colwidth="5">
                        <colspec colwidth="11">
                        <thead>
                            <row>
                                <entry>
                                    <paragraph>
                                        x
                                <entry>
                                    <paragraph>
                                        y
                        <tbody>
                            <row>
                                <entry>
                                    <paragraph>
                                        1
                                <entry>
                                    <paragraph>
                                        longer text
                <table classes="colwidths-given" ids="things" names="things">
                    <title>
                        Things\s
                        <emphasis>
                            here
                    <tgroup cols="2">
                        <colspec colwidth="30">
                        <colspec colwidth="70">
                        <thead>
                            <row>
                                <entry>
                                    <paragraph>
                                        Name
                                <entry>
                                    <paragraph>
                                        Value
                        <tbody>
                            <row>
                                <entry>
                                    <paragraph>
                                        a
                                <entry>
                                    <paragraph>
                                        b
            """);
    }

    @Test
    void aLeadingFieldListIsTheDocinfo() {
        // known fields with the expected shape become elements, authors are split, the abstract a
        // topic after the docinfo, other fields keep their place classed by their name
        String source = """
            =====
            Title
            =====

            :Author: Jane Doe
            :Authors: A; B
            :Version: 1.0
            :Status: *draft*
            :Custom field: value
            :Abstract: Short.

               More.

            Body.
            """;
        assertThat(tree(source)).isEqualTo("""
            <document ids="title" names="title" title="Title">
                <title>
                    Title
                <docinfo>
                    <author>
                        Jane Doe
                    <authors>
                        <author>
                            A
                        <author>
                            B
                    <version>
                        1.0
                    <status>
                        <emphasis>
                            draft
                    <field classes="custom-field">
                        <field_name>
                            Custom field
                        <field_body>
                            <paragraph>
                                value
                <topic classes="abstract">
                    <title>
                        Abstract
                    <paragraph>
                        Short.
                    <paragraph>
                        More.
                <paragraph>
                    Body.
            """);
    }

    @Test
    void targetUrisAsDocutilsReadsThem() {
        // an e-mail address becomes mailto:, an escaped space stays, other whitespace and escapes go
        String source = """
            .. _email: jdoe@example.com
            .. _spaced: http://example.org/a\\ path\\ with\\
               spaces.html
            .. _not-indirect: uri\\_

            See email_, spaced_ and not-indirect_.
            """;
        assertThat(tree(source)).isEqualTo("""
            <document>
                <target ids="email" names="email" refuri="mailto:jdoe@example.com">
                <target ids="spaced" names="spaced" refuri="http://example.org/a path with spaces.html">
                <target ids="not-indirect" names="not-indirect" refuri="uri_">
                <paragraph>
                    See\s
                    <reference name="email" refuri="mailto:jdoe@example.com">
                        email
                    ,\s
                    <reference name="spaced" refuri="http://example.org/a path with spaces.html">
                        spaced
                     and\s
                    <reference name="not-indirect" refuri="uri_">
                        not-indirect
                    .
            """);
    }

    @Test
    void csvTablesAreReadAsCsv() {
        // quoted fields span lines, the header option has its own row, cells are parsed on their own
        String source = """
            .. csv-table:: Prices
               :header: "Item", "Note"
               :widths: 30, 70

               "- not a list", "spans
               two lines"
                 indented, *emphasis*
               short
            """;
        assertThat(tree(source)).isEqualTo("""
            <document>
                <table classes="colwidths-given">
                    <title>
                        Prices
                    <tgroup cols="2">
                        <colspec colwidth="30">
                        <colspec colwidth="70">
                        <thead>
                            <row>
                                <entry>
                                    <paragraph>
                                        Item
                                <entry>
                                    <paragraph>
                                        Note
                        <tbody>
                            <row>
                                <entry>
                                    <bullet_list bullet="-">
                                        <list_item>
                                            <paragraph>
                                                not a list
                                <entry>
                                    <paragraph>
                                        spans
                                        two lines
                            <row>
                                <entry>
                                    <paragraph>
                                        indented
                                <entry>
                                    <paragraph>
                                        <emphasis>
                                            emphasis
                            <row>
                                <entry>
                                    <paragraph>
                                        short
                                <entry>
            """);
    }

    @Test
    void theClassifierDelimiterIsLookedForOutsideInlineMarkup() {
        String source = """
            ``key : value`` : a classifier
               The classifier delimiter is looked for outside inline markup.

            *x : y*
               Emphasis too.
            """;
        assertThat(tree(source)).isEqualTo("""
            <document>
                <definition_list>
                    <definition_list_item>
                        <term>
                            <literal>
                                key : value
                        <classifier>
                            a classifier
                        <definition>
                            <paragraph>
                                The classifier delimiter is looked for outside inline markup.
                    <definition_list_item>
                        <term>
                            <emphasis>
                                x : y
                        <definition>
                            <paragraph>
                                Emphasis too.
            """);
    }

    @Test
    void literalContentKeepsItsIndentationPastTheOptions() {
        // The directive's block loses the indentation common to all its lines, options included.
        String source = """
            .. note::
              :class: x

               Text.

            .. parsed-literal::
              :class: y

               lit
                more
            """;
        assertThat(tree(source)).isEqualTo("""
            <document>
                <note classes="x">
                    <block_quote>
                        <paragraph>
                            Text.
                <literal_block classes="y" xml:space="preserve">
                     lit
                      more
            """);
    }

    @Test
    void embeddedAliasesMakeIndirectTargetsAndEmbeddedUrisKeepEscapedSpaces() {
        // Without text a reference shows its alias as docutils resolved it (the normalised name, the URI with
        // mailto:); `text <alias_>`_ is followed by an indirect target named "text", even when it leads nowhere.
        String source = """
            .. _Some Name: http://x

            `<Some Name_>`_, `<a@b.com>`__, `<http://x.org/a\\ b>`_ and
            `text <Some Name_>`_ and `lost <nowhere_>`_.
            """;
        assertThat(tree(source)).isEqualTo("""
            <document>
                <target ids="some-name" names="some\\ name" refuri="http://x">
                <paragraph>
                    <reference name="some name" refuri="http://x">
                        some name
                    <target names="some\\ name" refuri="http://x">
                    ,\s
                    <reference name="mailto:a@b.com" refuri="mailto:a@b.com">
                        mailto:a@b.com
                    ,\s
                    <reference name="http://x.org/a b" refuri="http://x.org/a b">
                        http://x.org/a b
                    <target ids="http-x-org-a-b" names="http://x.org/a\\ b" refuri="http://x.org/a b">
                     and
                    <reference name="text" refuri="http://x">
                        text
                    <target names="text" refuri="http://x">
                     and\s
                    <problematic>
                        `lost <nowhere_>`_
                    <target names="lost" refname="nowhere">
                    .
            """);
    }

    @Test
    void theCodeAndMathRolesKeepTheirBackslashes() {
        String source = """
            A :math:`\\alpha\\ b` and `x\\y`:code: and :code:`a\\*b` but *c\\*d*.
            """;
        assertThat(tree(source)).isEqualTo("""
            <document>
                <paragraph>
                    A\s
                    <math>
                        \\alpha\\ b
                     and\s
                    <literal classes="code">
                        x\\y
                     and\s
                    <literal classes="code">
                        a\\*b
                     but\s
                    <emphasis>
                        c*d
                    .
            """);
    }

    @Test
    void aUnicodeCodeBeyondTheLastCharacterLeavesItsSubstitutionUndefined() {
        // docutils: "Invalid character code", the definition is "empty or invalid" and dropped, its references
        // problematic; U+10FFFF itself is a character.
        String source = """
            Codes
            =====

            A |ok| and |big| and |hex| and |multi|.

            .. |ok| unicode:: U+10FFFF 0x41 .. the last character
            .. |big| unicode:: 1114112
            .. |hex| unicode:: 0x110000
            .. |multi|
               unicode:: U+2122
               &#x110000;
            """;
        assertThat(tree(source)).isEqualTo("""
            <document ids="codes" names="codes" title="Codes">
                <title>
                    Codes
                <paragraph>
                    A\s
                    \udbff\udfff
                    A
                     and\s
                    <problematic>
                        |big|
                     and\s
                    <problematic>
                        |hex|
                     and\s
                    <problematic>
                        |multi|
                    .
                <substitution_definition names="ok">
                    \udbff\udfff
                    A
            """);
    }

    @ParameterizedTest
    @ValueSource(strings = {"python-constructs", "python-unterminated-strings", "bash-constructs",
        "shell-aliases-and-line-numbers"})
    void codeIsTokenizedAsPygmentsTokenizesIt(String sample) throws Exception {
        // The expected trees were printed by docutils 0.19 with Pygments 2.14 (Debian 12's) for these files.
        String source = resource("pygments/" + sample + ".rst");
        assertThat(tree(source)).isEqualTo(resource("pygments/" + sample + ".rst.pformat"));
    }

    private static String resource(String name) throws java.io.IOException {
        try (java.io.InputStream in = PseudoXmlTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
