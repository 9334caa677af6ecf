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

    private UnicodeCodes() {
    }

    public static List<String> decode(String arguments) {
        List<String> out = new ArrayList<>();
        if (arguments == null) {
            return out;
        }
        String codes = arguments.split("\\.\\. ", 2)[0];
        for (String code : codes.strip().split("\\s+")) {
            if (!code.isEmpty()) {
                out.add(decodeOne(code));
            }
        }
        return out;
    }

    private static String decodeOne(String code) {
        Matcher hex = HEX.matcher(code);
        Matcher decimal = DECIMAL.matcher(code);
        try {
            if (decimal.matches()) {
                return Character.toString(Integer.parseInt(decimal.group(1)));
            }
            if (hex.matches()) {
                return Character.toString(Integer.parseInt(hex.group(1) != null ? hex.group(1) : hex.group(2), 16));
            }
        } catch (IllegalArgumentException tooLarge) {
            return code; // not a code point: docutils reports it; the text stays as written here
        }
        return code;
    }
}
