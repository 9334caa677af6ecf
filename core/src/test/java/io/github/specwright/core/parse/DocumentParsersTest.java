package io.github.specwright.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.model.ParsedDocument;
import org.junit.jupiter.api.Test;

class DocumentParsersTest {

    @Test
    void theExtensionChoosesTheFormatCaseInsensitively() {
        assertThat(DocumentParsers.formatOf("specs/a.rst")).isEqualTo(DocumentParsers.Format.RST);
        assertThat(DocumentParsers.formatOf("specs/A.MD")).isEqualTo(DocumentParsers.Format.MARKDOWN);
        assertThat(DocumentParsers.formatOf("notes.markdown")).isEqualTo(DocumentParsers.Format.MARKDOWN);
        assertThat(DocumentParsers.formatOf("notes.txt")).isNull();
        assertThat(DocumentParsers.formatOf(null)).isNull();
        assertThat(DocumentParsers.canParse("x.md")).isTrue();
        assertThat(DocumentParsers.canParse("x.mdx")).isFalse();
    }

    @Test
    void eachFormatIsReadByItsOwnParser() {
        // "# Title" is a Markdown heading but an RST comment-less paragraph.
        ParsedDocument markdown = DocumentParsers.parse("# Title\n", "a.md");
        ParsedDocument rst = DocumentParsers.parse("# Title\n", "a.rst");
        assertThat(markdown.document().title().rawText()).isEqualTo("Title");
        assertThat(rst.document().title()).isNull();
        assertThat(DocumentParsers.parse("# Title\n", "a.txt").document().title()).isNull();
    }
}
