package io.github.specwright.core.json;

/**
 * Writes JSON string literals. One escaper for every JSON Specwright writes; the callers differ
 * only in which characters beyond those JSON requires they want escaped, hence {@link Escaping}.
 */
public final class JsonStrings {

    /** Which characters are written as {@code \\uXXXX} beyond the control characters. */
    public enum Escaping {
        /** RFC 8259, plus U+2028/U+2029, which are valid JSON but break JavaScript consumers. */
        STANDARD,
        /** Everything outside printable ASCII, as Python's {@code json.dumps} with {@code ensure_ascii}. */
        ASCII_ONLY,
        /** STANDARD plus {@code < > &}, so no {@code </script} or {@code <!--} can appear in a script file. */
        SCRIPT_SAFE
    }

    private JsonStrings() {
    }

    /** The quoted literal of {@code value}. */
    public static String quote(String value, Escaping escaping) {
        StringBuilder out = new StringBuilder(value.length() + 2);
        append(out, value, escaping);
        return out.toString();
    }

    /** Appends the quoted literal of {@code value} to {@code out}. */
    public static void append(StringBuilder out, String value, Escaping escaping) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (needsUnicodeEscape(c, escaping)) {
                        out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf])
                                .append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static boolean needsUnicodeEscape(char c, Escaping escaping) {
        if (c < 0x20) {
            return true;
        }
        return switch (escaping) {
            case ASCII_ONLY -> c > 0x7e;
            case SCRIPT_SAFE -> c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029';
            case STANDARD -> c == '\u2028' || c == '\u2029';
        };
    }
}
