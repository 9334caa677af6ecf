package io.github.specwright.core.check;

import io.github.specwright.core.base.Finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nova's per-release templates and neutron's fallback and legacy sections, each in one [policy]. */
class PolicyTemplatesTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text, StandardCharsets.UTF_8);
    }

    private static String spec(String title, String... sections) {
        StringBuilder text = new StringBuilder("=".repeat(title.length()) + "\n" + title + "\n"
                + "=".repeat(title.length()) + "\n\n");
        for (String section : sections) {
            text.append(section).append('\n').append("=".repeat(section.length())).append("\n\nNone\n\n");
        }
        return text.toString();
    }

    private List<String> check(String config) throws Exception {
        write("specwright.conf", config);
        CheckConfig loaded = CheckConfig.load(root.resolve("specwright.conf")).toBuilder()
                .licenseHeader(null).trackerLinkPattern(null).build();
        return new SpecChecker(loaded).check(root, List.of(root.resolve("specs"))).findings().stream()
                .map(Finding::format).toList();
    }

    @Test
    void eachReleaseFollowsItsOwnTemplate() throws Exception {
        write("specs/template.rst", spec("Template", "Problem description", "Proposed change", "Testing"));
        write("specs/2027.1-template.rst", spec("Template", "Problem description", "Proposed change"));
        write("specs/2027.2-template.rst", spec("Template", "Problem description", "Proposed change", "History"));
        write("specs/2027.1/approved/a.rst", spec("A", "Problem description", "Proposed change"));
        write("specs/2027.2/approved/b.rst", spec("B", "Problem description", "Proposed change"));
        // No specs/2028.1-template.rst: the fallback template applies.
        write("specs/2028.1/approved/c.rst", spec("C", "Problem description", "Proposed change"));
        String config = "[check]\ntemplate = specs/template.rst\n\n[policy \"specs/*/approved/\"]\nkind = full\n"
                + "template = specs/{1}-template.rst\nfallback-template = specs/template.rst\n";
        assertThat(check(config)).containsExactly(
                "specs/2027.2/approved/b.rst:14:1: error [missing-section] missing section 'History'",
                "specs/2028.1/approved/c.rst:14:1: error [missing-section] missing section 'Testing'");
    }

    @Test
    void legacySectionsAreAllowedWhenPresentAndNotRequired() throws Exception {
        write("specs/template.rst", spec("Template", "Problem description", "Proposed change"));
        write("specs/approved/old.rst", spec("Old", "Problem description", "Proposed change", "Work Items"));
        write("specs/approved/new.rst", spec("New", "Problem description", "Proposed change"));
        write("specs/approved/odd.rst", spec("Odd", "Problem description", "Proposed change", "Musings"));
        String config = "[policy specs/approved/]\nkind = full\nallowed-extra-sections = Work Items, Dependencies\n";
        assertThat(check(config)).containsExactly(
                "specs/approved/odd.rst:15:1: error [extra-section] section 'Musings' is not in the template");
    }

    @Test
    void wildcardsAreNumberedInOrder() {
        assertThat(GlobCaptures.fill("specs/*/approved/", "specs/2027.1/approved/x.rst", "specs/{1}-template.rst"))
                .isEqualTo("specs/2027.1-template.rst");
        assertThat(GlobCaptures.fill("docs/**/{a,b}/*.rst", "docs/x/y/b/z.rst", "{1}|{2}|{3}")).isEqualTo("x/y|b|z");
        assertThat(GlobCaptures.fill("specs/*/", "other/x.rst", "specs/{1}.rst")).isEqualTo("specs/{1}.rst");
        assertThat(GlobCaptures.count("specs/*/approved/")).isEqualTo(1);
    }

    @Test
    void aDirectoryLayoutSaysWhereSpecsBelong() throws Exception {
        write("specs/template.rst", spec("Template", "Problem description", "Proposed change"));
        write("specs/2027.1/approved/a.rst", spec("A", "Problem description", "Proposed change"));
        write("specs/2027.1/redirects", "");
        write("specs/2027.1/.hidden", "");
        write("specs/2027.1/stray.rst", spec("Stray", "Problem description", "Proposed change"));
        Files.createDirectories(root.resolve("specs/2027.1/drafts"));
        String config = "[directory-layout \"specs/*/\"]\nallowed = approved, implemented, redirects\n"
                + "message = specs should be submitted to specs/<release>/approved\n";
        assertThat(check(config)).containsExactly(
                "specs/2027.1/drafts:1:1: error [directory-layout] specs/2027.1/ may hold only approved, implemented,"
                        + " redirects; drafts does not belong here: specs should be submitted to specs/<release>/approved",
                "specs/2027.1/stray.rst:1:1: error [directory-layout] specs/2027.1/ may hold only approved, implemented,"
                        + " redirects; stray.rst does not belong here: specs should be submitted to specs/<release>/approved");
    }

    @Test
    void aLayoutWithoutAllowedEntriesIsAConfigurationErrorAtItsLine() throws Exception {
        write("specwright.conf", "[check]\nmax-line-length = 79\n\n[directory-layout specs/*/]\nmessage = x\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CheckConfig.load(root.resolve("specwright.conf")))
                .hasMessageEndingWith("specwright.conf:4: [directory-layout specs/*/] has no 'allowed' (the names or"
                        + " globs of the entries its directories may hold)");
    }
}
