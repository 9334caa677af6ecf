package io.github.specwright.core.check;

/** A finding before it knows its file and severity: what a single rule reports. */
public record Problem(int line, int column, String ruleId, String message) {
}
