package io.github.specwright.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.base.Finding;
import io.github.specwright.core.base.Severity;
import io.github.specwright.core.check.CheckResult;
import io.github.specwright.core.internal.json.JsonWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {

    @Test
    void listsFindingsWithCounts() {
        CheckResult result = new CheckResult(List.of(
                new Finding("a.rst", 2, 5, Severity.ERROR, "tab-indent", "tab in \"indent\""),
                new Finding("b.rst", 1, 1, Severity.WARNING, "story-link", "no story")), 4);
        assertThat(JsonReport.render(result)).isEqualTo("""
                {
                  "filesChecked": 4,
                  "errors": 1,
                  "warnings": 1,
                  "findings": [
                    {
                      "path": "a.rst",
                      "line": 2,
                      "column": 5,
                      "severity": "error",
                      "ruleId": "tab-indent",
                      "message": "tab in \\"indent\\""
                    },
                    {
                      "path": "b.rst",
                      "line": 1,
                      "column": 1,
                      "severity": "warning",
                      "ruleId": "story-link",
                      "message": "no story"
                    }
                  ]
                }
                """);
    }

    @Test
    void noFindings() {
        assertThat(JsonReport.render(new CheckResult(List.of(), 0)))
                .isEqualTo("{\n  \"filesChecked\": 0,\n  \"errors\": 0,\n  \"warnings\": 0,\n  \"findings\": []\n}\n");
    }

    @Test
    void escapesControlCharacters() {
        assertThat(JsonWriter.pretty().write("a\u0000b\u001fc\u2028")).isEqualTo("\"a\\u0000b\\u001fc\\u2028\"");
    }
}
