package io.github.specwright.core.internal.json;

import java.util.List;
import java.util.Map;

/**
 * The one JSON writer of Specwright: maps (in their iteration order), lists, strings, whole
 * numbers, booleans and null, laid out in one of a few fixed ways so that every file it writes
 * keeps the same bytes from run to run. The layouts differ only in how many levels go on lines
 * of their own (indented by two spaces a level) and whether the values on one line are spaced
 * ({@code ", "}, {@code ": "}) or not; the escaping of strings is chosen per writer
 * ({@link Escaping}). Immutable and thread-safe.
 */
public final class JsonWriter {

    /** Which characters are written as {@code \\uXXXX} beyond the control characters. */
    public enum Escaping {
        /** RFC 8259, plus U+2028/U+2029, which are valid JSON but break JavaScript consumers. */
        STANDARD,
        /** Everything outside printable ASCII, as Python's {@code json.dumps} with {@code ensure_ascii}. */
        ASCII_ONLY,
        /** STANDARD plus {@code < > &}, so no {@code </script} or {@code <!--} can appear in a script file. */
        SCRIPT_SAFE
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Escaping escaping;
    /** Containers nested less deep than this are laid out over lines; deeper ones stay on one line. */
    private final int levelsOnLines;
    private final boolean spaced;

    private JsonWriter(Escaping escaping, int levelsOnLines, boolean spaced) {
        this.escaping = escaping;
        this.levelsOnLines = levelsOnLines;
        this.spaced = spaced;
    }

    /** Every level on lines of its own (the reports). */
    public static JsonWriter pretty() {
        return new JsonWriter(Escaping.STANDARD, Integer.MAX_VALUE, true);
    }

    /** The first {@code levels} levels on lines of their own, what is deeper on one line: one record per line. */
    public static JsonWriter linesFor(int levels) {
        return new JsonWriter(Escaping.STANDARD, levels, true);
    }

    /** Everything on one line, spaced as Python's {@code json.dumps} writes it by default. */
    public static JsonWriter oneLine(Escaping escaping) {
        return new JsonWriter(escaping, 0, true);
    }

    /** Everything on one line, without spaces (data read only by programs). */
    public static JsonWriter compact(Escaping escaping) {
        return new JsonWriter(escaping, 0, false);
    }

    /** The JSON text of {@code value}, without a final newline. */
    public String write(Object value) {
        StringBuilder out = new StringBuilder();
        value(out, value, 0);
        return out.toString();
    }

    /** The quoted literal of {@code value}. */
    public static String quote(String value, Escaping escaping) {
        StringBuilder out = new StringBuilder(value.length() + 2);
        string(out, value, escaping);
        return out.toString();
    }

    private void value(StringBuilder out, Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(out, text, escaping);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            object(out, map, depth);
        } else if (value instanceof List<?> list) {
            array(out, list, depth);
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON");
        }
    }

    private void object(StringBuilder out, Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            separate(out, depth, first);
            first = false;
            string(out, String.valueOf(entry.getKey()), escaping);
            out.append(spaced ? ": " : ":");
            value(out, entry.getValue(), depth + 1);
        }
        close(out, depth);
        out.append('}');
    }

    private void array(StringBuilder out, List<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            separate(out, depth, i == 0);
            value(out, list.get(i), depth + 1);
        }
        close(out, depth);
        out.append(']');
    }

    /** Before a member of a container at {@code depth}: a comma unless it is the first, then a new line or a space. */
    private void separate(StringBuilder out, int depth, boolean first) {
        if (!first) {
            out.append(',');
        }
        if (depth < levelsOnLines) {
            out.append('\n').append("  ".repeat(depth + 1));
        } else if (!first && spaced) {
            out.append(' ');
        }
    }

    private void close(StringBuilder out, int depth) {
        if (depth < levelsOnLines) {
            out.append('\n').append("  ".repeat(depth));
        }
    }

    private static void string(StringBuilder out, String value, Escaping escaping) {
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
