package io.github.specwright.core.resolve;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names and ids as docutils makes them: {@code nodes.fully_normalize_name} (case folded, whitespace
 * collapsed) and {@code nodes.make_id} (ASCII letters, digits and hyphens, starting with a letter).
 */
public final class DocutilsIds {

    private DocutilsIds() {
    }

    /** docutils' {@code fully_normalize_name}: lower case, runs of whitespace as one space, stripped. */
    public static String normalizeName(String name) {
        return io.github.specwright.core.internal.text.Names.normalize(name);
    }

    /**
     * docutils' {@code make_id}: lower case; accented letters as their base letter and a few
     * digraphs and special letters (ß, æ, ø...) spelled out; every run of other characters one
     * hyphen; no hyphen or digit at the start, no hyphen at the end.
     */
    public static String makeId(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder translated = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            translated.append(translate(lower.charAt(i)));
        }
        String ascii = Normalizer.normalize(String.join(" ", translated.toString().strip().split("\\s+")),
                Normalizer.Form.NFKD).replaceAll("[^\\x00-\\x7F]", "");
        String id = ascii.replaceAll("[^a-z0-9]+", "-");
        return id.replaceAll("^[-0-9]+", "").replaceAll("-+$", "");
    }

    /** The letters docutils maps before dropping what is not ASCII. */
    private static String translate(char c) {
        return switch (c) {
            case '\u00df' -> "sz";
            case '\u00e6' -> "ae";
            case '\u0153' -> "oe";
            case '\u0238' -> "db";
            case '\u0239' -> "qp";
            case '\u00f8' -> "o";
            case '\u0111' -> "d";
            case '\u0127' -> "h";
            case '\u0131' -> "i";
            case '\u0142' -> "l";
            case '\u0167' -> "t";
            case '\u0180' -> "b";
            case '\u0183' -> "b";
            case '\u0188' -> "c";
            case '\u018c' -> "d";
            case '\u0192' -> "f";
            case '\u0199' -> "k";
            case '\u019a' -> "l";
            case '\u019e' -> "n";
            case '\u01a5' -> "p";
            case '\u01ab' -> "t";
            case '\u01ad' -> "t";
            case '\u01b4' -> "y";
            case '\u01b6' -> "z";
            case '\u01e5' -> "g";
            case '\u0225' -> "z";
            case '\u0234' -> "l";
            case '\u0235' -> "n";
            case '\u0236' -> "t";
            case '\u0237' -> "j";
            case '\u023c' -> "c";
            case '\u023f' -> "s";
            case '\u0240' -> "z";
            case '\u0247' -> "e";
            case '\u0249' -> "j";
            case '\u024b' -> "q";
            case '\u024d' -> "r";
            case '\u024f' -> "y";
            default -> String.valueOf(c);
        };
    }
}
