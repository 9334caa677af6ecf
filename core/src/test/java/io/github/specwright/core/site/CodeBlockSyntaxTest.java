package io.github.specwright.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.parse.DocumentParsers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule code-block-syntax: exact positions (the block's first content line and its indentation) and messages. */
class CodeBlockSyntaxTest {

    private static List<String> check(String source, String path) {
        return CodeBlockSyntax.check(DocumentParsers.parse(source, path)).stream()
                .map(p -> p.line() + ":" + p.column() + " " + p.message()).toList();
    }

    @Test
    void jsonThatIsNotJsonIsReportedAtItsFirstLine() {
        String source = "Title\n=====\n\n.. code-block:: json\n\n   {\n     \"a\": 1,\n   }\n\nText.\n";
        assertThat(check(source, "a.rst")).containsExactly("6:4 the code block is declared as json but does not parse"
                + " as JSON (line 8): Unexpected character ('}' (code 125)): was expecting double-quote to start property name");
    }

    @Test
    void validBlocksAndOtherLanguagesAreNotReported() {
        String source = ".. code-block:: json\n\n   {\"a\": [1, 2]}\n\n.. sourcecode:: yaml\n\n   a: [1, 2]\n   b: x\n\n"
                + ".. code:: xml\n\n   <a><b/></a>\n\n.. code-block:: python\n\n   {not json\n\n"
                + ".. code-block:: json\n\n";
        assertThat(check(source, "a.rst")).isEmpty();
    }

    @Test
    void twoJsonValuesAreNotOneJsonText() {
        assertThat(check(".. code-block:: JSON\n\n   {}\n   {}\n", "a.rst"))
                .containsExactly("3:4 the code block is declared as JSON but does not parse as JSON (line 4): more than one value");
    }

    @Test
    void yamlAndXmlErrorsNameTheLine() {
        String source = "Text.\n\n.. code-block:: yaml\n\n  a: b: c\n\n.. code:: xml\n\n    <a>\n      <b>\n    </a>\n";
        assertThat(check(source, "a.rst")).containsExactly(
                "5:3 the code block is declared as yaml but does not parse as YAML (line 5): mapping values are not allowed here",
                "9:5 the code block is declared as xml but does not parse as XML (line 11): The element type \"b\" must be"
                        + " terminated by the matching end-tag \"</b>\".");
    }

    @Test
    void xmlWithADoctypeIsRefusedWithoutReadingAnyEntity() {
        String source = ".. code:: xml\n\n   <!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n   <a>&x;</a>\n";
        assertThat(check(source, "a.rst")).singleElement().asString()
                .startsWith("3:4 the code block is declared as xml but does not parse as XML (line 3): DOCTYPE is disallowed");
    }

    @Test
    void aFencedMarkdownBlockIsReportedAtItsFirstContentLine() {
        String source = "# Title\n\nText.\n\n```json\n{\"a\": }\n```\n\n  ```yaml\n  - a\n  b: c\n  ```\n";
        assertThat(check(source, "a.md")).containsExactly(
                "6:1 the code block is declared as json but does not parse as JSON (line 6): Unexpected character"
                        + " ('}' (code 125)): expected a value",
                "10:3 the code block is declared as yaml but does not parse as YAML (line 11): expected <block end>,"
                        + " but found '?'");
    }

    @Test
    void aFencedBlockAfterOthersIsCheckedToo() {
        String source = "# Md\n\nText[^1].\n\n[^1]: One.\n\n```json\n{\"a\": 1}\n```\n\n```yaml\na: [1\n```\n";
        assertThat(check(source, "m.md")).containsExactly("12:1 the code block is declared as yaml but does not parse as YAML"
                + " (line 12): expected ',' or ']', but got <stream end>");
    }
}
