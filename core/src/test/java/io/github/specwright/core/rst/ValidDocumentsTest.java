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
}
