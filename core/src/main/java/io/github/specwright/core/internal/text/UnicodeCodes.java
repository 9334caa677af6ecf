package io.github.specwright.core.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of docutils' {@code unicode} directive: each whitespace-separated code is a character
 * given in hexadecimal ({@code U+00A9}, {@code U00A9}, {@code 0xA9}, {@code xA9}, {@code \xA9},
 * {@code \}{@code uA9}, {@code &#xA9;}; prefixes in either case), in decimal ({@code 169}), or text
 * kept as it is ({@code &#169;} too, as in docutils); a {@code ..} starts a comment.
 */
public final class UnicodeCodes {

    /** docutils' unicode_pattern. */
    private static final Pattern HEX = Pattern.compile("(?:0x|x|\\\\x|U\\+?|\\\\u)([0-9a-f]+)|&#x([0-9a-f]+);",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DECIMAL = Pattern.compile("([0-9]+)");
    /** What {@link #codePoint} gives for text kept as written, and for a number beyond U+10FFFF. */
    private static final int TEXT = -1;
    private static final int TOO_LARGE = -2;

    private UnicodeCodes() {
    }

    /** The characters the codes of {@code arguments} stand for; a code that names no character stays as written. */
    public static List<String> decode(String arguments) {
        List<String> out = new ArrayList<>();
        for (String code : codes(arguments)) {
            int codePoint = codePoint(code);
            out.add(codePoint >= 0 ? Character.toString(codePoint) : code);
        }
        return out;
    }

    /**
     * The first code of {@code arguments} that is a number beyond U+10FFFF, the last code point (docutils' "Invalid
     * character code" error), or null when every code is a character or text.
     */
    public static String firstInvalid(String arguments) {
        for (String code : codes(arguments)) {
            if (codePoint(code) == TOO_LARGE) {
                return code;
            }
        }
        return null;
    }

    /** The whitespace-separated codes before a comment. */
    private static List<String> codes(String arguments) {
        List<String> out = new ArrayList<>();
        if (arguments == null) {
            return out;
        }
        String codes = arguments.split("\\.\\. ", 2)[0];
        for (String code : codes.strip().split("\\s+")) {
            if (!code.isEmpty()) {
                out.add(code);
            }
        }
        return out;
    }

    /** The code point {@code code} gives, {@link #TEXT} when it is text, {@link #TOO_LARGE} beyond U+10FFFF. */
    private static int codePoint(String code) {
        String digits;
        int radix;
        Matcher decimal = DECIMAL.matcher(code);
        Matcher hex = HEX.matcher(code);
        if (decimal.matches()) {
            digits = decimal.group(1);
            radix = 10;
        } else if (hex.matches()) {
            digits = hex.group(1) != null ? hex.group(1) : hex.group(2);
            radix = 16;
        } else {
            return TEXT;
        }
        try {
            int value = Integer.parseInt(digits, radix);
            return value <= Character.MAX_CODE_POINT ? value : TOO_LARGE;
        } catch (NumberFormatException overflow) {
            return TOO_LARGE; // digits only, so only too many of them
        }
    }
}
