package io.github.specwright.core.internal.rst.inline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.model.Diagnostic;
import io.github.specwright.core.model.Diagnostic.Level;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Emphasis;
import io.github.specwright.core.model.Footnote;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Paragraph;
import io.github.specwright.core.model.Reference;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.model.SourceSpan;
import io.github.specwright.core.model.SubstitutionDefinition;
import io.github.specwright.core.model.Target;
import io.github.specwright.core.model.Title;
import io.github.specwright.core.rst.RstParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The inline stage on whole documents: every diagnostic at the line docutils 0.19 reports
 * (each expectation below was checked against docutils by hand), and reference resolution on
 * hand-built trees.
 */
class InlinePassTest {

    private static final Set<String> INLINE_RULES = Set.of("rst-unclosed-inline", "rst-unknown-target",
            "rst-ambiguous-target", "rst-duplicate-target", "rst-anonymous-mismatch", "rst-undefined-substitution",
            "rst-unknown-role", "rst-role-conflict");

    private static List<String> diagnostics(String source) {
        List<String> found = new ArrayList<>();
        for (Diagnostic d : RstParser.parse(source, "t.rst").diagnostics()) {
            if (INLINE_RULES.contains(d.ruleId())) {
                found.add(d.line() + ":" + d.column() + " " + d.level() + " " + d.ruleId());
            }
        }
        return found;
    }

    @Test
    void everyDiagnosticAtDocutilsLine() {
        String source = """
                Title
                =====

                Intro with ref_ and `Other Section`_ and |undefined| and [9]_ here.

                .. _ref: http://example.org

                Other Section
                -------------

                Twice_ is ambiguous, anon__ has no target.

                .. _twice: http://a
                .. _twice: http://b

                term *open
                  definition :bogus:`x`

                | line one
                | line two `unclosed
                  continues
                """;
        assertThat(diagnostics(source)).containsExactly(
                "4:42 ERROR rst-undefined-substitution",
                "4:58 ERROR rst-unknown-target",
                "11:1 ERROR rst-ambiguous-target",
                "11:22 ERROR rst-anonymous-mismatch",
                "14:1 WARNING rst-duplicate-target",
                "17:1 WARNING rst-unclosed-inline",
                "17:14 ERROR rst-unknown-role",
                "20:12 WARNING rst-unclosed-inline");
    }

