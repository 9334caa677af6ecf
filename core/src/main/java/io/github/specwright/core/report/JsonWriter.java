package io.github.specwright.core.report;

import io.github.specwright.core.json.JsonStrings;

import java.util.List;
import java.util.Map;

/**
 * A minimal JSON serialiser for the reports: maps (kept in insertion order), lists, strings,
 * numbers, booleans and null. Written here so that core keeps no dependency.
 */
final class JsonWriter {

    private final StringBuilder out = new StringBuilder();
    private final boolean pretty;

    private JsonWriter(boolean pretty) {
        this.pretty = pretty;
    }

    /** The JSON text of {@code value}, indented by two spaces, ending with a newline. */
    static String write(Object value) {
        JsonWriter writer = new JsonWriter(true);
        writer.value(value, 0);
        return writer.out.append('\n').toString();
    }

    private void value(Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            object(map, depth);
        } else if (value instanceof List<?> list) {
            array(list, depth);
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON");
        }
    }

    private void object(Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            newline(depth + 1);
            string(String.valueOf(entry.getKey()));
            out.append(pretty ? ": " : ":");
            value(entry.getValue(), depth + 1);
        }
        newline(depth);
        out.append('}');
    }

    private void array(List<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            newline(depth + 1);
            value(list.get(i), depth + 1);
        }
        newline(depth);
        out.append(']');
    }

    private void newline(int depth) {
        if (pretty) {
            out.append('\n').append("  ".repeat(depth));
        }
    }

    /** Writes a JSON string (RFC 8259, U+2028/2029 escaped for JavaScript consumers). */
    private void string(String text) {
        JsonStrings.append(out, text, JsonStrings.Escaping.STANDARD);
    }
}
