package io.github.specwright.core.report;

import io.github.specwright.core.base.Finding;
import io.github.specwright.core.base.Severity;
import io.github.specwright.core.internal.text.PercentEncoding;
import io.github.specwright.core.check.CheckResult;
import io.github.specwright.core.internal.json.JsonWriter;
import io.github.specwright.core.suppress.Suppressions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings of a check run as a SARIF 2.1.0 log, the format code-scanning services read to
 * annotate sources. One run, one result per finding; each result names its rule (listed with its
 * descriptions and help in {@code tool.driver.rules}, from the rule registry), its level, its message and a region. Paths
 * stay relative to the checked root, announced as the {@code %SRCROOT%} base.
 */
public final class SarifReport {

    static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/specwright/specwright";
    static final String SOURCE_ROOT = "%SRCROOT%";

    private SarifReport() {
    }

    /** The SARIF log of {@code result}, as JSON text. */
    public static String render(CheckResult result) {
        return render(result, SpecwrightVersion.get());
    }

    /** The SARIF log of {@code result}, naming the tool version given. */
    public static String render(CheckResult result, String toolVersion) {
        // Rules sorted by id, so that ruleIndex is stable from one run to the next.
        Map<String, Integer> ruleIndex = new TreeMap<>();
        for (Finding finding : result.findings()) {
            ruleIndex.putIfAbsent(finding.ruleId(), 0);
        }
        for (Suppressions.Suppressed suppressed : result.suppressed()) {
            ruleIndex.putIfAbsent(suppressed.finding().ruleId(), 0);
        }
        List<Object> rules = new ArrayList<>();
        for (String ruleId : ruleIndex.keySet()) {
            ruleIndex.put(ruleId, rules.size());
            rules.add(rule(ruleId));
        }
        List<Object> results = new ArrayList<>();
        for (Finding finding : result.findings()) {
            results.add(result(finding, ruleIndex.get(finding.ruleId())));
        }
        // Accepted in the source with a reason: still results, marked so that viewers hide them by default.
        for (Suppressions.Suppressed suppressed : result.suppressed()) {
            Map<String, Object> item = result(suppressed.finding(), ruleIndex.get(suppressed.finding().ruleId()));
            item.put("suppressions", List.of(Map.of("kind", "inSource", "justification", suppressed.reason())));
            results.add(item);
        }

        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "Specwright");
        driver.put("version", toolVersion);
        driver.put("informationUri", INFORMATION_URI);
        driver.put("rules", rules);

        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("columnKind", "utf16CodeUnits");
        run.put("results", results);

        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA_URI);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return JsonWriter.pretty().write(log) + "\n";
    }

    private static Map<String, Object> rule(String ruleId) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", ruleId);
        rule.put("name", ruleId);
        rule.put("shortDescription", Map.of("text", RuleCatalog.describe(ruleId)));
        rule.put("fullDescription", Map.of("text", RuleCatalog.describeFully(ruleId)));
        rule.put("help", Map.of("text", RuleCatalog.help(ruleId)));
        return rule;
    }

    private static Map<String, Object> result(Finding finding, int ruleIndex) {
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("startLine", Math.max(1, finding.line()));
        region.put("startColumn", Math.max(1, finding.column()));

        Map<String, Object> artifact = new LinkedHashMap<>();
        artifact.put("uri", relativeUri(finding.path()));
        artifact.put("uriBaseId", SOURCE_ROOT);

        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", artifact);
        physical.put("region", region);

        Map<String, Object> item = new LinkedHashMap<>();
        item.put("ruleId", finding.ruleId());
        item.put("ruleIndex", ruleIndex);
        item.put("level", finding.severity() == Severity.ERROR ? "error" : "warning");
        item.put("message", Map.of("text", finding.message()));
        item.put("locations", List.of(Map.of("physicalLocation", physical)));
        return item;
    }

    /**
     * A relative URI reference for a path with {@code /} separators: each segment keeps the
     * unreserved characters and percent-encodes the rest as UTF-8, so spaces or {@code #} in a
     * file name cannot break the URI.
     */
    static String relativeUri(String path) {
        return PercentEncoding.encode(path.replace('\\', '/'), "-._~/", false);
    }
}
