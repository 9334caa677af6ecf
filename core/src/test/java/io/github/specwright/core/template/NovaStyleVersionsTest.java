package io.github.specwright.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.check.SpecChecker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * nova's layout: a frozen template per release ({@code specs/<release>-template.rst}) and specs in
 * {@code specs/<release>/approved/}. Read as versions ({@code template-version = declared} and
 * {@code template-versions}), with each spec declaring its release, the verdicts are those of one
 * policy per release with its own template.
 */
class NovaStyleVersionsTest {

    @TempDir
    Path repo;

    private static String template(String marker, String... sections) {
        StringBuilder text = new StringBuilder(marker == null ? "" : ".. template-version: " + marker + "\n\n");
        text.append("=====\nTitle\n=====\n");
        for (String section : sections) {
            text.append('\n').append(section).append('\n').append("=".repeat(section.length())).append("\n\nNone\n");
        }
        return text.toString();
    }

    private void write(String path, String text) throws Exception {
        Files.createDirectories(repo.resolve(path).getParent());
        Files.writeString(repo.resolve(path), text);
    }

    private List<String> check(String config) throws Exception {
        write("specwright.conf", config);
        return new SpecChecker(CheckConfig.load(repo.resolve("specwright.conf"))).check(repo).findings().stream()
                .map(f -> f.path() + ":" + f.line() + ":" + f.column() + ": [" + f.ruleId() + "] " + f.message())
                .toList();
    }

    @Test
    void perReleaseCopiesAsVersionsGiveTheVerdictsOfOnePolicyPerRelease() throws Exception {
        write("specs/queens-template.rst", template(null, "Problem", "Change"));
        write("specs/rocky-template.rst", template(null, "Problem", "Change", "Testing"));
        write("specs/template.rst", template("stein", "Problem", "Change", "Testing", "History"));
        write("specs/queens/approved/good.rst", template("queens", "Problem", "Change"));
        write("specs/queens/approved/short.rst", template("queens", "Problem", "Testing"));
        write("specs/rocky/approved/good.rst", template("rocky", "Problem", "Change", "Testing"));
        write("specs/rocky/approved/no-testing.rst", template("rocky", "Problem", "Change"));
        write("specs/rocky/approved/extra.rst", template("rocky", "Problem", "Change", "Testing", "History"));
        write("specs/stein/approved/good.rst", template("stein", "Problem", "Change", "Testing", "History"));
        write("specs/stein/approved/no-history.rst", template("stein", "Problem", "Change", "Testing"));
        String common = """
                [check]
                license-header = none
                tracker-link-pattern = none
                disable = duplicate-title
                """;
        List<String> asVersions = check(common + """
                template = specs/template.rst
                template-version = declared
                template-versions = specs/*-template.rst

                [policy specs/*/approved/*]
                kind = full
                """);
        List<String> perRelease = check(common + """

                [policy specs/*/approved/*]
                kind = full
                template = specs/{1}-template.rst
                fallback-template = specs/template.rst
                """);
        assertThat(asVersions).isEqualTo(perRelease).containsExactly(
                "specs/queens/approved/short.rst:12:1: [extra-section] section 'Testing' is not in the template",
                "specs/queens/approved/short.rst:15:1: [missing-section] missing section 'Change'",
                "specs/rocky/approved/extra.rst:22:1: [extra-section] section 'History' is not in the template",
                "specs/rocky/approved/no-testing.rst:15:1: [missing-section] missing section 'Testing'",
                "specs/stein/approved/no-history.rst:20:1: [missing-section] missing section 'History'");
    }

    @Test
    void aTemplateWithoutMarkerAmongTheCopiesIsNamedByItsFile() throws Exception {
        write("specs/queens-template.rst", template(null, "Problem"));
        write("specs/rocky-template.rst", template(null, "Problem", "Change"));
        TemplateVersions versions = TemplateVersions.load(repo, "specs/rocky-template.rst",
                Files.readString(repo.resolve("specs/rocky-template.rst")), List.of("specs/*-template.rst"),
                new io.github.specwright.core.vcs.GitCommand());
        assertThat(versions.names()).containsExactly("queens", "rocky");
        assertThat(versions.latest().name()).isEqualTo("rocky");
        assertThat(TemplateVersions.nameOf(Path.of("specs/templates/3.rst"))).isEqualTo("3");
    }
}
