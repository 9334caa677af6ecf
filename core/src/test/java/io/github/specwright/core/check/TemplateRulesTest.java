package io.github.specwright.core.check;

import io.github.specwright.core.base.ConfigException;

import static io.github.specwright.core.check.Trees.comment;
import static io.github.specwright.core.check.Trees.directive;
import static io.github.specwright.core.check.Trees.doc;
import static io.github.specwright.core.check.Trees.para;
import static io.github.specwright.core.check.Trees.section;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.model.Document;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateRulesTest {

    /** Problem description; Proposed change (Alternatives, Data model impact); Testing; References. */
    private static final Outline TEMPLATE = Outline.of(doc(
            section(10, "Problem description", para(12)),
            section(14, "Proposed change", para(16),
                    section(18, "Alternatives", para(20)),
                    section(22, "Data model impact", para(24))),
            section(26, "Testing", para(28)),
            section(30, "References", para(32))));

    private static List<String> check(Policy kind, Document spec) throws ConfigException {
        return check(CheckConfig.defaults(), kind, PolicyRule.of("**", kind), spec);
    }

    private static List<String> check(CheckConfig config, Policy kind, PolicyRule rule, Document spec) {
        return new TemplateRules(config, kind, rule, TEMPLATE).check(spec, 100).stream()
                .map(p -> p.line() + ":" + p.column() + " [" + p.ruleId() + "] " + p.message())
                .toList();
    }

    private static Document complete() {
        return doc(
                section(5, "Problem description", para(7)),
                section(9, "Proposed change", para(11),
                        section(13, "Alternatives", para(15)),
                        section(17, "Data model impact", para(19))),
                section(21, "Testing", para(23)),
                section(25, "References", para(27)));
    }

    @Test
    void completeSpecPasses() throws ConfigException {
        assertThat(check(Policy.FULL, complete())).isEmpty();
    }

    @Test
    void orderDoesNotMatterByDefaultAndExtraSubsectionsAreAllowed() throws ConfigException {
        Document spec = doc(
                section(5, "References", para(6)),
                section(8, "Proposed change", para(9),
                        section(10, "Data model impact", para(11)),
                        section(12, "My own subsection", para(13)),
                        section(14, "Alternatives", para(15))),
                section(17, "Problem description", para(18)),
                section(20, "Testing", para(21)));
        assertThat(check(Policy.FULL, spec)).isEmpty();
    }

    @Test
    void missingSectionIsReportedWhereItWouldGo() throws ConfigException {
        Document spec = doc(
                section(5, "Problem description", para(7)),
                section(9, "Proposed change", para(11),
                        section(13, "Alternatives", para(15)),
                        section(17, "Data model impact", para(19))),
                section(25, "References", para(27)));
        assertThat(check(Policy.FULL, spec)).containsExactly("25:1 [missing-section] missing section 'Testing'");
    }

    @Test
    void missingLastSectionIsReportedAtTheEndOfTheFile() throws ConfigException {
        Document spec = doc(
                section(5, "Problem description", para(7)),
                section(9, "Proposed change", para(11),
                        section(13, "Alternatives", para(15)),
                        section(17, "Data model impact", para(19))),
                section(21, "Testing", para(23)));
        assertThat(check(Policy.FULL, spec)).containsExactly("100:1 [missing-section] missing section 'References'");
    }

    @Test
    void missingSubsectionsAreReportedOneByOneAtTheirSection() throws ConfigException {
        Document spec = doc(
                section(5, "Problem description", para(7)),
                section(9, "Proposed change", para(11)),
                section(21, "Testing", para(23)),
                section(25, "References", para(27)));
        assertThat(check(Policy.FULL, spec)).containsExactly(
                "9:1 [missing-subsection] section 'Proposed change' is missing subsection 'Alternatives'",
                "9:1 [missing-subsection] section 'Proposed change' is missing subsection 'Data model impact'");
    }

    @Test
    void extraTopLevelSectionIsReported() throws ConfigException {
        Document spec = complete();
        spec.addChild(section(40, "Challenges", para(42)));
        assertThat(check(Policy.FULL, spec)).containsExactly(
                "40:1 [extra-section] section 'Challenges' is not in the template");
    }

    @Test
    void extraSectionsCanBeAllowed() {
        Document spec = complete();
        spec.addChild(section(40, "Challenges", para(42)));
        PolicyRule rule = new PolicyRule("**", Policy.FULL, null, Set.of(), Set.of(), true);
        assertThat(check(CheckConfig.defaults(), Policy.FULL, rule, spec)).isEmpty();
    }

    @Test
    void headingDifferingInCaseOrSpacingGetsAHint() throws ConfigException {
        Document spec = doc(
                section(5, "Problem description", para(7)),
                section(9, "Proposed  Change", para(11)),
                section(21, "Testing", para(23)),
                section(25, "References", para(27)));
        assertThat(check(Policy.FULL, spec)).containsExactly(
                "21:1 [missing-section] missing section 'Proposed change' (line 9 has 'Proposed  Change',"
                        + " which differs only in case or spacing)",
                "9:1 [extra-section] section 'Proposed  Change' is not in the template; did you mean 'Proposed change'?");
    }

    @Test
    void subsectionDifferingInCaseGetsAHint() throws ConfigException {
        Document spec = complete();
        spec.removeChild(spec.children().get(1));
        spec.addChild(section(40, "Proposed change", para(41),
                section(43, "alternatives", para(44)),
                section(46, "Data model impact", para(47))));
        assertThat(check(Policy.FULL, spec)).containsExactly(
                "40:1 [missing-subsection] section 'Proposed change' is missing subsection 'Alternatives'"
                        + " (line 43 has 'alternatives', which differs only in case or spacing)");
    }

    @Test
    void optionalSectionsAndSubsectionsMayBeMissing() {
        Document spec = doc(
                section(5, "Problem description", para(7)),
                section(9, "Proposed change", para(11),
                        section(17, "Data model impact", para(19))),
                section(25, "References", para(27)),
                section(29, "Glossary", para(30)));
        PolicyRule rule = new PolicyRule("**", Policy.FULL, null, Set.of("Testing", "Glossary"),
                Set.of("Proposed change > Alternatives"), false);
        assertThat(check(CheckConfig.defaults(), Policy.FULL, rule, spec)).isEmpty();
        PolicyRule bare = new PolicyRule("**", Policy.FULL, null, Set.of("Testing", "Glossary"),
                Set.of("Alternatives"), false);
        assertThat(check(CheckConfig.defaults(), Policy.FULL, bare, spec)).isEmpty();
    }

    @Test
    void shortSpecNeedsOnlyTheShortSectionsAndMayHaveAnyTemplateSection() throws ConfigException {
        Document spec = doc(
                section(5, "Problem description", para(7)),
                section(9, "Proposed change", para(11)),
                section(13, "Testing", para(14)));
        assertThat(check(Policy.SHORT, spec)).isEmpty();
        Document incomplete = doc(section(5, "Problem description", para(7)), section(9, "Ideas", para(10)));
        assertThat(check(Policy.SHORT, incomplete)).containsExactly(
                "100:1 [missing-section] missing section 'Proposed change'",
                "9:1 [extra-section] section 'Ideas' is not in the template");
    }

    @Test
    void shortRequiredSectionsAreConfigurable() throws ConfigException {
        CheckConfig config = CheckConfig.builder().shortRequiredSections(List.of("Testing")).build();
        Document spec = doc(section(5, "Testing", para(6)));
        assertThat(check(config, Policy.SHORT, PolicyRule.of("**", Policy.SHORT), spec)).isEmpty();
    }

    @Test
    void emptyLeafSectionIsReportedCommentsAreNotContent() throws ConfigException {
        Document spec = doc(
                section(5, "Problem description"),
                section(9, "Proposed change", para(11),
                        section(13, "Alternatives", comment(14)),
                        section(17, "Data model impact", para(19))),
                section(21, "Testing", para(23)),
                section(25, "References", para(27)));
        assertThat(check(Policy.FULL, spec)).containsExactly(
                "5:1 [empty-section] section 'Problem description' is empty; write \"None\" when there is nothing to say",
                "13:1 [empty-section] section 'Alternatives' is empty; write \"None\" when there is nothing to say");
    }

    @Test
    void sectionWithOnlySubsectionsIsNotEmpty() throws ConfigException {
        Document spec = complete();
        spec.removeChild(spec.children().get(1));
        spec.addChild(section(40, "Proposed change",
                section(43, "Alternatives", para(44)),
                section(46, "Data model impact", para(47))));
        assertThat(check(Policy.FULL, spec)).isEmpty();
    }

    @Test
    void imagesAreFindingsUnlessAllowed() throws ConfigException {
        Document spec = complete();
        spec.children().get(0).addChild(directive(8, "image"));
        spec.children().get(2).addChild(directive(24, "figure"));
        spec.children().get(2).addChild(directive(25, "note"));
        assertThat(check(Policy.FULL, spec)).containsExactly(
                "8:1 [image] image directive: diagrams must be ASCII art in a literal block, not images",
                "24:1 [image] figure directive: diagrams must be ASCII art in a literal block, not images");
        CheckConfig allowing = CheckConfig.builder().allowImages(true).build();
        assertThat(check(allowing, Policy.FULL, PolicyRule.of("**", Policy.FULL), spec)).isEmpty();
    }

    @Test
    void orderIsCheckedWhenAskedFor() throws ConfigException {
        Document spec = doc(
                section(5, "Proposed change", para(6),
                        section(7, "Data model impact", para(8)),
                        section(9, "Alternatives", para(10))),
                section(12, "Problem description", para(13)),
                section(20, "Testing", para(21)),
                section(25, "References", para(27)));
        CheckConfig ordered = CheckConfig.builder().checkOrder(true).build();
        assertThat(check(ordered, Policy.FULL, PolicyRule.of("**", Policy.FULL), spec)).containsExactly(
                "12:1 [section-order] section 'Problem description' comes after 'Proposed change';"
                        + " the template puts it before",
                "9:1 [section-order] subsection 'Alternatives' comes after 'Data model impact';"
                        + " the template puts it before");
        assertThat(check(Policy.FULL, spec)).isEmpty();
    }

    @Test
    void repeatedTitleCountsItsLastOccurrenceAsIronicDoes() throws ConfigException {
        Document spec = complete();
        spec.addChild(section(40, "Proposed change", para(41)));
        assertThat(check(Policy.FULL, spec)).containsExactly(
                "40:1 [missing-subsection] section 'Proposed change' is missing subsection 'Alternatives'",
                "40:1 [missing-subsection] section 'Proposed change' is missing subsection 'Data model impact'");
    }

    @Test
    void emptyDocumentMissesEverySection() throws ConfigException {
        assertThat(new TemplateRules(CheckConfig.defaults(), Policy.FULL, null, TEMPLATE).check(doc(), 0))
                .extracting(Problem::ruleId, Problem::line)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(RuleIds.MISSING_SECTION, 1))
                .hasSize(4);
    }
}
