package io.github.specwright.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.specwright.core.check.CheckConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewReleaseTest {

    private static final NewRelease.Layout ARCHETYPE =
            new NewRelease.Layout(List.of(), null, "priorities", List.of("Details"));
    private static final NewRelease.Layout NOVA = new NewRelease.Layout(
            List.of("specs/{release}/approved", "specs/{release}/implemented"), "specs/{release}-template.rst",
            "priorities", List.of("Details"));

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text, StandardCharsets.UTF_8);
    }

    private String read(String path) throws IOException {
        return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = NewReleaseTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theNextPrioritiesDocumentKeepsItsStructureWithEmptyTables() throws Exception {
        write("priorities/2027.1-priorities.rst", resource("2027.1-priorities.rst"));
        NewRelease.Plan plan = new NewRelease(root, CheckConfig.defaults(), ARCHETYPE).plan("2027.2", null);
        assertThat(plan.describe()).containsExactly("write priorities/2027.2-priorities.rst");
        plan.apply();
        assertThat(read("priorities/2027.2-priorities.rst")).isEqualTo("""
                .. _2027.2-priorities:

                ==============================
                2027.2 Project Priorities
                ==============================

                The work the Example team
                means to finish in the 2027.2
                release, most important first. Each row names at most two primary contacts:
                they track the work and find the help it needs, and they are not the only
                ones expected to contribute. At least one of them should be able to approve
                changes.

                Every priority that links to a section below has that section under
                "Details".

                Essential Priorities
                ~~~~~~~~~~~~~~~~~~~~

                +---------------------------------------+-------------------------------------+
                | Priority                              | Primary Contacts                    |
                +=======================================+=====================================+
                |                                       |                                     |
                +---------------------------------------+-------------------------------------+

                High Priorities
                ~~~~~~~~~~~~~~~

                +---------------------------------------+-------------------------------------+
                | Priority                              | Primary Contacts                    |
                +=======================================+=====================================+
                |                                       |                                     |
                +---------------------------------------+-------------------------------------+

                Optional Priorities
                ~~~~~~~~~~~~~~~~~~~

                +---------------------------------------+-------------------------------------+
                | Priority                              | Primary Contacts                    |
                +=======================================+=====================================+
                |                                       |                                     |
                +---------------------------------------+-------------------------------------+

                Details
                ~~~~~~~
                """);
    }

    @Test
    void markdownTablesKeepTheirHeader() throws Exception {
        write("priorities/2027.1-priorities.md", resource("2027.1-priorities.md"));
        new NewRelease(root, CheckConfig.defaults(), ARCHETYPE).plan("2027.2", null).apply();
        String next = read("priorities/2027.2-priorities.md");
        assertThat(next).startsWith("# 2027.2 Project Priorities\n").contains("""
                ## High Priorities

                | Priority | Primary Contacts |
                | --- | --- |

                ## Optional Priorities
                """).endsWith("## Details\n").doesNotContain("Triage", "2027.1");
    }

    @Test
    void wordNamesAreRenamedWithTheirCapitalAndTitlesRefitted() throws Exception {
        write("priorities/pike-priorities.rst", """
                .. _pike-priorities:

                =======================
                Pike Project Priorities
                =======================

                What we mean to do during Pike.

                Essential Priorities
                ~~~~~~~~~~~~~~~~~~~~

                +-----------------+----------------+
                | Priority        | Contacts       |
                +=================+================+
                | `Faster CI`_    | a, b           |
                +-----------------+----------------+

                Details
                ~~~~~~~

                Faster CI
                ---------

                Make the PIKE jobs faster.
                """);
        new NewRelease(root, CheckConfig.defaults(), ARCHETYPE).plan("queens", null).apply();
        String next = read("priorities/queens-priorities.rst");
        assertThat(next).startsWith(".. _queens-priorities:\n\n=========================\nQueens Project Priorities\n"
                + "=========================\n").contains("What we mean to do during Queens.")
                .doesNotContain("Pike", "pike", "PIKE", "Faster");
    }

    @Test
    void novaLayoutGetsDirectoriesAndATemplateCopy() throws Exception {
        write("specs/template.rst", "Template\n========\n");
        NewRelease.Plan plan = new NewRelease(root, CheckConfig.defaults(), NOVA).plan("2028.1", null);
        assertThat(plan.describe()).containsExactly("create specs/2028.1/approved/", "create specs/2028.1/implemented/",
                "write specs/2028.1/approved/.gitkeep", "write specs/2028.1/implemented/.gitkeep",
                "write specs/2028.1-template.rst");
        plan.apply();
        assertThat(read("specs/2028.1-template.rst")).isEqualTo("Template\n========\n");
        assertThat(root.resolve("specs/2028.1/implemented/.gitkeep")).isRegularFile();
    }

    @Test
    void refusals() throws Exception {
        write("specs/template.rst", "T\n=\n");
        write("specs/2028.1/approved/x.rst", "X\n");
        NewRelease nova = new NewRelease(root, CheckConfig.defaults(), NOVA);
        assertThatThrownBy(() -> nova.plan("2028.1", null))
                .hasMessage("release 2028.1 already exists: specs/2028.1/approved is there");
        assertThatThrownBy(() -> nova.plan("../x", null)).hasMessageStartingWith("'../x' is not a release name");
        assertThatThrownBy(() -> nova.plan("2028.2", "2019.1"))
                .hasMessage("no priorities document for release '2019.1' in priorities/");
        assertThatThrownBy(() -> new NewRelease(root, CheckConfig.defaults(), ARCHETYPE).plan("2028.2", null))
                .hasMessageStartingWith("nothing to create for release 2028.2");
    }

    @Test
    void aFailedReleaseLeavesNothingBehind() throws Exception {
        write("specs/template.rst", "T\n=\n");
        NewRelease.Plan plan = new NewRelease(root, CheckConfig.defaults(), NOVA).plan("2028.1", null);
        write("specs/2028.1-template.rst", "appeared meanwhile\n");
        assertThatThrownBy(plan::apply).isInstanceOf(LifecycleException.class)
                .hasMessageEndingWith("; nothing was changed");
        assertThat(root.resolve("specs/2028.1")).doesNotExist();
        assertThat(read("specs/2028.1-template.rst")).isEqualTo("appeared meanwhile\n");
    }

    @Test
    void theLatestReleaseBeforeTheNewOne() {
        assertThat(NewRelease.latest(List.of("pike", "zed", "2023.1", "2023.2", "2024.10", "2024.9"), "2025.1"))
                .isEqualTo("2024.10");
        assertThat(NewRelease.latest(List.of("pike", "queens"), "rocky")).isEqualTo("queens");
        assertThat(NewRelease.latest(List.of("zed"), "2023.1")).isEqualTo("zed");
        assertThat(NewRelease.latest(List.of("2030.1"), "2023.1")).isEqualTo("2030.1");
    }
}
