package io.github.specwright.core.fix;

/**
 * One change the fixer made to a file.
 *
 * @param line        the 1-based line it concerns, in the file as it was read
 * @param ruleId      the rule whose finding it removes, e.g. {@code trailing-whitespace}
 * @param description what was done, in plain words
 */
public record Change(int line, String ruleId, String description) {

    /** {@code line 12: removed trailing whitespace}. */
    public String format() {
        return "line " + line + ": " + description;
    }
}
