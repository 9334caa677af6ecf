package io.github.specwright.core.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.ParsedDocument;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.rst.RstParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A Markdown template has the outline template conformance compares (top-level section titles
 * and their direct subsection titles) that the same template in reStructuredText has.
 */
class TemplateOutlineTest {

    /** The ironic template's outline: the contract, written out so the test stands on its own. */
    private static final Map<String, List<String>> SEED_OUTLINE = seedOutline();

    private static Map<String, List<String>> seedOutline() {
        Map<String, List<String>> outline = new LinkedHashMap<>();
        outline.put("Problem description", List.of());
        outline.put("Proposed change", List.of("Alternatives", "Data model impact", "State Machine Impact",
                "REST API impact", "Client (CLI) impact", "RPC API impact", "Driver API impact", "Nova driver impact",
                "Ramdisk impact", "Security impact", "Other end user impact", "Scalability impact",
                "Performance Impact", "Other deployer impact", "Developer impact"));
        outline.put("Implementation", List.of("Assignee(s)", "Work Items"));
        outline.put("Dependencies", List.of());
        outline.put("Testing", List.of());
        outline.put("Upgrades and Backwards Compatibility", List.of());
        outline.put("Documentation Impact", List.of());
        outline.put("References", List.of());
        return outline;
    }

    static Map<String, List<String>> outline(Document document) {
        Map<String, List<String>> outline = new LinkedHashMap<>();
        for (Section section : document.childrenOf(Section.class)) {
            outline.put(section.title().rawText(),
                    section.childrenOf(Section.class).stream().map(s -> s.title().rawText()).toList());
        }
        return outline;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TemplateOutlineTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theMarkdownTemplateHasTheSeedTemplatesOutlineAndTitle() throws IOException {
        ParsedDocument parsed = MarkdownParser.parse(resource("/markdown/template.md"), "template.md");
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.document().title().rawText()).isEqualTo("Title of the Spec");
        assertThat(outline(parsed.document())).containsExactlyEntriesOf(SEED_OUTLINE);
        Section client = parsed.document().childrenOf(Section.class).get(1).childrenOf(Section.class).get(4);
        assertThat(client.childrenOf(Section.class)).extracting(s -> s.title().rawText(), Section::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("\"openstack baremetal\" CLI", 3),
                        org.assertj.core.groups.Tuple.tuple("\"openstacksdk\"", 3));
    }

    @Test
    void theMarkdownOutlineEqualsTheRstOutlineOfTheSeedTemplate() throws IOException {
        Path seed = Path.of(System.getProperty("specwright.corpus", "../shared/corpus"))
                .resolveSibling("seeds").resolve("spec-template.rst");
        Assumptions.assumeTrue(Files.isRegularFile(seed), "the shared seeds are not beside the checkout");
        Document rst = RstParser.parse(Files.readString(seed), "spec-template.rst").document();
        Document markdown = MarkdownParser.parse(resource("/markdown/template.md"), "template.md").document();
        assertThat(outline(rst)).containsExactlyEntriesOf(SEED_OUTLINE);
        assertThat(outline(markdown)).isEqualTo(outline(rst));
        assertThat(markdown.title().rawText()).isEqualTo(rst.title().rawText());
    }
}
