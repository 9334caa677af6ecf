package io.github.specwright.core.internal.rst.inline;

/**
 * The next occurrence of one character at or after a position of the current text. Queries
 * mostly move forward, so each answer is reused until the position passes it: linear in total.
 */
final class NextChar {

    private final InlineInput input;
    private final char c;
    private int query = Integer.MAX_VALUE;
    private int found;

    NextChar(InlineInput input, char c) {
        this.input = input;
        this.c = c;
    }

    void reset() {
        query = Integer.MAX_VALUE;
    }

    /** The offset of the next {@code c} at or after {@code position}, or the text's length. */
    int from(int position) {
        if (position < query || position > found) {
            int at = input.s.indexOf(c, position);
            query = position;
            found = at < 0 ? input.n : at;
        }
        return found;
    }
}
