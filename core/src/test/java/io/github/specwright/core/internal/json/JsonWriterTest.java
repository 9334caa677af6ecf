package io.github.specwright.core.internal.json;

import static io.github.specwright.core.internal.json.JsonWriter.Escaping.ASCII_ONLY;
import static io.github.specwright.core.internal.json.JsonWriter.Escaping.SCRIPT_SAFE;
import static io.github.specwright.core.internal.json.JsonWriter.Escaping.STANDARD;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void escapesWhatJsonRequiresInEveryMode() {
        for (JsonWriter.Escaping escaping : JsonWriter.Escaping.values()) {
            assertThat(JsonWriter.quote("a\"b\\c\n\r\t\b\f\u0001", escaping))
                    .isEqualTo("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\"");
        }
    }

    @Test
    void standardKeepsNonAsciiButEscapesLineSeparators() {
        assertThat(JsonWriter.quote("été <b> \u2028", STANDARD)).isEqualTo("\"été <b> \\u2028\"");
    }

    @Test
    void asciiOnlyWritesWhatPythonEnsureAsciiWrites() {
        // json.dumps("été 中\x7f") == '"\\u00e9t\\u00e9 \\u4e2d\\u007f"'
        assertThat(JsonWriter.quote("été 中\u007f", ASCII_ONLY)).isEqualTo("\"\\u00e9t\\u00e9 \\u4e2d\\u007f\"");
    }

    @Test
    void scriptSafeEscapesMarkupCharacters() {
        assertThat(JsonWriter.quote("</script><!-- & é", SCRIPT_SAFE))
                .isEqualTo("\"\\u003c/script\\u003e\\u003c!-- \\u0026 é\"");
    }

    private static final java.util.Map<String, Object> RECORDS = new java.util.LinkedHashMap<>();

    static {
        RECORDS.put("version", 1);
        RECORDS.put("entries", java.util.List.of(java.util.Map.of("a", "x"), java.util.Map.of("b", java.util.List.of("y", "z"))));
        RECORDS.put("empty", java.util.List.of());
        RECORDS.put("none", java.util.Map.of());
    }

    @Test
    void prettyPutsEveryLevelOnLines() {
        assertThat(JsonWriter.pretty().write(RECORDS)).isEqualTo("""
                {
                  "version": 1,
                  "entries": [
                    {
                      "a": "x"
                    },
                    {
                      "b": [
                        "y",
                        "z"
                      ]
                    }
                  ],
                  "empty": [],
                  "none": {}
                }""");
    }

    @Test
    void linesForKeepsDeeperLevelsOnOneLine() {
        assertThat(JsonWriter.linesFor(2).write(RECORDS)).isEqualTo("""
                {
                  "version": 1,
                  "entries": [
                    {"a": "x"},
                    {"b": ["y", "z"]}
                  ],
                  "empty": [],
                  "none": {}
                }""");
    }

    @Test
    void oneLineIsSpacedAndCompactIsNot() {
        assertThat(JsonWriter.oneLine(STANDARD).write(RECORDS))
                .isEqualTo("{\"version\": 1, \"entries\": [{\"a\": \"x\"}, {\"b\": [\"y\", \"z\"]}], \"empty\": [], \"none\": {}}");
        assertThat(JsonWriter.compact(SCRIPT_SAFE).write(java.util.Map.of("k", java.util.List.of("<a>", true))))
                .isEqualTo("{\"k\":[\"\\u003ca\\u003e\",true]}");
    }

    @Test
    void refusesWhatJsonCannotHold() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JsonWriter.pretty().write(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Double");
    }
}
