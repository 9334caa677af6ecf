package io.github.specwright.core.fix;

import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Paragraph;
import io.github.specwright.core.model.ParsedDocument;
import io.github.specwright.core.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Re-wraps over-long plain paragraphs to the line length, moving words between lines.
 *
 * <p>Only paragraphs that are direct children of a section or of the document (not in lists,
 * block quotes, tables, directives or literal blocks), written flush left, are touched, and a
 * paragraph is left as it is when re-wrapping could change what it means: it holds an inline
 * literal (whose spaces count), ends with {@code ::} (it introduces a literal block), or a new
 * line would start like a list item, an option, a field, a comment or directive, a line block,
 * a doctest, or would look like a title adornment. Lines too long only because of a URL or a
 * single long word are exempt from the line length and do not trigger a re-wrap.
 */
final class Rewrap {

    private static final Pattern RISKY_LINE_START = Pattern.compile(
            "^(?:[-*+\u2022\u2023\u2043](?:\\s|$)"          // bullet
            + "|(?:\\d+|[a-zA-Z]|[ivxlcdmIVXLCDM]+|#)[.)](?:\\s|$)" // enumerator 1. a) #.
            + "|\\((?:\\d+|[a-zA-Z]|[ivxlcdmIVXLCDM]+|#)\\)(?:\\s|$)" // (1)
            + "|\\.\\.(?:\\s|$)"                          // comment, directive, target
            + "|__(?:\\s|$)"                              // anonymous target
            + "|\\|(?:\\s|$)"                             // line block
            + "|:"                                        // field list
            + "|>>>"                                      // doctest
            + "|-{1,2}\\w|/\\w"                           // option list
            + ")");

    private Rewrap() {
    }

    static List<String> apply(ParsedDocument parsed, List<String> lines, int width, List<Change> changes) {
        List<int[]> ranges = new ArrayList<>();
        collect(parsed.document(), lines, width, ranges);
        if (ranges.isEmpty()) {
            return lines;
        }
        List<String> out = new ArrayList<>();
        int next = 0;
        for (int[] range : ranges) {
            while (next < range[0]) {
                out.add(lines.get(next++));
            }
            List<String> original = lines.subList(range[0], range[1] + 1);
            List<String> wrapped = wrap(original, width);
            if (wrapped == null) {
                out.addAll(original);
            } else {
                out.addAll(wrapped);
                changes.add(new Change(range[0] + 1, "line-length",
                        "re-wrapped the paragraph of lines " + (range[0] + 1) + "-" + (range[1] + 1) + " to " + width + " columns"));
            }
            next = range[1] + 1;
        }
        while (next < lines.size()) {
            out.add(lines.get(next++));
        }
        return out;
    }

    private static void collect(Node node, List<String> lines, int width, List<int[]> ranges) {
        for (Node child : node.children()) {
            if (child instanceof Paragraph paragraph && (node instanceof Section || node instanceof Document)) {
                int[] range = lineRange(paragraph, lines);
                if (range != null && needsWrap(lines.subList(range[0], range[1] + 1), width)) {
                    ranges.add(range);
                }
            } else if (child instanceof Section) {
                collect(child, lines, width, ranges);
            }
        }
    }

    /** 0-based first and last line of a flush-left paragraph bounded by blank lines, else null. */
    private static int[] lineRange(Paragraph paragraph, List<String> lines) {
        int first = paragraph.span().startLine() - 1;
        int last = paragraph.span().endLine() - 1;
        if (first < 0 || last < first || last >= lines.size()) {
            return null;
        }
        for (int i = first; i <= last; i++) {
            String line = lines.get(i);
            if (line.isBlank() || Character.isWhitespace(line.charAt(0))) {
                return null;
            }
        }
        boolean blankBefore = first == 0 || lines.get(first - 1).isBlank();
        boolean blankAfter = last + 1 >= lines.size() || lines.get(last + 1).isBlank();
        return blankBefore && blankAfter ? new int[] {first, last} : null;
    }

    private static boolean needsWrap(List<String> paragraph, int width) {
        for (String line : paragraph) {
            if (line.length() > width && !exempt(line)) {
                return true;
            }
        }
        return false;
    }

    /** The exemptions of the line-length rule: a URL, or no whitespace inside the line. */
    private static boolean exempt(String line) {
        return line.contains("http://") || line.contains("https://") || !line.strip().contains(" ");
    }

    /** The paragraph re-wrapped, or null when it must stay as it is. */
    static List<String> wrap(List<String> paragraph, int width) {
        String text = String.join(" ", paragraph);
        if (text.contains("``") || text.stripTrailing().endsWith("::") || text.contains("\t")) {
            return null;
        }
        List<String> wrapped = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                wrapped.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        wrapped.add(line.toString());
        for (int i = 1; i < wrapped.size(); i++) {
            if (RISKY_LINE_START.matcher(wrapped.get(i)).find() || looksLikeAdornment(wrapped.get(i))) {
                return null;
            }
        }
        return looksLikeAdornment(wrapped.get(0)) ? null : wrapped;
    }

    private static boolean looksLikeAdornment(String line) {
        char first = line.charAt(0);
        if (Character.isLetterOrDigit(first) || Character.isWhitespace(first)) {
            return false;
        }
        return line.chars().allMatch(c -> c == first);
    }
}
