package io.github.specwright.core.internal.rst.inline;

import io.github.specwright.core.internal.text.CharacterRules;
import io.github.specwright.core.model.Diagnostic.Level;
import io.github.specwright.core.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * The text one inline parse works on, shared by the recognisers of the constructs: the text with
 * its escapes marked, where its offsets stand in the source, the problems found so far, and the
 * character tests every recogniser makes. One instance serves every text an
 * {@link InlineParser} parses ({@link #reset}); the fields are read directly by the recognisers
 * of this package because they are read for every character.
 */
final class InlineInput {

    /** Stands for the backslash of an escape, as docutils' escape2null does (same length). */
    static final char ESCAPE = '\0';

    /** The text, each backslash replaced by {@link #ESCAPE}. */
    String s;
    /** Its length. */
    int n;
    private TextPositions positions;
    private List<InlineProblem> problems;
    private int nameRunStart;
    private int nameRunEnd;

    /** Starts on a new text whose first character stands at {@code line}:{@code column}. */
    void reset(String rawText, int line, int column) {
        s = escapeToNull(rawText);
        n = s.length();
        positions = new TextPositions(rawText, line, column);
        problems = List.of(); // most texts have none: allocated on first use
        nameRunStart = -1;
        nameRunEnd = -1;
    }

    List<InlineProblem> problems() {
        return problems;
    }

    void problem(int offset, Level level, String ruleId, String message) {
        if (problems.isEmpty()) {
            problems = new ArrayList<>();
        }
        problems.add(new InlineProblem(offset, positions.line(offset), positions.column(offset), level, ruleId,
                message));
    }

    SourceSpan span(int from, int to) {
        return positions.span(from, to);
    }

    // ---------------------------------------------------------------- character tests

    /** The character at i, or U+FFFF past the end. */
    char charAt(int i) {
        return i < n ? s.charAt(i) : '\uffff';
    }

    /** Is position i the end of the text or a non-whitespace character? */
    boolean nonSpaceAt(int i) {
        return i >= n || !CharClasses.isSpace(s.charAt(i));
    }

    /** May markup end right before position k? */
    boolean endsMarkupAt(int k) {
        return endsMarkupWithin(k, n);
    }

    /** May markup end right before position k of a segment that ends at {@code to}? */
    boolean endsMarkupWithin(int k, int to) {
        return k >= to || CharClasses.mayFollowMarkup(s.charAt(k));
    }

    /**
     * Is a start-string that runs from {@code start} to {@code stringEnd} plain text because it
     * stands between a matching pair such as {@code (*)}, or ends the text? Nothing is quoted at
     * {@code remaining}, where the search started.
     */
    boolean quoted(int start, int stringEnd, int remaining) {
        if (start == remaining) {
            return false;
        }
        if (stringEnd >= n) {
            return true;
        }
        return Punctuation.isPair(s.charAt(start - 1), s.charAt(stringEnd));
    }

    /**
     * The end of the reference name (alphanumerics with single internal {@code - . _ + :})
     * starting at i, or -1. Runs are remembered, so names inside one long run cost nothing.
     */
    int simpleNameEnd(int i) {
        if (i >= n || !nameCharAt(i)) {
            return -1;
        }
        if (i > nameRunStart && i < nameRunEnd) {
            return nameRunEnd;
        }
        int j = CharacterRules.simpleNameEnd(s, i);
        nameRunStart = i;
        nameRunEnd = j;
        return j;
    }

    /** Does a name character (a whole code point) start at i? */
    boolean nameCharAt(int i) {
        char c = s.charAt(i);
        return c < 128 ? CharClasses.isNameChar(c) : CharacterRules.isNameChar(s.codePointAt(i));
    }

    // ---------------------------------------------------------------- escapes

    /** The text of {@code [from, to)} with its escapes removed. */
    /** The text from {@code from} to {@code to} as written, backslashes kept (docutils' rawsource). */
    String raw(int from, int to) {
        return s.substring(from, to).replace(ESCAPE, '\\');
    }

    String unescape(int from, int to) {
        return unescapeString(s.substring(from, to));
    }

    /** docutils' escape2null: each backslash becomes {@link #ESCAPE}; the escaped char stays. */
    static String escapeToNull(String text) {
        if (text.indexOf('\\') < 0) {
            return text; // the common case: nothing escaped, nothing to copy
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                out.append(ESCAPE);
                if (i + 1 < text.length()) {
                    out.append(text.charAt(++i));
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Escapes removed; an escaped space or line break vanishes with its backslash. */
    static String unescapeString(String text) {
        if (text.indexOf(ESCAPE) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE) {
                if (i + 1 < text.length() && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\n')) {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
