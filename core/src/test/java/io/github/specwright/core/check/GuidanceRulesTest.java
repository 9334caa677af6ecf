package io.github.specwright.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.model.Document;
import io.github.specwright.core.rst.RstParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Guidance left unfilled: the template's own paragraphs, and placeholders as a section's only content. */
class GuidanceRulesTest {

    private static final String TEMPLATE = """
            ========
            Template
            ========

            Problem description
            ===================

            A detailed description of the problem, in a few paragraphs.

            * Who is affected, and how often it happens.

            None

            Testing
            =======

            How will this be tested?
            """;

    private static Document parse(String text) {
        return RstParser.parse(text, "x.rst").document();
    }

    private static List<String> format(List<Problem> problems) {
        return problems.stream().map(p -> p.line() + ":" + p.column() + " [" + p.ruleId() + "] " + p.message()).toList();
    }

    @Test
    void theTemplatesParagraphsAndListItemsWordForWord() {
        String spec = """
                ====
                Spec
                ====

                Problem description
                ===================

                A detailed  description of the problem,
                in a few paragraphs.

                * Who is affected, and how often it happens.
                * Who else?

                None

                Testing
                =======

                Unit tests.
                """;
        assertThat(format(GuidanceRules.templateText(parse(spec), GuidanceRules.guidanceOf(parse(TEMPLATE)))))
                .containsExactly(
                        "8:1 [template-text] this paragraph is the template's guidance, word for word: replace it with"
                                + " what this spec proposes, or write \"None\"",
                        "11:1 [template-text] this list item is the template's guidance, word for word: replace it"
                                + " with what this spec proposes, or write \"None\"");
        // Short paragraphs ("None", "How will this be tested?" has five words) are not all guidance.
        assertThat(GuidanceRules.guidanceOf(parse(TEMPLATE))).doesNotContain("None");
    }

    @Test
    void guidanceIsWrittenInSentences() {
        assertThat(GuidanceRules.isGuidance("Is a corresponding change in the client library necessary?")).isTrue();
        assertThat(GuidanceRules.isGuidance("Describe the change (in a few words).")).isTrue();
        assertThat(GuidanceRules.isGuidance("Who is affected, and how often (\"always\")")).isFalse();
        assertThat(GuidanceRules.isGuidance("<IRC handle, email address, None>")).isFalse();
        assertThat(GuidanceRules.isGuidance("A detailed description of the problem:")).isFalse();
        assertThat(GuidanceRules.isGuidance("Expected error http response code(s)")).isFalse();
        assertThat(GuidanceRules.isGuidance("How is it tested?")).as("four words").isFalse();
    }

    @Test
    void placeholdersAsASectionsOnlyContent() {
        String spec = "====\nSpec\n====\n\nA\n=\n\nTBD.\n\nB\n=\n\ntodo\n\nSub\n---\n\nXXX\n\nC\n=\n\nTBD, later.\n";
        assertThat(format(GuidanceRules.placeholders(parse(spec), List.of("TBD", "TODO", "XXX")))).containsExactly(
                "8:1 [placeholder] section 'A' holds only the placeholder 'TBD.': write its content, or \"None\" when"
                        + " there is nothing to say",
                "13:1 [placeholder] section 'B' holds only the placeholder 'todo': write its content, or \"None\" when"
                        + " there is nothing to say",
                "18:1 [placeholder] section 'Sub' holds only the placeholder 'XXX': write its content, or \"None\" when"
                        + " there is nothing to say");
    }

    @Test
    void theIronicCorpusStillHoldsThisGuidance() throws Exception {
        Path ironic = Corpus.dir("ironic-specs");
        CheckConfig config = CheckConfig.load(Path.of("src/test/resources/ironic.conf")).toBuilder()
                .checkTemplateText(true).build();
        List<String> found = new SpecChecker(config).check(ironic)
                .findings().stream().filter(f -> f.ruleId().equals(RuleIds.TEMPLATE_TEXT)).map(f -> f.path() + ":" + f.line())
                .toList();
        // Each checked by hand: the template's guidance ("A detailed description of the problem:", "<IRC handle,
        // email address, None>", "Does the API microversion need to increment?", ...) left in place.
        // Each checked by hand: whole sentences of the template's guidance left in place ("Discuss any policy
        // changes, ...", "Is a corresponding change in the client library and CLI necessary?"). Not counted: the
        // fill-in line "<IRC handle, email address, None>" (async-metrics, service-steps, smartnics-to-dpus),
        // the lead-in "A detailed description of the problem:" (ramdisk_deploy_virtual_media_boot_iso) and the
        // fragment "Expected error http response code(s)" (backlog/driver-capabilities): three specs.
        assertThat(found).containsExactly("specs/approved/ironic-ml2-integration.rst:861",
                "specs/approved/ironic-ml2-integration.rst:1053", "specs/approved/ironic-ml2-integration.rst:1063",
                "specs/approved/ironic-ml2-integration.rst:1067", "specs/approved/nic-firmware-updates.rst:26",
                "specs/approved/nic-firmware-updates.rst:162", "specs/approved/shard-key.rst:289");
        CheckResult template = new SpecChecker(config).check(ironic, List.of(ironic.resolve("specs/template.rst")));
        assertThat(template.findings()).noneMatch(f -> f.ruleId().equals(RuleIds.TEMPLATE_TEXT));
    }
}
