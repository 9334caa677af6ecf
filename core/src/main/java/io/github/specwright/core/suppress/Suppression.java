package io.github.specwright.core.suppress;

import java.util.List;

/**
 * One {@code specwright: disable=RULE[,RULE] -- REASON} comment and what it covers.
 *
 * @param rules     the rule ids it disables
 * @param reason    why, in the author's words
 * @param line      the comment's line
 * @param column    the comment's column
 * @param firstLine the first line it covers
 * @param lastLine  the last line it covers
 * @param scope     what it covers: the file, a section, or the next element
 */
public record Suppression(List<String> rules, String reason, int line, int column, int firstLine, int lastLine,
                          Scope scope) {

    /** What a suppression covers, by where its comment stands. */
    public enum Scope { FILE, SECTION, ELEMENT }

    public Suppression {
        rules = List.copyOf(rules);
    }

    public boolean covers(String ruleId, int findingLine) {
        return rules.contains(ruleId) && firstLine <= findingLine && findingLine <= lastLine;
    }
}
