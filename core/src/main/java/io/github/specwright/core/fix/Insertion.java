package io.github.specwright.core.fix;

/**
 * Text the fixer added rather than changed: a missing template section appended with the body
 * "None". Kept apart so that callers (and the content-preservation tests) can tell what is new.
 *
 * @param firstLine the 1-based first line of the inserted text in the fixed file
 * @param lineCount how many lines it spans
 * @param text      the inserted lines, each ending with a newline
 */
public record Insertion(int firstLine, int lineCount, String text) {
}
