package io.github.specwright.core.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The template version a document declares: in reStructuredText a comment line
 * {@code .. template-version: 3}, in Markdown the front matter key {@code template-version: 3}.
 * Read and written on the text itself, so that writing it changes that one line and nothing else.
 */
public final class VersionMarker {

    public static final String KEY = "template-version";

    private static final Pattern RST = Pattern.compile("^\\.\\. " + KEY + ":[ \\t]*(\\S+)[ \\t\\r]*$");
    private static final Pattern MARKDOWN = Pattern.compile("^" + KEY + ":[ \\t]*(['\"]?)([^'\"\\s]+)\\1[ \\t\\r]*$");

    /** A declared version and where its marker starts (1-based). */
    public record Found(String version, int line, int column) {
    }

    private VersionMarker() {
    }

    /** The version {@code text} declares, or null when it has no marker. */
    public static Found find(String text, boolean markdown) {
        List<String> lines = lines(text);
        int[] range = markdown ? frontMatter(lines) : new int[] {0, lines.size()};
        for (int i = range[0]; i < range[1]; i++) {
            Matcher matcher = (markdown ? MARKDOWN : RST).matcher(lines.get(i));
            if (matcher.matches()) {
                return new Found(matcher.group(markdown ? 2 : 1), i + 1, 1);
            }
        }
        return null;
    }

    /**
     * The text declaring {@code version}: the marker's line rewritten where there is one; else a
     * new marker, in reStructuredText as the first line (a comment, followed by a blank line), in
     * Markdown as the last key of the front matter (a front matter made for it when there is none).
     */
    public static String withVersion(String text, boolean markdown, String version) {
        Found found = find(text, markdown);
        List<String> lines = new ArrayList<>(lines(text));
        String marker = markdown ? KEY + ": " + version : ".. " + KEY + ": " + version;
        if (found != null) {
            lines.set(found.line() - 1, marker);
        } else if (!markdown) {
            lines.add(0, marker);
            lines.add(1, "");
        } else {
            int[] range = frontMatter(lines);
            if (range[0] == 1) {
                lines.add(range[1], marker);
            } else {
                lines.addAll(0, List.of("---", marker, "---", ""));
            }
        }
        return String.join("\n", lines);
    }

    /** The 0-based range of the front matter's lines (inside its fences), or {0, 0} when there is none. */
    private static int[] frontMatter(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).stripTrailing().equals("---")) {
            return new int[] {0, 0};
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                return new int[] {1, i};
            }
        }
        return new int[] {0, 0};
    }

    /** The lines of {@code text}, split on LF only: a final newline gives a last empty element. */
    private static List<String> lines(String text) {
        return List.of(text.split("\n", -1));
    }
}
