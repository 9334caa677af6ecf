package io.github.specwright.core.lifecycle;

import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.FrontMatter;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Title;
import io.github.specwright.core.parse.DocumentParsers;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Small, exact edits of a spec's metadata that lifecycle commands make, touching no other line: a
 * field under the title of a reStructuredText spec ({@code :Superseded by: ...}, where docutils
 * reads it as docinfo) and a key of a Markdown spec's front matter ({@code status: implemented}).
 */
public final class MetadataEdits {

    private static final Pattern FIELD_START = Pattern.compile("^:(?![: ])[^:]*[^: ]:( |$)");

    private MetadataEdits() {
    }

    /** {@code text} with the field {@code :name: value} under its title (after fields already there). */
    public static String addRstField(String text, String path, String name, String value) {
        List<String> lines = lines(text);
        String newline = newline(text);
        Document document = DocumentParsers.parse(text, path).document();
        Title title = document.title();
        int at = title == null ? 0 : title.span().endLine();
        // Adornment below the title belongs to it; the span may end on the title text itself.
        while (title != null && at < lines.size() && isAdornment(lines.get(at))) {
            at++;
        }
        int firstContent = at;
        while (firstContent < lines.size() && lines.get(firstContent).isBlank()) {
            firstContent++;
        }
        String field = ":" + name + ": " + value;
        if (firstContent < lines.size() && FIELD_START.matcher(lines.get(firstContent)).find()) {
            int end = firstContent + 1;
            while (end < lines.size() && (FIELD_START.matcher(lines.get(end)).find()
                    || (!lines.get(end).isBlank() && Character.isWhitespace(lines.get(end).charAt(0))))) {
                end++;
            }
            lines.add(end, field);
        } else if (title == null) {
            lines.add(0, field);
            lines.add(1, "");
        } else {
            lines.add(at, "");
            lines.add(at + 1, field);
        }
        return join(lines, newline, text);
    }

    /** {@code text} with its front matter's {@code key} set to {@code value} (added when missing). */
    public static String setFrontMatter(String text, String path, String key, String value) {
        List<String> lines = lines(text);
        String newline = newline(text);
        FrontMatter frontMatter = find(DocumentParsers.parse(text, path).document());
        String line = key + ": " + value;
        if (frontMatter == null) {
            lines.addAll(0, List.of("---", line, "---"));
            return join(lines, newline, text);
        }
        FrontMatter.Entry entry = frontMatter.entry(key);
        if (entry == null) {
            lines.add(frontMatter.span().endLine() - 1, line);
        } else {
            int first = entry.keySpan().startLine() - 1;
            int last = first;
            for (var span : entry.valueSpans()) {
                last = Math.max(last, span.endLine() - 1);
            }
            for (int i = last; i > first; i--) {
                lines.remove(i);
            }
            lines.set(first, line);
        }
        return join(lines, newline, text);
    }

    private static FrontMatter find(Node node) {
        for (Node child : node.children()) {
            if (child instanceof FrontMatter frontMatter) {
                return frontMatter;
            }
        }
        return null;
    }

    private static boolean isAdornment(String line) {
        String stripped = line.strip();
        if (stripped.length() < 2 || !stripped.equals(line.stripTrailing())) {
            return false;
        }
        char c = stripped.charAt(0);
        return !Character.isLetterOrDigit(c) && stripped.chars().allMatch(ch -> ch == c);
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (text.endsWith("\n")) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static String newline(String text) {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }

    private static String join(List<String> lines, String newline, String original) {
        String joined = String.join(newline, lines);
        return original.endsWith("\n") || original.isEmpty() ? joined + newline : joined;
    }
}
