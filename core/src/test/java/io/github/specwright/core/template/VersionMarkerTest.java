package io.github.specwright.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.authoring.NewSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template-version marker: found with its line and column, written in place or added. */
class VersionMarkerTest {

    @Test
    void aReStructuredTextCommentLine() {
        assertThat(VersionMarker.find("..\n  licence\n\n.. template-version: 3\n\nTitle\n", false))
                .isEqualTo(new VersionMarker.Found("3", 4, 1));
        assertThat(VersionMarker.find(".. template-version: 3\r\n", false).version()).isEqualTo("3");
        assertThat(VersionMarker.find("text .. template-version: 3\n", false)).isNull();
        assertThat(VersionMarker.find("---\ntemplate-version: 3\n---\n", false)).isNull();
    }

    @Test
    void aMarkdownFrontMatterKey() {
        assertThat(VersionMarker.find("---\nstatus: draft\ntemplate-version: \"2\"\n---\n# T\n", true))
                .isEqualTo(new VersionMarker.Found("2", 3, 1));
        assertThat(VersionMarker.find("# T\n\ntemplate-version: 2\n", true)).as("outside front matter").isNull();
        assertThat(VersionMarker.find("---\ntemplate-version: 2\n", true)).as("unclosed front matter").isNull();
    }

    @Test
    void writtenInPlaceOrAdded() {
        assertThat(VersionMarker.withVersion("..\n  x\n\n.. template-version: 1\n\nT\n", false, "2"))
                .isEqualTo("..\n  x\n\n.. template-version: 2\n\nT\n");
        assertThat(VersionMarker.withVersion("T\n=\n", false, "2")).isEqualTo(".. template-version: 2\n\nT\n=\n");
        assertThat(VersionMarker.withVersion("---\na: b\n---\n# T\n", true, "2"))
                .isEqualTo("---\na: b\ntemplate-version: 2\n---\n# T\n");
        assertThat(VersionMarker.withVersion("# T\n", true, "2")).isEqualTo("---\ntemplate-version: 2\n---\n\n# T\n");
    }

    @Test
    void aNewSpecDeclaresTheTemplatesCurrentVersion(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("specs"));
        Files.writeString(root.resolve("specs/template.rst"), ".. template-version: 3\n\n=====\nTitle\n=====\n\nA\n=\n\nx\n");
        Path spec = NewSpec.create(root, "specs/template.rst", "faster-boot", null, false);
        assertThat(VersionMarker.find(Files.readString(spec), false)).isEqualTo(new VersionMarker.Found("3", 1, 1));
        Files.writeString(root.resolve("specs/template.md"), "---\ntemplate-version: 4\n---\n\n# Title\n\n## A\n\nx\n");
        Path markdown = NewSpec.create(root, "specs/template.md", "other", null, false);
        assertThat(VersionMarker.find(Files.readString(markdown), true)).isEqualTo(new VersionMarker.Found("4", 2, 1));
    }
}
