package io.github.specwright.core.report;

import io.github.specwright.core.base.Finding;
import io.github.specwright.core.check.CheckResult;
import io.github.specwright.core.internal.json.JsonWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of a check run as plain JSON, for scripts:
 * <pre>{"filesChecked": 3, "errors": 1, "warnings": 0, "findings": [{"path": ..., "line": ...,
 * "column": ..., "severity": "error", "ruleId": ..., "message": ...}]}</pre>
 */
public final class JsonReport {

    private JsonReport() {
    }

    public static String render(CheckResult result) {
        List<Object> findings = new ArrayList<>();
        int errors = 0;
        for (Finding finding : result.findings()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("path", finding.path());
            item.put("line", finding.line());
            item.put("column", finding.column());
            item.put("severity", finding.severity().label());
            item.put("ruleId", finding.ruleId());
            item.put("message", finding.message());
            findings.add(item);
            if (finding.severity() == io.github.specwright.core.base.Severity.ERROR) {
                errors++;
            }
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("filesChecked", result.filesChecked());
        root.put("errors", errors);
        root.put("warnings", result.findings().size() - errors);
        root.put("findings", findings);
        return JsonWriter.pretty().write(root) + "\n";
    }
}
