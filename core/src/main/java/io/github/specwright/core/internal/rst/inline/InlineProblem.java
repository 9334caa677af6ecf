package io.github.specwright.core.internal.rst.inline;

import io.github.specwright.core.model.Diagnostic;

/**
 * A problem found while parsing the inline markup of one piece of text.
 *
 * @param offset  where the offending markup starts, as an offset into the raw text
 * @param line    the source line of that markup
 * @param column  the source column of that markup
 * @param level   docutils' level for it
 * @param ruleId  the Specwright rule id
 * @param message what is wrong and what to do
 */
public record InlineProblem(int offset, int line, int column, Diagnostic.Level level, String ruleId,
        String message) {
}
