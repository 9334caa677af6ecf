package io.github.specwright.core.base;

/** How bad a finding is: errors fail a build, warnings are reported only. */
public enum Severity {
    ERROR, WARNING;

    /** The word printed in {@code path:line:column: error [rule] message}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
