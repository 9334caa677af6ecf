package io.github.specwright.core.model;

/**
 * A problem the parser found in the markup, reported where docutils reports it.
 *
 * @param line    1-based line (the line docutils names in its system message)
 * @param column  1-based column, or 1 when only the line is known
 * @param level   docutils' level for the same condition
 * @param ruleId  the Specwright rule id, e.g. {@code rst-title-underline}
 * @param message a message in our own words, naming what is wrong and what to do
 */
public record Diagnostic(int line, int column, Level level, String ruleId, String message) {

    /** docutils' system message levels; INFO messages are not findings. */
    public enum Level { INFO, WARNING, ERROR, SEVERE }

    public boolean isFinding() {
        return level != Level.INFO;
    }
}
