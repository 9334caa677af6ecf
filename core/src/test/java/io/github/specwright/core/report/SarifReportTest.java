package io.github.specwright.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.specwright.core.check.CheckResult;
import io.github.specwright.core.base.Finding;
import io.github.specwright.core.base.Severity;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class SarifReportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final CheckResult RESULT = new CheckResult(List.of(
            new Finding("specs/approved/a b.rst", 12, 80, Severity.ERROR, "line-length",
                    "line 12 is 84 characters long; wrap at 79"),
            new Finding("specs/approved/a b.rst", 3, 1, Severity.WARNING, "missing-section",
                    "section \"Testing\" of the template is missing; write it with \"None\" under it"),
            new Finding("specs/backlog/c.rst", 1, 1, Severity.ERROR, "final-newline",
                    "quote \" backslash \\ tab \t newline \n control \u0001")), 2);

    @Test
    void validatesAgainstTheSarif210Schema() throws Exception {
        Schema schema;
        try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            assertThat(in).as("schema resource").isNotNull();
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(MAPPER.readTree(in));
        }
        List<Error> errors = schema.validate(MAPPER.readTree(SarifReport.render(RESULT, "1.2.3")));
        assertThat(errors).isEmpty();

        // The validator does reject a broken log: the test can fail.
        List<Error> broken = schema.validate(MAPPER.readTree(
                "{\"version\": \"2.1.0\", \"runs\": [{\"results\": [{\"level\": \"fatal\"}]}]}"));
        assertThat(broken).isNotEmpty();
    }

    @Test
    void carriesRuleIdsMessagesAndRegions() throws Exception {
        JsonNode log = MAPPER.readTree(SarifReport.render(RESULT, "1.2.3"));
        assertThat(log.get("version").asString()).isEqualTo("2.1.0");
        JsonNode run = log.get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertThat(driver.get("name").asString()).isEqualTo("Specwright");
        assertThat(driver.get("version").asString()).isEqualTo("1.2.3");
        assertThat(driver.get("informationUri").asString()).startsWith("https://");
        assertThat(driver.get("rules")).hasSize(3);
        assertThat(driver.get("rules").get(0).get("id").asString()).isEqualTo("final-newline");
        assertThat(driver.get("rules").get(1).get("id").asString()).isEqualTo("line-length");
        assertThat(driver.get("rules").get(1).get("shortDescription").get("text").asString())
                .contains("79 columns");

        JsonNode first = run.get("results").get(0);
        assertThat(first.get("ruleId").asString()).isEqualTo("line-length");
        assertThat(first.get("ruleIndex").asInt()).isEqualTo(1);
        assertThat(first.get("level").asString()).isEqualTo("error");
        assertThat(first.get("message").get("text").asString()).isEqualTo("line 12 is 84 characters long; wrap at 79");
        JsonNode physical = first.get("locations").get(0).get("physicalLocation");
        assertThat(physical.get("artifactLocation").get("uri").asString()).isEqualTo("specs/approved/a%20b.rst");
        assertThat(physical.get("artifactLocation").get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
        assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(12);
        assertThat(physical.get("region").get("startColumn").asInt()).isEqualTo(80);

        assertThat(run.get("results").get(1).get("level").asString()).isEqualTo("warning");
        // Escaping round-trips through a real JSON parser.
        assertThat(run.get("results").get(2).get("message").get("text").asString())
                .isEqualTo("quote \" backslash \\ tab \t newline \n control \u0001");
    }

    @Test
    void anEmptyRunIsStillAValidLog() throws Exception {
        JsonNode log = MAPPER.readTree(SarifReport.render(new CheckResult(List.of(), 0), "1"));
        assertThat(log.get("runs").get(0).get("results")).isEmpty();
        assertThat(log.get("runs").get(0).get("tool").get("driver").get("rules")).isEmpty();
    }

    @Test
    void versionComesFromTheBuild() {
        assertThat(SpecwrightVersion.get()).isNotEqualTo("unknown").doesNotStartWith("${");
    }

    @Test
    void relativeUrisPercentEncodeWhatIsNotUnreserved() {
        assertThat(SarifReport.relativeUri("specs/approved/my-spec_1.rst")).isEqualTo("specs/approved/my-spec_1.rst");
        assertThat(SarifReport.relativeUri("a#b/é c.rst")).isEqualTo("a%23b/%C3%A9%20c.rst");
    }
}