    @Test
    void problemsInLongParagraphsAreReportedAtTheFirstLineWithTheRealPlaceInTheMessage() {
        List<Diagnostic> found = RstParser.parse("first line\nsecond *open\nthird\n", "t.rst").diagnostics();
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.column()).isEqualTo(1);
            assertThat(d.message()).endsWith("(the markup is at line 2, column 8)");
        });
    }

    @Test
    void aNameWithASuperscriptIsAReferenceToItsTarget() {
        // docutils 0.19: <string>:1: (ERROR/3) Unknown target name: "x²".
        assertThat(diagnostics("See x²_ here.\n")).containsExactly("1:5 ERROR rst-unknown-target");
        assertThat(diagnostics("See x²_ here.\n\n.. _x²: http://example.org\n")).isEmpty();
    }

    @Test
    void sectionTitlesAreImplicitTargetsAndTitleProblemsUseTheUnderline() {
        assertThat(diagnostics("Goal\n====\n\nSee Goal_ and `goal`_.\n")).isEmpty();
        assertThat(diagnostics("Goal missing_\n=============\n\ntext\n"))
                .containsExactly("2:1 ERROR rst-unknown-target");
        assertThat(diagnostics("Goal *open\n==========\n\ntext\n"))
                .containsExactly("1:6 WARNING rst-unclosed-inline");
    }

    @Test
    void duplicateSectionTitlesAreNotFindingsButMakeReferencesAmbiguous() {
        assertThat(diagnostics("A\n=\n\nx\n\nA\n=\n\ny\n")).isEmpty();
        assertThat(diagnostics("A\n=\n\nx\n\nA\n=\n\nsee A_\n")).containsExactly("9:5 ERROR rst-ambiguous-target");
    }

    @Test
    void directiveNamesFootnotesAndCitationsShareTheTargetNames() {
        // docutils 0.19: a directive's duplicate :name: is reported at the line its parser reached after the
        // directive's block (the blank line after it; its last line at the end of the document)
        assertThat(diagnostics(".. _title:\n\nFirst.\n\n.. rubric:: again\n   :name: title\n\nText.\n"))
                .containsExactly("7:1 WARNING rst-duplicate-target");
        assertThat(diagnostics("Para.\n\n.. _abc:\n\nText.\n\n.. figure:: x.png\n   :name: abc\n\n   Caption.\n"))
                .containsExactly("10:1 WARNING rst-duplicate-target");
        // a labelled footnote and a citation are explicit targets too, at their own line
        assertThat(diagnostics(".. [#note] A footnote.\n\n.. _note:\n\nText [#note]_.\n"))
                .containsExactly("3:1 WARNING rst-duplicate-target", "5:6 ERROR rst-ambiguous-target");
        assertThat(diagnostics(".. [CIT] A citation.\n\n.. _cit: http://x\n"))
                .containsExactly("3:1 WARNING rst-duplicate-target");
    }

    @Test
    void explicitTargetTakesOverASectionTitle() {
        assertThat(diagnostics("Goal\n====\n\n.. _goal: http://x\n\nsee goal_\n")).isEmpty();
    }

    @Test
    void sameUriTwiceIsNoDuplicate() {
        assertThat(diagnostics(".. _a: http://x\n.. _A: http://x\n\nsee a_\n")).isEmpty();
        assertThat(diagnostics(".. _a: http://x\n.. _A: http://x\n.. _a: http://y\n"))
                .containsExactly("3:1 WARNING rst-duplicate-target");
    }

    @Test
    void footnotesAndCitations() {
        assertThat(diagnostics("a [1]_ [#]_ [#n]_ [*]_ [C1]_\n\n.. [1] one\n.. [#] auto\n.. [#n] named\n"
                + ".. [*] symbol\n.. [C1] citation\n")).isEmpty();
        assertThat(diagnostics("a [#]_ and [#]_\n\n.. [#] only one\n")).containsExactly("1:12 ERROR rst-unknown-target");
        assertThat(diagnostics("a [*]_\n")).containsExactly("1:3 ERROR rst-unknown-target");
        assertThat(diagnostics("a [CIT]_\n")).containsExactly("1:3 ERROR rst-unknown-target");
        // an unlabelled auto-numbered footnote takes number 1, so [1]_ finds it
        assertThat(diagnostics("a [1]_\n\n.. [#] auto\n")).isEmpty();
    }

    @Test
    void anonymousReferencesMatchAnonymousTargets() {
        assertThat(diagnostics("a__ and `b c`__\n\n.. __: http://a\n.. __: http://b\n")).isEmpty();
        assertThat(diagnostics("text\n\n.. __: http://a\n")).containsExactly("3:1 ERROR rst-anonymous-mismatch");
    }

    @Test
    void substitutionsAreCaseInsensitiveAfterAnExactMiss() {
        assertThat(diagnostics("a |Name| b\n\n.. |name| replace:: x\n")).isEmpty();
        assertThat(diagnostics("a |other| b\n\n.. |name| replace:: x\n"))
                .containsExactly("1:3 ERROR rst-undefined-substitution");
    }

    @Test
    void substitutionDefinitionWithBrokenMarkupDefinesNothing() {
        assertThat(diagnostics("Text |a|.\n\n.. |a| replace:: some *open text\n")).containsExactly(
                "1:6 ERROR rst-undefined-substitution", "3:23 WARNING rst-unclosed-inline");
    }

    @Test
    void inlineAndEmbeddedTargetsAreExplicit() {
        assertThat(diagnostics("_`Here` and `Site <http://x>`_, then here_ and site_.\n")).isEmpty();
        assertThat(diagnostics("`q <http://a>`_ `q <http://b>`_\n")).containsExactly("2:1 WARNING rst-duplicate-target");
    }

    @Test
    void embeddedAliasToAnUnknownNameIsReportedOnce() {
        assertThat(diagnostics("`x <nowhere_>`_ and x_\n")).containsExactly("1:1 ERROR rst-unknown-target");
    }

    @Test
    void indirectTargetToUnknownName() {
        assertThat(diagnostics(".. _a: b_\n\nsee a_\n")).containsExactly("1:1 ERROR rst-unknown-target");
    }

    @Test
    void lineBlockReferenceProblemsUseTheLastLineOfTheLine() {
        assertThat(diagnostics("| a\n| b unk_\n  c\n")).containsExactly("3:1 ERROR rst-unknown-target");
    }

    @Test
    void definitionTermsUseTheLineBeforeTheEndOfTheDefinitionBlock() {
        assertThat(diagnostics("para\n\nterm *a\n  def line1\n  def line2\n  line3\n\nnext\n  x\n"))
                .containsExactly("6:1 WARNING rst-unclosed-inline");
        assertThat(diagnostics("term *a\n  def\nterm2 *b\n  def2\n"))
                .containsExactly("1:6 WARNING rst-unclosed-inline", "3:7 WARNING rst-unclosed-inline");
    }

    @Test
    void resolverWorksOnHandBuiltTrees() {
        Document document = new Document(SourceSpan.lines(1, 20), "hand.rst");
        Section section = new Section(SourceSpan.lines(1, 10), 1);
        Title title = new Title(SourceSpan.of(1, 1, 1, 6), "Intro", '=', false);
        section.addChild(title);
        Paragraph paragraph = new Paragraph(SourceSpan.of(3, 1, 3, 30), "see intro_ and missing_ and [7]_");
        section.addChild(paragraph);
        section.addChild(new Target(SourceSpan.of(5, 1, 5, 20), "dup", "http://a", null, false));
        section.addChild(new Target(SourceSpan.of(6, 1, 6, 20), "DUP", "http://b", null, false));
        section.addChild(new Footnote(SourceSpan.of(8, 1, 8, 10), "3"));
        section.addChild(new SubstitutionDefinition(SourceSpan.of(9, 1, 9, 10), "unused"));
        document.addChild(section);
        List<Diagnostic> diagnostics = new ArrayList<>();
        InlinePass.run(document, diagnostics);
        assertThat(diagnostics).extracting(d -> d.line() + ":" + d.column() + " " + d.ruleId()).containsExactly(
                "6:1 rst-duplicate-target", "3:16 rst-unknown-target", "3:29 rst-unknown-target");
        assertThat(diagnostics.get(1).message()).contains("\"missing\"");
        assertThat(diagnostics.get(2).message()).contains("[7]_").contains("footnote");
        assertThat(paragraph.children()).filteredOn(Reference.class::isInstance).hasSize(2);
        assertThat(title.children()).singleElement().isNotNull();
    }

    @Test
    void inlineChildrenCarrySpans() {
        Document document = RstParser.parse("Para with *stress* here.\n", "t.rst").document();
        Node paragraph = document.children().get(0);
        Node emphasis = paragraph.children().get(1);
        assertThat(emphasis).isInstanceOf(Emphasis.class);
        assertThat(emphasis.span()).isEqualTo(SourceSpan.of(1, 11, 1, 19));
    }

    @Test
    void pathologicalParagraphsThroughTheWholeParser() {
        for (String unit : List.of("*", "`", "*a ", "x_ ")) {
            String source = unit.repeat(1_000_000 / unit.length()) + "\n";
            long start = System.nanoTime();
            List<Diagnostic> found = RstParser.parse(source, "big.rst").diagnostics();
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(found.size()).as("diagnostics for '%s'", unit).isLessThanOrEqualTo(source.length());
            assertThat(millis).as("parsing 1 MB of '%s'", unit).isLessThan(60_000);
        }
    }

    @Test
    void levelsFollowDocutils() {
        List<Diagnostic> found = RstParser.parse("*a and x_\n", "t.rst").diagnostics();
        assertThat(found).extracting(Diagnostic::level).containsExactly(Level.WARNING, Level.ERROR);
    }
}
