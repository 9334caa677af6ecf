package io.github.specwright.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.check.CheckResult;
import io.github.specwright.core.check.RuleRegistry;
import io.github.specwright.core.check.SpecChecker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Every rule a SARIF log of the mutant corpus names is described, from the registry. */
class MutantSarifTest {

    @TempDir
    Path repository;

    @Test
    void everyRuleIdAmongTheResultsHasADescribedRuleEntry() throws Exception {
        String corpus = System.getProperty("specwright.corpus");
        assumeTrue(corpus != null && Files.isDirectory(Path.of(corpus)), "reference corpus not present: " + corpus);
        Path mutants = Path.of(corpus).resolve("mutants-1");
        assumeTrue(Files.isDirectory(mutants), "reference corpus folder not present: " + mutants);

        // As approved specs of a repository with ironic's template, so that the template rules run too.
        Path template = Path.of(corpus).resolve("ironic-specs/specs/template.rst");
        assumeTrue(Files.isRegularFile(template), "reference corpus file not present: " + template);
        Files.createDirectories(repository.resolve("specs/approved"));
        Files.copy(template, repository.resolve("specs/template.rst"));
        try (var files = Files.list(mutants)) {
            for (Path mutant : files.toList()) {
                Files.copy(mutant, repository.resolve("specs/approved").resolve(mutant.getFileName().toString()));
            }
        }
        CheckResult result = new SpecChecker(CheckConfig.builder().build()).check(repository);
        JsonNode run = new ObjectMapper().readTree(SarifReport.render(result, "1")).get("runs").get(0);
        Map<String, JsonNode> rules = new HashMap<>();
        for (JsonNode rule : run.get("tool").get("driver").get("rules")) {
            rules.put(rule.get("id").asString(), rule);
        }
        Set<String> ruleIds = new TreeSet<>();
        for (JsonNode item : run.get("results")) {
            ruleIds.add(item.get("ruleId").asString());
        }
        assertThat(ruleIds).as("the mutants break many rules").hasSizeGreaterThan(15);
        for (String ruleId : ruleIds) {
            assertThat(RuleRegistry.rule(ruleId)).as("declared: " + ruleId).isNotNull();
            JsonNode rule = rules.get(ruleId);
            assertThat(rule).as("rules entry for " + ruleId).isNotNull();
            assertThat(rule.get("shortDescription").get("text").asString())
                    .isEqualTo(RuleRegistry.rule(ruleId).description());
            assertThat(rule.get("fullDescription").get("text").asString()).startsWith(RuleRegistry.rule(ruleId).description());
            assertThat(rule.get("help").get("text").asString()).contains("docs/configuration.md#rules");
        }
    }
}
