package io.github.specwright.core.rst;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Valid documents that once gave false errors. Each expectation is what docutils 0.19 reports for
 * the same text (checked with publish_doctree): a checker that fails builds must never fail these.
 */
class ValidDocumentsTest {

    private static List<String> diagnostics(String source) {
        return RstParser.parse(source, "t.rst").diagnostics().stream()
                .map(d -> d.line() + ":" + d.column() + " " + d.ruleId()).toList();
    }

    @Test
    void aSubtitleKeepsTheImplicitTargetOfItsSection() {
        assertThat(diagnostics("===\nDoc\n===\n\nPlain here\n----------\n\nSee `Plain here`_.\n")).isEmpty();
    }

    @Test
    void titlesWithEscapesAndNoBreakSpacesAreTargets() {
        assertThat(diagnostics("Star \\*here\n===========\n\nSee `Star *here`_.\n")).isEmpty();
        assertThat(diagnostics("Bar \\|x\\|\n=========\n\nSee `Bar |x|`_.\n")).isEmpty();
        assertThat(diagnostics("No\u00a0break\n========\n\nSee `No\u00a0break`_ and `No break`_.\n")).isEmpty();
    }

    @Test
    void parsedLiteralContentIsNotReadAsBlocks() {
        // docutils: only "Explicit markup ends without a blank line" at line 8
        assertThat(diagnostics("Text\n\n.. parsed-literal::\n\n   some *text*\n     indented more\n   back\n"
                + "- not a list\n")).containsExactly("8:1 rst-missing-blank-line");
        assertThat(diagnostics("Text\n\n.. parsed-literal::\n\n   some *text*\n     indented more\n\n"
                + "   back\n   * not a list\n")).isEmpty();
    }

    @Test
    void aGlossaryMayGiveSeveralTermsOneDefinition() {
        assertThat(diagnostics("Text\n\n.. glossary::\n\n   term one\n   term two\n      The definition.\n")).isEmpty();
    }

    @Test
    void theClassDirectiveTakesContent() {
        assertThat(diagnostics(".. class:: special\n\n   A paragraph with a class.\n\n   Another.\n")).isEmpty();
    }

    @Test
    void rolesDeclaredByTheRoleDirectiveAreKnown() {
        assertThat(diagnostics(".. role:: custom\n\nUse :custom:`this`.\n\n.. role:: big(strong)\n\n:big:`x`\n")).isEmpty();
        assertThat(diagnostics("Use :undeclared:`this`.\n")).containsExactly("1:5 rst-unknown-role");
    }

    @Test
    void tableColumnsAreDisplayColumns() {
        // East Asian wide characters take two columns (docutils pads them) ...
        assertThat(diagnostics("=====  =====\nA      B\n=====  =====\n\u6f22\u5b57   two\n=====  =====\n")).isEmpty();
        assertThat(diagnostics("+------+-----+\n| \u6f22\u5b57 | b   |\n+------+-----+\n")).isEmpty();
        // ... and combining marks none, which here puts text in the margin, as docutils reports
        assertThat(diagnostics("=====  =====\nA      B\n=====  =====\nx\u0301x    y\n=====  =====\n"))
                .containsExactly("4:1 rst-malformed-table");
    }

    @Test
    void csvTableDataIsNotBlockMarkup() {
        // docutils reads CSV records, then each cell on its own: no indentation or list errors here
        assertThat(diagnostics(".. csv-table:: Prices\n   :header: \"Item\", \"Note\"\n   :widths: 30, 70\n\n"
                + "   \"- not a list\", \"spans\n   two lines\"\n     indented, *emphasis*\n   short\n")).isEmpty();
        // its own errors stay: widths for two columns on three
        assertThat(diagnostics(".. csv-table::\n   :widths: 50, 50\n\n   a, b, c\n")).containsExactly("1:1 rst-directive-error");
    }

    @Test
    void imageOptionsAreCheckedAsDocutilsChecksThem() {
        // valid lengths, a percentage scale, a vertical alignment in a substitution: fine; "top"
        // outside one and a percentage height are docutils errors (lines 10 and 13)
        assertThat(diagnostics(".. image:: a.png\n   :align: center\n   :width: 50%\n   :height: 2.5em\n"
                + "   :scale: 50 %\n\n.. |x| image:: b.png\n   :align: top\n\n.. image:: c.png\n   :align: top\n\n"
                + ".. image:: d.png\n   :height: 40%\n")).containsExactly("10:1 rst-directive-error", "13:1 rst-directive-error");
    }

    @Test
    void aDirectivesNameOptionIsATarget() {
        // docutils: a :name: option is an explicit target on the element the directive makes
        assertThat(diagnostics(".. container::\n   :name: my name\n\n   Links to `my name`_.\n")).isEmpty();
        assertThat(diagnostics(".. figure:: x.png\n   :name: fig\n\n   Caption.\n\nSee fig_.\n")).isEmpty();
    }

    @Test
    void aSubstitutionsDirectiveMayStartOnTheNextLine() {
        assertThat(diagnostics(".. |symbol|\n   image:: symbol.png\n\nSee |symbol|.\n")).isEmpty();
    }
}
