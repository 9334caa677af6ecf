package io.github.specwright.core.base;

/**
 * One thing wrong with one file, at one place.
 *
 * @param path     the file, relative to the checked root, with {@code /} separators
 * @param line     1-based line
 * @param column   1-based column
 * @param severity error or warning
 * @param ruleId   the rule that found it, e.g. {@code missing-section}
 * @param message  what is wrong and what to do, in plain words
 */
public record Finding(String path, int line, int column, Severity severity, String ruleId, String message)
        implements Comparable<Finding> {

    /** {@code path:line:column: error [rule-id] message}, the form the CLI prints. */
    public String format() {
        return path + ":" + line + ":" + column + ": " + severity.label() + " [" + ruleId + "] " + message;
    }

    @Override
    public int compareTo(Finding other) {
        int byPath = path.compareTo(other.path);
        if (byPath != 0) {
            return byPath;
        }
        int byLine = Integer.compare(line, other.line);
        if (byLine != 0) {
            return byLine;
        }
        int byColumn = Integer.compare(column, other.column);
        return byColumn != 0 ? byColumn : ruleId.compareTo(other.ruleId);
    }
}
