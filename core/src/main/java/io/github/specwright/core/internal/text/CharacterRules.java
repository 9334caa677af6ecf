package io.github.specwright.core.internal.text;

/**
 * docutils' character and name rules (0.19), the one copy the block and the inline parsers
 * share: whitespace is Python's {@code \s}, a name character Python's {@code \w} on Unicode
 * without the underscore, and a simple reference name is name characters with isolated internal
 * hyphens, underscores, periods, colons and plus signs
 * ({@code (?:(?!_)\w)+(?:[-._+:](?:(?!_)\w)+)*}). Names are read by code point, so letters
 * outside the Basic Multilingual Plane count too.
 */
public final class CharacterRules {

    private static final String NAME_SEPARATORS = "-._+:";

    private CharacterRules() {
    }

    /** Python's {@code str.isspace}, which its regular expressions' {@code \s} follows on Unicode text. */
    public static boolean isSpace(char c) {
        if (c > ' ' && c < '\u0085') {
            return false; // printable ASCII and most Latin-1 controls: the common case first
        }
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f'
                || c == '\u001c' || c == '\u001d' || c == '\u001e' || c == '\u001f' || c == '\u0085'
                || Character.isSpaceChar(c);
    }

    /** Python's {@code \w} without the underscore: letters, decimal digits and other numerals (², Ⅻ, ½). */
    public static boolean isNameChar(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Is {@code c} one of the characters that may join two runs of name characters? */
    static boolean isNameSeparator(char c) {
        return NAME_SEPARATORS.indexOf(c) >= 0;
    }

    /** The end of the simple reference name that starts at {@code from}, or -1 when none starts there. */
    public static int simpleNameEnd(CharSequence s, int from) {
        int n = s.length();
        int i = from;
        int end = -1;
        while (true) {
            int runStart = i;
            while (i < n) {
                char c = s.charAt(i);
                if (c < 128) {
                    if (!isNameChar(c)) {
                        break;
                    }
                    i++; // ASCII needs no code point decoding
                    continue;
                }
                int cp = Character.codePointAt(s, i);
                if (!isNameChar(cp)) {
                    break;
                }
                i += Character.charCount(cp);
            }
            if (i == runStart) {
                return end;
            }
            end = i;
            if (i + 1 < n && isNameSeparator(s.charAt(i)) && isNameChar(Character.codePointAt(s, i + 1))) {
                i++;
            } else {
                return end;
            }
        }
    }

    /** Is all of {@code s} a simple reference name? */
    public static boolean isSimpleName(String s) {
        return !s.isEmpty() && simpleNameEnd(s, 0) == s.length();
    }

    /** A footnote's label: a number, {@code #}, {@code #} and a simple name, or {@code *}. */
    public static boolean isFootnoteLabel(String label) {
        if (label.equals("*") || label.equals("#")) {
            return true;
        }
        if (label.startsWith("#")) {
            return isSimpleName(label.substring(1));
        }
        if (label.isEmpty()) {
            return false;
        }
        for (int i = 0; i < label.length(); i++) {
            if (label.charAt(i) < '0' || label.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
