package io.github.specwright.core.json;

import static io.github.specwright.core.json.JsonStrings.Escaping.ASCII_ONLY;
import static io.github.specwright.core.json.JsonStrings.Escaping.SCRIPT_SAFE;
import static io.github.specwright.core.json.JsonStrings.Escaping.STANDARD;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonStringsTest {

    @Test
    void escapesWhatJsonRequiresInEveryMode() {
        for (JsonStrings.Escaping escaping : JsonStrings.Escaping.values()) {
            assertThat(JsonStrings.quote("a\"b\\c\n\r\t\b\f\u0001", escaping))
                    .isEqualTo("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\"");
        }
    }

    @Test
    void standardKeepsNonAsciiButEscapesLineSeparators() {
        assertThat(JsonStrings.quote("été <b> \u2028", STANDARD)).isEqualTo("\"été <b> \\u2028\"");
    }

    @Test
    void asciiOnlyWritesWhatPythonEnsureAsciiWrites() {
        // json.dumps("été 中\x7f") == '"\\u00e9t\\u00e9 \\u4e2d\\u007f"'
        assertThat(JsonStrings.quote("été 中\u007f", ASCII_ONLY)).isEqualTo("\"\\u00e9t\\u00e9 \\u4e2d\\u007f\"");
    }

    @Test
    void scriptSafeEscapesMarkupCharacters() {
        assertThat(JsonStrings.quote("</script><!-- & é", SCRIPT_SAFE))
                .isEqualTo("\"\\u003c/script\\u003e\\u003c!-- \\u0026 é\"");
    }
}
