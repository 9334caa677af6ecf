package io.github.specwright.core.internal.check.priorities;

import io.github.specwright.core.base.PrioritiesOptions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.specwright.core.base.Finding;
import io.github.specwright.core.model.Diagnostic;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.ParsedDocument;
import io.github.specwright.core.model.SourceSpan;
import io.github.specwright.core.rst.RstParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrioritiesCheckTest {

    /** A priorities document in the list-table layout; {@code %s} holds the table rows. */
    private static final String DOCUMENT = """
            ==================
            Release Priorities
            ==================

            Priorities
            ==========

            .. list-table:: Priorities
               :header-rows: 1

               * - Priority
                 - Primary Contacts
               * - `Faster deploys`_
                 - alice, bob
               * - `Better docs`_
                 - carol

            Details
            =======

            Faster deploys
            --------------

            Make it quick.

            Better docs
            -----------

            Write them.
            """;

    private static List<String> check(String source) {
        return check(source, PrioritiesOptions.defaults());
    }

    private static List<String> check(String source, PrioritiesOptions options) {
        ParsedDocument parsed = RstParser.parse(source, "priorities.rst");
        return new PrioritiesCheck(options).check("priorities.rst", parsed).stream().map(Finding::format).toList();
    }

    @Test
    void wellFormedDocumentPasses() {
        assertThat(check(DOCUMENT)).isEmpty();
    }

    @Test
    void linkWithoutDetailsSubsectionIsReportedAtTheLink() {
        String broken = DOCUMENT.replace("`Better docs`_", "`Better tests`_");
        assertThat(check(broken)).containsExactly(
                "priorities.rst:15:8: error [priorities-link] the priority \"Better tests\" links to no subsection of"
                        + " the \"Details\" section; add a subsection titled \"Better tests\" there or fix the link text",
                "priorities.rst:26:1: error [priorities-unlisted] the priority \"Better docs\" is described here but no"
                        + " priorities table links to it; add a row with `Better docs`_ or remove the section");
    }

    @Test
    void tooManyContactsIsReportedAtTheCell() {
        String broken = DOCUMENT.replace("- alice, bob", "- alice, bob and dave");
        assertThat(check(broken)).containsExactly(
                "priorities.rst:14:8: error [priorities-contacts] this row names 3 primary contacts (alice, bob, dave);"
                        + " name at most 2 and list other contributors elsewhere");
    }

    @Test
    void contactSeparatorsIncludeAmpersandAndAnd() {
        String broken = DOCUMENT.replace("- carol", "- carol & dave and erin");
        assertThat(check(broken)).singleElement().asString().startsWith("priorities.rst:16:8: error [priorities-contacts]"
                + " this row names 3 primary contacts (carol, dave, erin)");
    }

    @Test
    void contactLimitAndDetailsTitleAreConfigurable() {
        String document = DOCUMENT.replace("- alice, bob", "- alice, bob, dave")
                .replace("Details\n=======", "Work Items\n==========");
        PrioritiesOptions options = PrioritiesOptions.defaults().withMaxContacts(3)
                .withDetailsTitles(List.of("Work Items"));
        assertThat(check(document, options)).isEmpty();
        assertThat(check(document, PrioritiesOptions.defaults().withDetailsTitles(List.of("Work Items"))))
                .singleElement().asString().contains("[priorities-contacts]");
    }

    @Test
    void withoutDetailsSectionEverySectionWithoutTableIsADescription() {
        String oldStyle = DOCUMENT.replace("Details\n=======\n\n", "").replace("--------------", "==============")
                .replace("-----------", "===========");
        assertThat(check(oldStyle)).isEmpty();
        assertThat(check(oldStyle + "\nUnlisted work\n=============\n\nNobody links here.\n")).containsExactly(
                "priorities.rst:28:1: error [priorities-unlisted] the priority \"Unlisted work\" is described here but"
                        + " no priorities table links to it; add a row with `Unlisted work`_ or remove the section");
    }

    @Test
    void championsColumnIsCheckedOnlyWhenConfigured() {
        String document = DOCUMENT.replace("Primary Contacts", "Champions").replace("- alice, bob", "- a, b, c");
        assertThat(check(document)).isEmpty();
        assertThat(check(document, PrioritiesOptions.defaults().withContactHeaders(List.of("champion"))))
                .singleElement().asString().startsWith("priorities.rst:14:8: error [priorities-contacts]");
    }

    @Test
    void malformedTableDiagnosticsBecomeFindings() {
        Document document = new Document(SourceSpan.lines(1, 3), "p.rst");
        ParsedDocument parsed = new ParsedDocument("x", document, List.of(
                new Diagnostic(12, 1, Diagnostic.Level.ERROR, "rst-malformed-table", "the table's right border is broken"),
                new Diagnostic(14, 1, Diagnostic.Level.WARNING, "rst-unclosed-inline", "not a table problem")));
        assertThat(new PrioritiesCheck(PrioritiesOptions.defaults()).check("p.rst", parsed).stream().map(Finding::format))
                .containsExactly("p.rst:12:1: error [priorities-table] a priorities table is malformed (the table's"
                        + " right border is broken); fix it first: the priorities it lists cannot be checked until it"
                        + " parses");
    }

    /** A broken copy of the Pike seed: grid tables, a "Details" section with subsections. */
    @Test
    void brokenGridTableDocument() throws java.io.IOException {
        java.nio.file.Path seed = java.nio.file.Path.of(System.getProperty("specwright.corpus", "missing"), "..", "seeds",
                "pike-priorities.rst");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(seed), "seed not present");
        String pike = java.nio.file.Files.readString(seed);
        assertThat(check(pike)).isEmpty();
        String broken = pike
                .replace("| `Rolling upgrades`_                   | rloo, jlvillal                      |",
                        "| `Rolling upgrades`_                   | rloo, jlvillal and dtantsur         |")
                .replace("| `Rescue mode`_                        |", "| `Rescue mood`_                        |");
        assertThat(check(broken)).containsExactly(
                "priorities.rst:25:43: error [priorities-contacts] this row names 3 primary contacts (rloo, jlvillal,"
                        + " dtantsur); name at most 2 and list other contributors elsewhere",
                "priorities.rst:48:3: error [priorities-link] the priority \"Rescue mood\" links to no subsection of"
                        + " the \"Details\" section; add a subsection titled \"Rescue mood\" there or fix the link text",
                "priorities.rst:131:1: error [priorities-unlisted] the priority \"Rescue mode\" is described here but"
                        + " no priorities table links to it; add a row with `Rescue mode`_ or remove the section");
        String malformed = pike.replaceFirst(
                "\\+---------------------------------------\\+-------------------------------------\\+\n\\| `Deploy steps`_",
                "+---------------------------------------+------------------------------------+\n| `Deploy steps`_");
        assertThat(check(malformed)).singleElement().asString().startsWith(
                "priorities.rst:64:1: error [priorities-table] a priorities table is malformed");
    }

    @Test
    void optionsRejectAZeroContactLimit() {
        assertThatThrownBy(() -> PrioritiesOptions.defaults().withMaxContacts(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxContacts");
    }
}
