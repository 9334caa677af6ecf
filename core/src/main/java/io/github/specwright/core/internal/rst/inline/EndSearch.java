package io.github.specwright.core.internal.rst.inline;

/**
 * The search for one construct's end-string. docutils searches the rest of the text for an
 * end-string each time it meets a start-string. Only the first {@code contextSensitive}
 * positions of a search depend on where it starts (look-behinds stop there), so the answer for
 * later positions is remembered and reused: a text full of unclosed start-strings stays linear.
 * Every end-string begins with {@code first}, so the search jumps from one of those to the next.
 * An answer packs the end-string's position and the construct's end into one long.
 */
final class EndSearch {

    /** Tells whether an end-string matches at a position. */
    interface Matcher {
        /**
         * The end of the whole end-string (suffix included) if one matches at p, else -1.
         * {@code atRegionStart}: p is where the search began; {@code regionStart}: that
         * position, or -1 for the position-independent part of the search.
         */
        int matchAt(int p, boolean atRegionStart, int regionStart);
    }

    private final InlineInput input;
    private final Matcher matcher;
    private final char first;
    private final int contextSensitive;
    private int cachedFrom = Integer.MAX_VALUE;
    private long cachedAnswer = -1;

    EndSearch(InlineInput input, Matcher matcher, char first, int contextSensitive) {
        this.input = input;
        this.matcher = matcher;
        this.first = first;
        this.contextSensitive = contextSensitive;
    }

    /** Forgets the remembered answer: a new text is being parsed. */
    void reset() {
        cachedFrom = Integer.MAX_VALUE;
        cachedAnswer = -1;
    }

    /** The first end-string at or after {@code from} (packed), or -1. */
    long find(int from) {
        for (int p = from; p < Math.min(input.n, from + contextSensitive); p++) {
            int end = matcher.matchAt(p, p == from, from);
            if (end >= 0) {
                return pack(p, end);
            }
        }
        return independent(from + contextSensitive);
    }

    private long independent(int from) {
        if (from >= cachedFrom && (cachedAnswer < 0 || from <= position(cachedAnswer))) {
            return cachedAnswer;
        }
        long answer = -1;
        String s = input.s;
        for (int p = s.indexOf(first, from); p >= 0; p = s.indexOf(first, p + 1)) {
            int end = matcher.matchAt(p, false, -1);
            if (end >= 0) {
                answer = pack(p, end);
                break;
            }
        }
        cachedFrom = from;
        cachedAnswer = answer;
        return answer;
    }

    private static long pack(int position, int end) {
        return ((long) position << 32) | (end & 0xffffffffL);
    }

    /** Where the end-string of a found answer begins. */
    static int position(long found) {
        return (int) (found >>> 32);
    }

    /** Where the construct of a found answer ends (after the end-string and any suffix). */
    static int end(long found) {
        return (int) found;
    }
}
