package io.github.specwright.core.check;

import java.util.List;

/**
 * What one check run found.
 *
 * @param findings     every finding, sorted by path, line, column
 * @param filesChecked how many files were read
 */
public record CheckResult(List<Finding> findings, int filesChecked) {

    public CheckResult {
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
