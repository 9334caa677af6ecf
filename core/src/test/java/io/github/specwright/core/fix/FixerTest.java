package io.github.specwright.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.model.Title;
import io.github.specwright.core.rst.RstParser;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class FixerTest {

    private final Fixer fixer = new Fixer(FixOptions.defaults());

    @Test
    void lineFixesThroughTheFacade() {
        FileFix fix = fixer.fix("Text \r\n\tmore", "a.rst", RequiredSections.none());
        assertThat(fix.fixed()).isEqualTo("Text\n        more\n");
        assertThat(fix.changed()).isTrue();
        assertThat(fix.insertions()).isEmpty();
        assertThat(fix.changes()).extracting(Change::format).containsExactly(
                "line 1: removed trailing whitespace",
                "line 1: replaced CR LF line end with LF",
                "line 2: replaced tabs in the indentation with spaces",
                "line 2: added the missing final newline");
    }

    @Test
    void aCleanTextIsReturnedAsItIs() {
        FileFix fix = fixer.fix("Clean\n", "a.rst", RequiredSections.none());
        assertThat(fix.changed()).isFalse();
        assertThat(fix.changes()).isEmpty();
    }

    @Test
    void rejectsAnUnusableLineLength() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FixOptions(true, 5))
                .hasMessage("line length 5 is too small (at least 20)");
    }

    /** End to end through the real parser; runs once the block parser produces titles. */
    @Test
    void lengthensShortUnderlinesFoundByTheParser() {
        assumeParserReadsTitles();
        // An underline under four characters is not a title at all for docutils: it stays.
        FileFix fix = fixer.fix("Title here\n=====\n\nA section here\n-----\n\nText.\n\nNot a title\n---\n",
                "a.rst", RequiredSections.none());
        assertThat(fix.fixed()).isEqualTo("Title here\n==========\n\nA section here\n--------------\n\nText.\n"
                + "\nNot a title\n---\n");
    }

    @Test
    void appendsTemplateSectionsFoundByTheParser() {
        assumeParserReadsTitles();
        String template = "=====\nTitle\n=====\n\nProblem\n=======\n\nText.\n\nChange\n======\n\nText.\n\nAlternatives\n------------\n\nText.\n";
        RequiredSections required = RequiredSections.fromTemplate(RstParser.parse(template, "template.rst"));
        assertThat(required.sections()).extracting(SectionOutline::title).containsExactly("Problem", "Change");
        // Two sections, or docutils would promote the lone one to a subtitle.
        String spec = "======\nMy doc\n======\n\nProblem\n=======\n\nBroken.\n\nExtra\n=====\n\nMore.\n";
        FileFix fix = fixer.fix(spec, "a.rst", required);
        assertThat(fix.fixed()).isEqualTo(spec + "\n"
                + "Change\n======\n\nNone\n\nAlternatives\n------------\n\nNone\n");
        assertThat(fixer.fix(fix.fixed(), "a.rst", required).changed()).isFalse();
    }

    private static void assumeParserReadsTitles() {
        List<Title> titles = AdornmentFixes.titles(RstParser.parse("Title\n=====\n\nText.\n", "t.rst").document());
        Assumptions.assumeFalse(titles.isEmpty(), "the block parser does not produce titles yet");
    }
}
