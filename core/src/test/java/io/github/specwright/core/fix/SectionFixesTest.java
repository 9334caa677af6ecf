package io.github.specwright.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.ParsedDocument;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.model.SourceSpan;
import io.github.specwright.core.model.Title;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Trees built by hand, so that these tests do not depend on the parser. */
class SectionFixesTest {

    private final List<Change> changes = new ArrayList<>();
    private final List<Insertion> insertions = new ArrayList<>();

    private static final RequiredSections TEMPLATE = new RequiredSections(List.of(
            new SectionOutline("Problem description", List.of()),
            new SectionOutline("Proposed change", List.of("Alternatives", "Data model impact")),
            new SectionOutline("Testing", List.of())),
            new AdornmentStyle('=', false), new AdornmentStyle('-', false));

    private static Section section(int level, int line, String title, char adornment) {
        Section section = new Section(SourceSpan.lines(line, line + 1), level);
        section.addChild(new Title(SourceSpan.of(line, 1, line, title.length() + 1), title, adornment, false));
        return section;
    }

    /** A spec with a document title, "Problem description" and "Proposed change" > "Alternatives". */
    private static ParsedDocument spec() {
        Document document = new Document(SourceSpan.UNKNOWN, "s.rst");
        document.addChild(new Title(SourceSpan.of(2, 1, 2, 5), "Spec", '=', true));
        document.addChild(section(5, 5, "Problem description", '='));
        Section proposed = section(1, 10, "Proposed change", '=');
        proposed.addChild(section(2, 15, "Alternatives", '-'));
        document.addChild(proposed);
        return new ParsedDocument("", document, List.of());
    }

    private static final List<String> SPEC_LINES = List.of(
            "====", "Spec", "====", "",
            "Problem description", "===================", "", "It is broken.", "",
            "Proposed change", "===============", "", "Fix it.", "",
            "Alternatives", "------------", "", "None.", "", "");

    @Test
    void appendsMissingSubsectionsAndSectionsInTemplateOrder() {
        List<String> fixed = SectionFixes.apply(spec(), new ArrayList<>(SPEC_LINES), TEMPLATE, changes, insertions);
        assertThat(String.join("\n", fixed) + "\n").isEqualTo("""
                ====
                Spec
                ====

                Problem description
                ===================

                It is broken.

                Proposed change
                ===============

                Fix it.

                Alternatives
                ------------

                None.

                Data model impact
                -----------------

                None

                Testing
                =======

                None


                """);
        assertThat(changes).extracting(Change::format).containsExactly(
                "line 18: added the missing subsection \"Data model impact\" with the body \"None\"",
                "line 18: added the missing section \"Testing\" with the body \"None\"");
        assertThat(insertions).extracting(Insertion::firstLine).containsExactly(19, 24);
        assertThat(insertions.get(1).text()).isEqualTo("\nTesting\n=======\n\nNone\n");
    }

    @Test
    void insertsASubsectionBeforeTheNextSection() {
        Document document = new Document(SourceSpan.UNKNOWN, "s.rst");
        document.addChild(section(1, 1, "Proposed change", '='));
        document.addChild(section(1, 6, "Testing", '='));
        List<String> lines = new ArrayList<>(List.of(
                "Proposed change", "===============", "", "Text.", "", "Testing", "=======", "", "None"));
        RequiredSections required = new RequiredSections(List.of(
                new SectionOutline("Proposed change", List.of("Alternatives")),
                new SectionOutline("Testing", List.of())), null, new AdornmentStyle('=', false));
        List<String> fixed = SectionFixes.apply(new ParsedDocument("", document, List.of()), lines, required,
                changes, insertions);
        // The template's subsection style '=' is taken by the sections: another one is chosen.
        assertThat(fixed).containsExactly("Proposed change", "===============", "", "Text.",
                "", "Alternatives", "------------", "", "None",
                "", "Testing", "=======", "", "None");
    }

    @Test
    void backlogRequiresOnlyTheNamedSectionsWithoutSubsections() {
        RequiredSections backlog = TEMPLATE.only(Set.of("Problem description", "Proposed change"));
        List<String> fixed = SectionFixes.apply(spec(), new ArrayList<>(SPEC_LINES), backlog, changes, insertions);
        assertThat(fixed).isEqualTo(SPEC_LINES);
        assertThat(changes).isEmpty();
    }

    @Test
    void nothingRequiredNothingAdded() {
        List<String> fixed = SectionFixes.apply(spec(), new ArrayList<>(SPEC_LINES), RequiredSections.none(),
                changes, insertions);
        assertThat(fixed).isEqualTo(SPEC_LINES);
    }
}
