package io.github.specwright.core.rst;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed enumerated list marker: its format ({@code period} "1.", {@code parens} "(1)",
 * {@code rparen} "1)"), its sequence (arabic, loweralpha, upperalpha, lowerroman, upperroman
 * or {@code #} for auto-numbering), its text and its ordinal (null when it is not a valid
 * number of its sequence, e.g. "IIII").
 */
record Enumerator(String format, String sequence, String text, Integer ordinal, int end) {

    static final List<String> SEQUENCES = List.of("arabic", "loweralpha", "upperalpha", "lowerroman", "upperroman");
    private static final Pattern ROMAN = Pattern.compile("M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");

    /** Parses the marker at the start of {@code text}; null when there is none. */
    static Enumerator parse(String text, String expectedSequence) {
        Matcher m = Patterns.ENUMERATOR.matcher(text);
        if (!m.lookingAt()) {
            return null;
        }
        String format;
        String body;
        if (m.group("parens") != null) {
            format = "parens";
            body = m.group("parens").substring(1, m.group("parens").length() - 1);
        } else if (m.group("rparen") != null) {
            format = "rparen";
            body = m.group("rparen").substring(0, m.group("rparen").length() - 1);
        } else {
            format = "period";
            body = m.group("period").substring(0, m.group("period").length() - 1);
        }
        String sequence = null;
        if (body.equals("#")) {
            sequence = "#";
        } else if (expectedSequence != null) {
            if (matchesSequence(expectedSequence, body)) {
                sequence = expectedSequence;
            }
        } else if (body.equals("i")) {
            sequence = "lowerroman";
        } else if (body.equals("I")) {
            sequence = "upperroman";
        }
        if (sequence == null) {
            for (String candidate : SEQUENCES) {
                if (matchesSequence(candidate, body)) {
                    sequence = candidate;
                    break;
                }
            }
        }
        if (sequence == null) {
            return null;
        }
        return new Enumerator(format, sequence, body, ordinal(sequence, body), m.end());
    }

    private static boolean matchesSequence(String sequence, String text) {
        return switch (sequence) {
            case "arabic" -> text.matches("[0-9]+");
            case "loweralpha" -> text.matches("[a-z]");
            case "upperalpha" -> text.matches("[A-Z]");
            case "lowerroman" -> text.matches("[ivxlcdm]+");
            case "upperroman" -> text.matches("[IVXLCDM]+");
            default -> false;
        };
    }

    private static Integer ordinal(String sequence, String text) {
        switch (sequence) {
            case "#":
                return 1;
            case "arabic":
                try {
                    return Integer.parseInt(text);
                } catch (NumberFormatException e) {
                    return null; // too large to be a list ordinal
                }
            case "loweralpha":
                return text.charAt(0) - 'a' + 1;
            case "upperalpha":
                return text.charAt(0) - 'A' + 1;
            case "lowerroman":
                return fromRoman(text.toUpperCase(java.util.Locale.ROOT));
            case "upperroman":
                return fromRoman(text);
            default:
                return null;
        }
    }

    static Integer fromRoman(String text) {
        if (text.isEmpty() || !ROMAN.matcher(text).matches()) {
            return null;
        }
        int total = 0;
        for (int i = 0; i < text.length(); i++) {
            int value = romanValue(text.charAt(i));
            if (i + 1 < text.length() && value < romanValue(text.charAt(i + 1))) {
                total -= value;
            } else {
                total += value;
            }
        }
        return total;
    }

    private static int romanValue(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            case 'D' -> 500;
            default -> 1000;
        };
    }

    static String toRoman(int n) {
        if (n <= 0 || n >= 5000) {
            return null;
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] numerals = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < values.length; k++) {
            while (n >= values[k]) {
                out.append(numerals[k]);
                n -= values[k];
            }
        }
        return out.toString();
    }

    String prefix() {
        return format.equals("parens") ? "(" : "";
    }

    String suffix() {
        return format.equals("period") ? "." : ")";
    }

    /** The marker the item after one numbered {@code ordinal} would have, plus the auto marker; null when out of range. */
    static String[] next(int ordinal, String sequence, String format) {
        String enumerator;
        switch (sequence) {
            case "#" -> enumerator = "#";
            case "arabic" -> enumerator = Integer.toString(ordinal);
            case "loweralpha", "upperalpha" -> {
                if (ordinal > 26) {
                    return null;
                }
                char c = (char) ('a' + ordinal - 1);
                enumerator = sequence.startsWith("lower") ? String.valueOf(c) : String.valueOf(Character.toUpperCase(c));
            }
            default -> {
                String roman = toRoman(ordinal);
                if (roman == null) {
                    return null;
                }
                enumerator = sequence.startsWith("lower") ? roman.toLowerCase(java.util.Locale.ROOT) : roman;
            }
        }
        String prefix = format.equals("parens") ? "(" : "";
        String suffix = format.equals("period") ? "." : ")";
        return new String[] {prefix + enumerator + suffix + " ", prefix + "#" + suffix + " "};
    }
}
