package io.github.specwright.core.internal.rst.inline;

import io.github.specwright.core.internal.text.CharacterRules;

/**
 * The character tests the inline parser makes for every character of every text. ASCII
 * characters are answered from one table: a check runs mostly before the JIT compiler has
 * seen the parser (a Maven build checks a repository once, in a fresh JVM), and a table read
 * costs a fraction of {@link Character}'s property lookups there. Other characters take the
 * full Unicode route, with the same answers.
 */
final class CharClasses {

    private static final int SPACE = 1;
    private static final int OPENS = 1 << 1;
    private static final int CLOSES = 1 << 2;
    private static final int NAME = 1 << 3;
    private static final int URI = 1 << 4;
    private static final int EMAIL = 1 << 5;
    private static final int LETTER = 1 << 6;
    private static final int ALNUM = 1 << 7;

    private static final String URI_CHARS_PUNCT = "-_.!~*'()[];/:@&=+$,%";
    private static final String EMAIL_CHARS_PUNCT = "-_!~*'{|}/#?^`&=+$%";

    private static final int[] ASCII = new int[128];

    static {
        for (char c = 0; c < 128; c++) {
            int flags = 0;
            if (unicodeSpace(c)) {
                flags |= SPACE;
            }
            if (Punctuation.opensMarkup(c)) {
                flags |= OPENS;
            }
            if (Punctuation.closesMarkup(c)) {
                flags |= CLOSES;
            }
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            boolean alnum = letter || (c >= '0' && c <= '9');
            if (letter) {
                flags |= LETTER;
            }
            if (alnum) {
                flags |= ALNUM | NAME;
            }
            if (alnum || URI_CHARS_PUNCT.indexOf(c) >= 0 || c == InlineInput.ESCAPE) {
                flags |= URI;
            }
            if (alnum || EMAIL_CHARS_PUNCT.indexOf(c) >= 0 || c == InlineInput.ESCAPE) {
                flags |= EMAIL;
            }
            ASCII[c] = flags;
        }
    }

    private CharClasses() {
    }

    private static boolean unicodeSpace(char c) {
        return CharacterRules.isSpace(c);
    }

    /** Whitespace as docutils' regular expressions see it ({@code \s}). */
    static boolean isSpace(char c) {
        return c < 128 ? (ASCII[c] & SPACE) != 0 : unicodeSpace(c);
    }

    /** May inline markup start right after c: whitespace or opening/delimiting punctuation. */
    static boolean mayPrecedeMarkup(char c) {
        return c < 128 ? (ASCII[c] & (SPACE | OPENS)) != 0 : unicodeSpace(c) || Punctuation.opensMarkup(c);
    }

    /** May inline markup end right before c: whitespace, an escape or closing/delimiting punctuation. */
    static boolean mayFollowMarkup(char c) {
        return c < 128 ? (ASCII[c] & (SPACE | CLOSES)) != 0 || c == InlineInput.ESCAPE
                : unicodeSpace(c) || Punctuation.closesMarkup(c);
    }

    /**
     * A name character of the Basic Multilingual Plane (see {@link CharacterRules#isNameChar};
     * the underscore is not one: it ends references). A surrogate is none: test code points there.
     */
    static boolean isNameChar(char c) {
        return c < 128 ? (ASCII[c] & NAME) != 0 : CharacterRules.isNameChar(c);
    }

    static boolean isAsciiLetter(char c) {
        return c < 128 && (ASCII[c] & LETTER) != 0;
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return c < 128 && (ASCII[c] & ALNUM) != 0;
    }

    /** A character of a standalone URI's body (escapes included, as docutils' pattern allows). */
    static boolean isUriChar(char c) {
        return c < 128 && (ASCII[c] & URI) != 0;
    }

    /** A character of an e-mail address's local part or host (besides the dot). */
    static boolean isEmailChar(char c) {
        return c < 128 && (ASCII[c] & EMAIL) != 0;
    }
}
