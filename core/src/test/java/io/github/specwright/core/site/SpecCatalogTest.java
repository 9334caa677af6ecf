package io.github.specwright.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.specwright.core.check.CheckConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository as data: what each entry of specs.json says, and that the file follows its schema. */
class SpecCatalogTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path root;

    private void file(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2027-03-04T10:00:00Z")));
    }

    static List<Error> validate(String json) throws IOException {
        try (InputStream in = SpecCatalog.class.getResourceAsStream("specs.schema.json")) {
            assertThat(in).as("schema resource").isNotNull();
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(MAPPER.readTree(in));
            return schema.validate(MAPPER.readTree(json));
        }
    }

    @Test
    void eachDocumentWithItsMetadata() throws IOException {
        file("specs/approved/fast.rst", "====\nFast\n====\n\n:Status: approved\n:Authors: Ana, Bo\n\n"
                + "https://github.com/example/example/issues/12\n\nProblem description\n===================\n\nSlow.\n\n"
                + "Proposed change\n===============\n\nFast.\n");
        file("specs/2027.1/fast.rst", "../approved/fast.rst");
        file("specs/2026.2/fast.rst", "../approved/fast.rst");
        file("specs/backlog/idea.md", "---\nstatus: draft\nauthors:\n  - Cy\n---\n# An idea\n\n## Problem description\n");
        file("specs/nova/2028.1/implemented/x.rst", "X\n=\n");
        file("specs/redirects", "approved/old.rst ../approved/fast.rst\n");
        file("specs/template.rst", "Template\n========\n");
        file("specs/approved/deploy-templates.rst", "Deploy templates\n================\n");
        file("priorities/2027.1-priorities.rst", "Priorities\n==========\n");

        SpecCatalog catalog = SpecCatalog.read(root, CheckConfig.defaults(), false);
        assertThat(catalog.entries()).extracting(CatalogEntry::path).containsExactly(
                "priorities/2027.1-priorities.rst", "specs/approved/deploy-templates.rst", "specs/approved/fast.rst",
                "specs/backlog/idea.md", "specs/nova/2028.1/implemented/x.rst", "specs/template.rst");
        CatalogEntry fast = catalog.entries().get(2);
        assertThat(fast).isEqualTo(new CatalogEntry("specs/approved/fast.rst", "spec", "Fast", "approved", "2027.1",
                "approved", List.of("Ana", "Bo"), "https://github.com/example/example/issues/12",
                List.of("Problem description", "Proposed change"), List.of("specs/2026.2/fast.rst", "specs/2027.1/fast.rst"),
                List.of("specs/approved/old.rst"), "2027-03-04"));
        assertThat(catalog.entries().get(3)).isEqualTo(new CatalogEntry("specs/backlog/idea.md", "spec", "An idea",
                "backlog", null, "draft", List.of("Cy"), null, List.of("Problem description"), List.of(), List.of(),
                "2027-03-04"));
        assertThat(catalog.entries().get(4).release()).isEqualTo("nova");
        assertThat(catalog.entries().get(4).role()).isEqualTo("implemented");
        assertThat(catalog.entries().get(0)).extracting(CatalogEntry::kind, CatalogEntry::release)
                .containsExactly("priorities", "2027.1");
        assertThat(catalog.entries().get(1).kind()).isEqualTo("spec");
        assertThat(catalog.entries().get(5).kind()).isEqualTo("template");

        String json = catalog.toJson();
        assertThat(validate(json)).isEmpty();
        JsonNode parsed = MAPPER.readTree(json);
        assertThat(parsed.get("version").asInt()).isEqualTo(1);
        assertThat(parsed.get("documents").get(2).get("authors").toString()).isEqualTo("[\"Ana\",\"Bo\"]");
    }

    @Test
    void theSchemaRefusesWhatItDoesNotDescribe() throws IOException {
        assertThat(validate("{\"version\": 1, \"documents\": [{\"path\": \"x\"}]}")).isNotEmpty();
        assertThat(validate("{\"version\": 2, \"documents\": []}")).isNotEmpty();
        assertThat(validate("{\"version\": 1, \"documents\": []}")).isEmpty();
    }

    @Test
    void theIronicCorpus() throws IOException {
        Path corpus = Path.of(System.getProperty("specwright.corpus", "../shared/corpus")).resolve("ironic-specs");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "corpus not found at " + corpus.toAbsolutePath());
        SpecCatalog catalog = SpecCatalog.read(corpus, CheckConfig.defaults(), false);
        assertThat(catalog.entries()).hasSize(284);
        assertThat(validate(catalog.toJson())).isEmpty();
        try (var files = Files.list(corpus.resolve("specs/approved"))) {
            List<String> approved = files.filter(Files::isRegularFile)
                    .map(file -> "specs/approved/" + file.getFileName()).sorted().toList();
            assertThat(catalog.entries().stream().filter(entry -> "approved".equals(entry.role()))
                    .map(CatalogEntry::path).toList()).isEqualTo(approved);
        }
    }
}
