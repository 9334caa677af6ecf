package io.github.specwright.core.check;

import io.github.specwright.core.base.Finding;
import io.github.specwright.core.base.Severity;

import io.github.specwright.core.suppress.Suppressions;
import java.util.List;

/**
 * What one check run found.
 *
 * @param findings     every finding, sorted by path, line, column
 * @param filesChecked how many files were read
 * @param suppressed   the findings suppression comments accepted, with their reasons
 * @param baselined    how many findings a baseline accepted (they are not in {@code findings})
 */
public record CheckResult(List<Finding> findings, int filesChecked, List<Suppressions.Suppressed> suppressed,
                          int baselined) {

    public CheckResult {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
    }

    public CheckResult(List<Finding> findings, int filesChecked, List<Suppressions.Suppressed> suppressed) {
        this(findings, filesChecked, suppressed, 0);
    }

    public CheckResult(List<Finding> findings, int filesChecked) {
        this(findings, filesChecked, List.of(), 0);
    }

    /** Several runs' results as one (the CLI checks several roots and loose files). */
    public static CheckResult merge(List<CheckResult> results) {
        List<Finding> findings = new java.util.ArrayList<>();
        List<Suppressions.Suppressed> suppressed = new java.util.ArrayList<>();
        int files = 0;
        int baselined = 0;
        for (CheckResult result : results) {
            findings.addAll(result.findings());
            suppressed.addAll(result.suppressed());
            files += result.filesChecked();
            baselined += result.baselined();
        }
        return new CheckResult(findings, files, suppressed, baselined);
    }

    /** {@code checked N files: E errors, W warnings}, then what suppressions and a baseline accepted, if anything. */
    public String summary() {
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.size() - errors;
        StringBuilder out = new StringBuilder("checked ").append(filesChecked).append(filesChecked == 1 ? " file: " : " files: ")
                .append(errors).append(errors == 1 ? " error, " : " errors, ").append(warnings)
                .append(warnings == 1 ? " warning" : " warnings");
        if (!suppressed.isEmpty()) {
            out.append(", ").append(suppressed.size()).append(" suppressed in the source");
        }
        if (baselined > 0) {
            out.append(", ").append(baselined).append(" accepted by the baseline");
        }
        return out.toString();
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
