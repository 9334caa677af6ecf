package io.github.specwright.core.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.specwright.core.authoring.NewSpec.NewSpecException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewSpecTest {

    private static final String TEMPLATE = """
            ..
             This work is licensed under a Creative Commons Attribution 3.0 Unported
             License.

            ==========================================
            Example Spec - The title of your feature
            ==========================================

            Problem description
            ===================

            Say what is wrong.
            """;

    @TempDir
    Path root;

    @BeforeEach
    void writeTemplate() throws Exception {
        Files.createDirectories(root.resolve("specs"));
        Files.writeString(root.resolve("specs/template.rst"), TEMPLATE);
    }

    @Test
    void copiesTheTemplateWithTheTitleAndSizedAdornment() throws Exception {
        Path created = NewSpec.create(root, "specs/template.rst", "my-feature", "Add a shiny thing", false);
        assertThat(root.relativize(created).toString()).isEqualTo("specs/approved/my-feature.rst");
        assertThat(Files.readString(created)).isEqualTo(TEMPLATE.replace("""
                ==========================================
                Example Spec - The title of your feature
                ==========================================
                """, """
                =================
                Add a shiny thing
                =================
                """));
    }

    @Test
    void makesATitleFromTheNameAndGoesToTheBacklog() throws Exception {
        Path created = NewSpec.create(root, "specs/template.rst", "faster-boot-2", null, true);
        assertThat(root.relativize(created).toString()).isEqualTo("specs/backlog/faster-boot-2.rst");
        assertThat(Files.readString(created)).contains("\n=============\nFaster boot 2\n=============\n");
    }

    @Test
    void keepsAnUnderlineOnlyStyleAndMeasuresWideCharacters() throws Exception {
        Files.writeString(root.resolve("specs/template.rst"), "Title here\n~~~~~~~~~~\n\nText.\n");
        Path created = NewSpec.create(root, "specs/template.rst", "wide", "\u65e5\u672c\u8a9e", false);
        assertThat(Files.readString(created)).isEqualTo("\u65e5\u672c\u8a9e\n~~~~~~\n\nText.\n");
    }

    @Test
    void refusesToOverwriteAndNamesTheFile() throws Exception {
        NewSpec.create(root, "specs/template.rst", "taken", "One", true);
        assertThatThrownBy(() -> NewSpec.create(root, "specs/template.rst", "taken", "Two", false))
                .isInstanceOf(NewSpecException.class)
                .hasMessage("a spec named 'taken' already exists: specs/backlog/taken.rst;"
                        + " choose another name or edit that file");
        assertThat(root.resolve("specs/approved/taken.rst")).doesNotExist();
    }

    @Test
    void rejectsBadNamesClearly() {
        for (String bad : new String[] {"My-Feature", "my_feature", "my--feature", "-x", "x-", "a b", "x.rst"}) {
            assertThatThrownBy(() -> NewSpec.validateName(bad))
                    .hasMessage("invalid spec name '" + bad + "': use lower-case letters, digits and single"
                            + " hyphens between words, e.g. my-feature (no extension, no spaces)");
        }
        assertThatThrownBy(() -> NewSpec.validateName("")).hasMessage("a spec name is required, e.g. my-feature");
    }

    @Test
    void reportsAMissingTemplate() {
        assertThatThrownBy(() -> NewSpec.create(root, "specs/none.rst", "x", null, false))
                .hasMessageStartingWith("cannot read the template specs/none.rst (");
    }

    @Test
    void rejectsAMultiLineTitle() {
        assertThatThrownBy(() -> NewSpec.create(root, "specs/template.rst", "x", "a\nb", false))
                .hasMessage("the title must be a single line");
    }

    @Test
    void worksOnTheIronicTemplateWhenTheCorpusIsPresent() throws Exception {
        String corpus = System.getProperty("specwright.corpus");
        Path template = corpus == null ? null : Path.of(corpus, "ironic-specs/specs/template.rst");
        org.junit.jupiter.api.Assumptions.assumeTrue(template != null && Files.isRegularFile(template));
        Files.copy(template, root.resolve("specs/template.rst"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path created = NewSpec.create(root, "specs/template.rst", "my-feature", "My feature", false);
        String text = Files.readString(created);
        assertThat(text).contains("\n==========\nMy feature\n==========\n").doesNotContain("Example Spec");
        assertThat(text.length()).isLessThan(Files.readString(template).length());
    }

    private static final String MARKDOWN_TEMPLATE = """
            ---
            status: draft
            # Title of the spec: not a heading
            ---

            <!--
            # Not the title either
            -->

            # Title of the spec ##

            ```text
            # a comment in code
            ```

            ## Problem description

            Say what is wrong.
            """;

    @Test
    void aMarkdownTemplateGivesAMarkdownSpecWithItsTitleHeadingReplaced() throws Exception {
        Files.writeString(root.resolve("specs/template.md"), MARKDOWN_TEMPLATE);
        Path created = NewSpec.create(root, "specs/template.md", "disk-wear", "Report disk wear", false);
        assertThat(root.relativize(created).toString()).isEqualTo("specs/approved/disk-wear.md");
        assertThat(Files.readString(created)).isEqualTo(
                MARKDOWN_TEMPLATE.replace("# Title of the spec ##\n", "# Report disk wear\n"));
    }

    @Test
    void aSetextTitleIsRewrittenOnOneLineWithAnUnderlineAsWideAsTheTitle() throws Exception {
        Files.writeString(root.resolve("specs/template.md"), "Title of\nthe spec\n===\n\n## Problem description\n");
        Path created = NewSpec.create(root, "specs/template.md", "boot", null, true);
        assertThat(root.relativize(created).toString()).isEqualTo("specs/backlog/boot.md");
        assertThat(Files.readString(created)).isEqualTo("Boot\n====\n\n## Problem description\n");
    }

    @Test
    void aMarkdownTemplateWithoutHeadingIsRefused() throws Exception {
        Files.writeString(root.resolve("specs/template.md"), "Just text.\n");
        assertThatThrownBy(() -> NewSpec.create(root, "specs/template.md", "boot", null, false))
                .isInstanceOf(NewSpecException.class)
                .hasMessage("the template specs/template.md has no heading to use as the title");
    }

    @Test
    void aSpecOfTheSameNameInTheOtherFormatIsRefused() throws Exception {
        Files.writeString(root.resolve("specs/template.md"), MARKDOWN_TEMPLATE);
        Files.createDirectories(root.resolve("specs/backlog"));
        Files.writeString(root.resolve("specs/backlog/boot.rst"), "Boot\n====\n");
        assertThatThrownBy(() -> NewSpec.create(root, "specs/template.md", "boot", null, false))
                .isInstanceOf(NewSpecException.class)
                .hasMessage("a spec named 'boot' already exists: specs/backlog/boot.rst; choose another name or edit"
                        + " that file");
    }
}
