package io.github.specwright.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.check.SpecChecker;
import io.github.specwright.core.testing.TestGit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The template-version policies on a repository whose template has three versions in its git
 * history: 1 (two sections), 2 (adds "Security impact"), 3 (adds the subsection "Alternatives").
 */
class TemplateVersionCheckTest {

    @TempDir
    Path repo;

    static final String V1 = """
            .. template-version: 1

            =====
            Title
            =====

            Problem description
            ===================

            Describe the problem in a few sentences.

            Proposed change
            ===============

            Describe the change in a few sentences.
            """;
    static final String V2 = V1.replace("template-version: 1", "template-version: 2") + """

            Security impact
            ===============

            Describe the security impact.
            """;
    static final String V3 = V2.replace("template-version: 2", "template-version: 3").replace("""
            Describe the change in a few sentences.
            """, """
            Describe the change in a few sentences.

            Alternatives
            ------------

            What else was considered?
            """);

    @BeforeEach
    void aRepositoryWithThreeTemplateVersions() throws Exception {
        TestGit.assumeInstalled();
        git("init", "-q");
        Files.createDirectories(repo.resolve("specs/approved"));
        for (String version : List.of(V1, V2, V3)) {
            Files.writeString(repo.resolve("specs/template.rst"), version);
            git("add", "-A");
            git("commit", "-q", "-m", "template");
        }
        spec("old", V1.replace("=====\nTitle\n=====", "===\nOld\n==="));
        spec("middle", V2.replace("=====\nTitle\n=====", "======\nMiddle\n======"));
        spec("unmarked", V1.replace(".. template-version: 1\n\n", "").replace("=====\nTitle\n=====", "========\nUnmarked\n========"));
        spec("unknown", V3.replace("template-version: 3", "template-version: 7").replace("=====\nTitle\n=====", "=======\nUnknown\n======="));
        git("add", "-A");
        git("commit", "-q", "-m", "specs");
    }

    private void spec(String name, String text) throws Exception {
        Files.writeString(repo.resolve("specs/approved/" + name + ".rst"), text);
    }

    private void git(String... args) throws Exception {
        TestGit.run(repo, args);
    }

    private static CheckConfig.Builder config() {
        // The specs keep the template's guidance sentences: template-text is not what this test is about.
        return CheckConfig.builder().licenseHeader(null).trackerLinkPattern(null).checkTemplateText(false);
    }

    private List<String> check(CheckConfig config) throws Exception {
        return new SpecChecker(config).check(repo, List.of(repo.resolve("specs/approved"))).findings().stream()
                .map(f -> f.path() + ":" + f.line() + ":" + f.column() + ": [" + f.ruleId() + "] " + f.message())
                .toList();
    }

    @Test
    void theHistoryHoldsThreeVersions() throws Exception {
        TemplateVersions versions = TemplateVersions.load(repo, "specs/template.rst", V3, List.of(),
                new io.github.specwright.core.vcs.GitCommand());
        assertThat(versions.names()).containsExactly("1", "2", "3");
        assertThat(versions.get("2").text()).isEqualTo(V2);
        assertThat(versions.oldest().text()).isEqualTo(V1);
        assertThat(versions.latest().name()).isEqualTo("3");
    }

    @Test
    void latestChecksEverySpecAgainstTheTemplateAsItIs() throws Exception {
        assertThat(check(config().build())).containsExactly(
                "specs/approved/middle.rst:12:1: [missing-subsection] section 'Proposed change' is missing"
                        + " subsection 'Alternatives'",
                "specs/approved/old.rst:12:1: [missing-subsection] section 'Proposed change' is missing"
                        + " subsection 'Alternatives'",
                "specs/approved/old.rst:15:1: [missing-section] missing section 'Security impact'",
                "specs/approved/unmarked.rst:10:1: [missing-subsection] section 'Proposed change' is missing"
                        + " subsection 'Alternatives'",
                "specs/approved/unmarked.rst:13:1: [missing-section] missing section 'Security impact'");
    }

    @Test
    void declaredChecksEachSpecAgainstItsOwnVersionAndTheUnmarkedAgainstTheOldest() throws Exception {
        assertThat(check(config().templateVersion(TemplateVersionPolicy.DECLARED).build())).containsExactly(
                "specs/approved/unknown.rst:1:1: [template-version] declares template version '7', which the template"
                        + " does not have (its versions: 1, 2, 3); declare one of them, or run migrate to bring the"
                        + " spec to the latest");
    }

    @Test
    void latestForChangedHoldsOnlyTheChangedSpecToTheLatest() throws Exception {
        Files.writeString(repo.resolve("specs/approved/middle.rst"),
                Files.readString(repo.resolve("specs/approved/middle.rst")).replace("Describe the security impact.",
                        "None."));
        CheckConfig.Builder builder = config().templateVersion(TemplateVersionPolicy.LATEST_FOR_CHANGED);
        assertThat(check(builder.base("HEAD").build())).containsExactly(
                "specs/approved/middle.rst:12:1: [missing-subsection] section 'Proposed change' is missing"
                        + " subsection 'Alternatives'",
                "specs/approved/unknown.rst:1:1: [template-version] declares template version '7', which the template"
                        + " does not have (its versions: 1, 2, 3); declare one of them, or run migrate to bring the"
                        + " spec to the latest");
        // Without a base, nothing counts as changed: every spec follows its declared version.
        assertThat(check(config().templateVersion(TemplateVersionPolicy.LATEST_FOR_CHANGED).build()))
                .containsExactly("specs/approved/unknown.rst:1:1: [template-version] declares template version '7',"
                        + " which the template does not have (its versions: 1, 2, 3); declare one of them, or run"
                        + " migrate to bring the spec to the latest");
    }

    @Test
    void aPolicySectionSetsItsOwnVersionPolicy() throws Exception {
        Files.writeString(repo.resolve("specwright.conf"), """
                [check]
                license-header = none
                tracker-link-pattern = none
                check-template-text = false
                template-version = latest

                [policy specs/approved/]
                kind = full
                template-version = declared
                """);
        CheckConfig config = CheckConfig.load(repo.resolve("specwright.conf"));
        assertThat(config.templateVersions().policyFor("specs/approved/")).isEqualTo(TemplateVersionPolicy.DECLARED);
        assertThat(check(config)).hasSize(1).allMatch(f -> f.contains("[template-version]"));
    }
}
