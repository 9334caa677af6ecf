package io.github.specwright.core.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The generated repository's GitHub workflow and pre-commit configuration, read with a YAML parser: the jobs, their
 * permissions and the steps that matter (no JSON schema of GitHub workflows is available offline, so the structure
 * is asserted here). Duplicate keys are refused, as GitHub refuses them.
 */
class GeneratedWorkflowTest {

    private static final Path RESOURCES = Path.of("../archetype/src/main/resources/archetype-resources");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String path) throws IOException {
        String text = Files.readString(RESOURCES.resolve(path), StandardCharsets.UTF_8);
        return (Map<String, Object>) new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build()).loadFromString(text);
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Object node, String... keys) {
        Object current = node;
        for (String key : keys) {
            assertThat(current).as("parent of " + key).isInstanceOf(Map.class);
            current = ((Map<String, Object>) current).get(key);
        }
        return (T) current;
    }

    /** The step whose name (or uses) starts with {@code prefix}. */
    private static Map<String, Object> step(List<Map<String, Object>> steps, String prefix) {
        return steps.stream().filter(s -> String.valueOf(s.get("name")).startsWith(prefix)
                || String.valueOf(s.get("uses")).startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no step " + prefix + " in " + steps));
    }

    @Test
    void theWorkflowChecksReportsToCodeScanningAndPublishesTheSite() throws IOException {
        Map<String, Object> workflow = load(".github/workflows/verify.yml");
        // YAML 1.1 would read the key "on" as true; GitHub reads it as the string "on", as YAML 1.2 does.
        assertThat((Map<String, Object>) at(workflow, "on")).containsOnlyKeys("push", "pull_request");
        assertThat((Map<String, Object>) at(workflow, "permissions")).containsExactly(Map.entry("contents", "read"));
        assertThat((Map<String, Object>) at(workflow, "jobs")).containsOnlyKeys("verify", "pages");

        assertThat((Map<String, Object>) at(workflow, "jobs", "verify", "permissions"))
                .containsOnly(Map.entry("contents", "read"), Map.entry("security-events", "write"));
        List<Map<String, Object>> steps = at(workflow, "jobs", "verify", "steps");
        assertThat(at(step(steps, "actions/checkout"), "with", "fetch-depth").toString()).isEqualTo("0");

        Map<String, Object> changed = step(steps, "Check the specs this pull request changes");
        assertThat(changed.get("if")).isEqualTo("github.event_name == 'pull_request'");
        assertThat(changed.get("run")).isEqualTo(
                "./mvnw -B specwright:check -Dspecwright.changedSince=origin/${{ github.base_ref }}");
        assertThat(step(steps, "Check the specs and build the docs").get("run")).isEqualTo("./mvnw -B verify");
        assertThat(steps.indexOf(changed)).isLessThan(steps.indexOf(step(steps, "Check the specs and build the docs")));

        Map<String, Object> sarif = step(steps, "Write all findings as one SARIF log");
        assertThat(sarif.get("if")).isEqualTo("always()");
        assertThat(sarif.get("run")).isEqualTo("./mvnw -B -q specwright:check -Dspecwright.failOnError=false");
        Map<String, Object> upload = step(steps, "Report the findings to code scanning");
        assertThat(upload.get("uses")).isEqualTo("github/codeql-action/upload-sarif@v3");
        assertThat(upload.get("continue-on-error")).isEqualTo(true);
        assertThat((String) at(upload, "with", "sarif_file")).isEqualTo("target/specwright/findings.sarif");
        assertThat(steps.indexOf(sarif)).isLessThan(steps.indexOf(upload));

        String defaultBranchPush = "github.event_name == 'push' && github.ref == format('refs/heads/{0}',"
                + " github.event.repository.default_branch)";
        Map<String, Object> pagesArtifact = step(steps, "Hand the site to GitHub Pages");
        assertThat(pagesArtifact.get("uses")).isEqualTo("actions/upload-pages-artifact@v3");
        assertThat(pagesArtifact.get("if")).isEqualTo(defaultBranchPush);
        assertThat((String) at(pagesArtifact, "with", "path")).isEqualTo("target/specs-site/");

        Map<String, Object> pages = at(workflow, "jobs", "pages");
        assertThat(pages.get("needs")).isEqualTo("verify");
        assertThat(pages.get("if")).isEqualTo(defaultBranchPush);
        assertThat((Map<String, Object>) pages.get("permissions"))
                .containsOnly(Map.entry("pages", "write"), Map.entry("id-token", "write"));
        assertThat((String) at(pages, "environment", "name")).isEqualTo("github-pages");
        List<Map<String, Object>> deploySteps = at(pages, "steps");
        assertThat(step(deploySteps, "Publish the site").get("uses")).isEqualTo("actions/deploy-pages@v4");
        assertThat((String) at(pages, "environment", "url")).isEqualTo("${{ steps.deployment.outputs.page_url }}");
        assertThat(step(deploySteps, "Publish the site").get("id")).isEqualTo("deployment");
    }

    @Test
    void preCommitRunsTheWrappersCheckOnTheChangedSpecs() throws IOException {
        Map<String, Object> config = load(".pre-commit-config.yaml");
        List<Map<String, Object>> repos = at(config, "repos");
        assertThat(repos).hasSize(1);
        assertThat(repos.get(0).get("repo")).isEqualTo("local");
        List<Map<String, Object>> hooks = at(repos.get(0), "hooks");
        assertThat(hooks).singleElement().satisfies(hook -> {
            assertThat(hook.get("id")).isEqualTo("specwright-check");
            assertThat(hook.get("language")).isEqualTo("system");
            assertThat(hook.get("entry")).isEqualTo("./mvnw -q -B specwright:check -Dspecwright.changedSince=HEAD");
            assertThat(hook.get("pass_filenames")).isEqualTo(false);
            assertThat(hook.get("always_run")).isEqualTo(true);
        });
    }
}
