package io.github.specwright.core.internal.markdown;

import io.github.specwright.core.model.Diagnostic;
import io.github.specwright.core.model.FrontMatter;
import io.github.specwright.core.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the YAML subset that spec front matter uses: top-level {@code key: value} lines, block
 * lists ({@code - item}), flow lists ({@code [a, b]}), quoted scalars, block scalars
 * ({@code |}, {@code >}) and {@code #} comments. Nested mappings are skipped (their key gets no
 * values). A full YAML parser would be a dependency for a handful of flat keys; flexmark finds
 * the block, this class reads it, keeping the position of every key and value.
 */
final class FrontMatterReader {

    private static final Pattern KEY_LINE = Pattern.compile("([^\\s#:'\"\\-][^:]*?|'[^']*'|\"[^\"]*\")\\s*:(?:[ \\t]+(.*))?");
    private static final Pattern BLOCK_SCALAR = Pattern.compile("[|>][+-]?[0-9]?[+-]?");

    private final String text;
    private final LineIndex index;
    private final List<Diagnostic> diagnostics;

    FrontMatterReader(String text, LineIndex index, List<Diagnostic> diagnostics) {
        this.text = text;
        this.index = index;
        this.diagnostics = diagnostics;
    }

    /**
     * Reads the front matter block {@code [start, end)}: its first line is the opening
     * {@code ---}, its last line the closing one.
     */
    FrontMatter read(int start, int end) {
        int firstLine = index.line(start);
        int lastLine = index.line(Math.max(start, end - 1));
        int innerStart = firstLine < lastLine ? index.lineStart(firstLine + 1) : end;
        int innerEnd = firstLine < lastLine ? index.lineStart(lastLine) : end;
        String raw = text.substring(innerStart, Math.max(innerStart, innerEnd));
        List<FrontMatter.Entry> entries = new ArrayList<>();
        int line = firstLine + 1;
        while (line < lastLine) {
            String content = lineText(line);
            if (content.isBlank() || content.stripLeading().startsWith("#")) {
                line++;
                continue;
            }
            Matcher key = KEY_LINE.matcher(content);
            if (Character.isWhitespace(content.charAt(0)) || !key.matches()) {
                diagnostics.add(new Diagnostic(line, 1, Diagnostic.Level.WARNING, "md-front-matter-syntax",
                        "front matter line is not a top-level `key: value`: " + abbreviate(content.strip())));
                line++;
                continue;
            }
            line = readEntry(line, key, lastLine, entries);
        }
        return new FrontMatter(index.span(start, end), raw, entries);
    }

    /** Reads one key and its value (which may continue on following lines); returns the next line to read. */
    private int readEntry(int line, Matcher key, int lastLine, List<FrontMatter.Entry> entries) {
        int lineStart = index.lineStart(line);
        String keyText = unquote(key.group(1));
        SourceSpan keySpan = index.exactSpan(lineStart + key.start(1), lineStart + key.end(1));
        List<String> values = new ArrayList<>();
        List<SourceSpan> spans = new ArrayList<>();
        int next = line + 1;
        if (key.group(2) == null || stripComment(key.group(2)).isEmpty()) {
            next = readBlockList(next, lastLine, values, spans);
        } else {
            int valueStart = lineStart + key.start(2);
            String value = stripComment(key.group(2));
            if (BLOCK_SCALAR.matcher(value).matches()) {
                next = readBlockScalar(next, lastLine, value.charAt(0) == '|', values, spans);
            } else if (value.startsWith("[") && value.endsWith("]")) {
                readFlowList(valueStart + 1, value.substring(1, value.length() - 1), values, spans);
            } else if (!value.startsWith("{")) {
                addScalar(value, valueStart, values, spans);
            }
        }
        entries.add(new FrontMatter.Entry(keyText, values, keySpan, spans));
        return next;
    }

    /** Reads the indented lines after a key with no inline value: list items, or a nested mapping (skipped). */
    private int readBlockList(int line, int lastLine, List<String> values, List<SourceSpan> spans) {
        int itemIndent = -1;
        while (line < lastLine) {
            String content = lineText(line);
            boolean item = content.stripLeading().startsWith("- ") || content.strip().equals("-");
            if (!content.isBlank() && !Character.isWhitespace(content.charAt(0)) && !item) {
                break;
            }
            int indent = content.length() - content.stripLeading().length();
            if (item && (itemIndent < 0 || indent == itemIndent)) {
                itemIndent = indent;
                String rest = content.stripLeading().substring(1);
                int valueOffset = index.lineStart(line) + indent + 1 + (rest.length() - rest.stripLeading().length());
                addScalar(stripComment(rest.strip()), valueOffset, values, spans);
            } else if (item && indent < itemIndent) {
                break;
            }
            line++;
        }
        return line;
    }

    /** Reads the more-indented lines of a {@code |} or {@code >} block scalar into one value. */
    private int readBlockScalar(int line, int lastLine, boolean literal, List<String> values, List<SourceSpan> spans) {
        StringBuilder value = new StringBuilder();
        int first = -1;
        int lastEnd = -1;
        while (line < lastLine) {
            String content = lineText(line);
            if (!content.isBlank() && !Character.isWhitespace(content.charAt(0))) {
                break;
            }
            if (!content.isBlank()) {
                if (first < 0) {
                    first = index.lineStart(line) + (content.length() - content.stripLeading().length());
                } else {
                    value.append(literal ? '\n' : ' ');
                }
                value.append(content.strip());
                lastEnd = index.lineStart(line) + content.length();
            }
            line++;
        }
        if (first >= 0) {
            values.add(value.toString());
            spans.add(index.span(first, lastEnd));
        }
        return line;
    }

    /** Splits the inside of {@code [a, "b, c", d]} at the commas outside quotes. */
    private void readFlowList(int offset, String inner, List<String> values, List<SourceSpan> spans) {
        int itemStart = 0;
        char quote = 0;
        for (int i = 0; i <= inner.length(); i++) {
            char c = i < inner.length() ? inner.charAt(i) : ',';
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ',') {
                String item = inner.substring(itemStart, i);
                int lead = item.length() - item.stripLeading().length();
                addScalar(item.strip(), offset + itemStart + lead, values, spans);
                itemStart = i + 1;
            }
        }
    }

    private void addScalar(String written, int offset, List<String> values, List<SourceSpan> spans) {
        if (written.isEmpty() || written.equals("~") || written.equalsIgnoreCase("null")) {
            return;
        }
        values.add(unquote(written));
        spans.add(index.exactSpan(offset, offset + written.length()));
    }

    /** Drops a trailing {@code # comment} (a {@code #} after whitespace, outside quotes) and trims. */
    static String stripComment(String value) {
        char quote = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if ((c == '\'' || c == '"') && (i == 0 || Character.isWhitespace(value.charAt(i - 1)) || value.charAt(i - 1) == '[' || value.charAt(i - 1) == ',')) {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(value.charAt(i - 1)))) {
                return value.substring(0, i).strip();
            }
        }
        return value.strip();
    }

    static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1).replace("''", "'");
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return value;
    }

    private String lineText(int line) {
        int start = index.lineStart(line);
        int end = line < index.lineCount() ? index.lineStart(line + 1) - 1 : text.length();
        return text.substring(start, Math.max(start, end));
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
