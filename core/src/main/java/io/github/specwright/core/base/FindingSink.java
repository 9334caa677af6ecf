package io.github.specwright.core.base;

/** Where a check reports what it finds; the checker adds the file, and the configured severity. */
@FunctionalInterface
public interface FindingSink {

    /** A problem at 1-based {@code line} and {@code column}, found by the rule {@code ruleId}. */
    void report(int line, int column, String ruleId, String message);

    /** A finding another layer built (its path and severity are the checker's to set). */
    default void report(Finding finding) {
        report(finding.line(), finding.column(), finding.ruleId(), finding.message());
    }
}
