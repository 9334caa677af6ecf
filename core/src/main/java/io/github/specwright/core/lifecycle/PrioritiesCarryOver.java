package io.github.specwright.core.lifecycle;

import io.github.specwright.core.rst.ColumnWidth;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.model.Table;
import io.github.specwright.core.parse.DocumentParsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A new release's priorities document started from the previous one: the same sections and
 * tables, the tables' rows emptied (their header kept, and in reStructuredText one empty row,
 * since docutils refuses a grid table without a body), the descriptions under "Details" dropped,
 * and the previous release's name replaced by the new one (title adornments resized to fit).
 */
final class PrioritiesCarryOver {

    private static final Pattern GRID_HEADER_SEPARATOR = Pattern.compile("^\\s*\\+(=+\\+)+\\s*$");

    private PrioritiesCarryOver() {
    }

    static String carryOver(String text, String path, List<String> detailsTitles, String previousRelease,
                            String newRelease) {
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        boolean finalNewline = text.endsWith("\n");
        if (finalNewline) {
            lines.remove(lines.size() - 1);
        }
        Document document = DocumentParsers.parse(text, path).document();
        List<Table> tables = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        collect(document, tables, sections);
        Section details = sections.stream()
                .filter(section -> section.title() != null && detailsTitles.stream()
                        .anyMatch(title -> title.equalsIgnoreCase(section.title().rawText().strip())))
                .findFirst().orElse(null);
        int dropFrom = Integer.MAX_VALUE;
        int dropTo = Integer.MAX_VALUE;
        if (details != null && !details.childrenOf(Section.class).isEmpty()) {
            dropFrom = details.childrenOf(Section.class).get(0).span().startLine() - 1;
            dropFrom -= overlineOffset(lines, dropFrom);
            dropTo = Math.min(lines.size() - 1, details.span().endLine() - 1);
        }
        // Bottom up, so that the line numbers of what lies above stay valid.
        for (int i = tables.size() - 1; i >= 0; i--) {
            if (tables.get(i).span().startLine() - 1 > dropTo) {
                emptyTable(lines, tables.get(i));
            }
        }
        if (dropFrom != Integer.MAX_VALUE) {
            removeRange(lines, dropFrom, dropTo);
            // One blank line between what stays and what followed.
            while (dropFrom >= 2 && dropFrom <= lines.size() && lines.get(dropFrom - 1).isBlank()
                    && lines.get(dropFrom - 2).isBlank()) {
                lines.remove(--dropFrom);
            }
        }
        for (int i = tables.size() - 1; i >= 0; i--) {
            if (tables.get(i).span().startLine() - 1 < dropFrom) {
                emptyTable(lines, tables.get(i));
            }
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        List<String> renamed = rename(lines, previousRelease, newRelease);
        String joined = String.join("\n", renamed);
        return finalNewline ? joined + "\n" : joined;
    }

    private static void collect(Node node, List<Table> tables, List<Section> sections) {
        for (Node child : node.children()) {
            if (child instanceof Table table) {
                tables.add(table);
            } else {
                if (child instanceof Section section) {
                    sections.add(section);
                }
                collect(child, tables, sections);
            }
        }
    }

    /** The title's overline, when the line before the title text is one (section spans start at the text). */
    private static int overlineOffset(List<String> lines, int titleLine) {
        return titleLine > 0 && isAdornment(lines.get(titleLine - 1)) ? 1 : 0;
    }

    private static void emptyTable(List<String> lines, Table table) {
        int start = table.span().startLine() - 1;
        int end = Math.min(lines.size() - 1, table.span().endLine() - 1);
        if (table.tableKind() == Table.Kind.PIPE) {
            removeRange(lines, start + 2, end);
        } else if (table.tableKind() == Table.Kind.GRID) {
            int separator = -1;
            for (int i = start; i <= end; i++) {
                if (GRID_HEADER_SEPARATOR.matcher(lines.get(i)).matches()) {
                    separator = i;
                    break;
                }
            }
            String border = lines.get(start);
            int keepUntil = separator >= 0 ? separator : start;
            String emptyRow = border.replace('-', ' ').replace('+', '|');
            if (separator >= 0) {
                emptyRow = lines.get(separator).replace('=', ' ').replace('+', '|');
            }
            removeRange(lines, keepUntil + 1, end);
            lines.add(keepUntil + 1, emptyRow.stripTrailing());
            lines.add(keepUntil + 2, border);
        }
        // Simple tables are kept as they are: they have no way to write an empty body row.
    }

    private static void removeRange(List<String> lines, int from, int to) {
        for (int i = to; i >= from; i--) {
            lines.remove(i);
        }
    }

    private static List<String> rename(List<String> lines, String previous, String next) {
        if (previous == null || previous.isEmpty()) {
            return lines;
        }
        List<String> result = new ArrayList<>(lines);
        for (int i = 0; i < result.size(); i++) {
            String line = result.get(i);
            String renamed = line.replace(previous, next)
                    .replace(capitalized(previous), capitalized(next))
                    .replace(previous.toUpperCase(Locale.ROOT), next.toUpperCase(Locale.ROOT));
            if (renamed.equals(line)) {
                continue;
            }
            result.set(i, renamed);
            resizeAdornment(result, i, i + 1, ColumnWidth.of(line.strip()), ColumnWidth.of(renamed.strip()));
            resizeAdornment(result, i, i - 1, ColumnWidth.of(line.strip()), ColumnWidth.of(renamed.strip()));
        }
        return result;
    }

    /** An adornment line as long as the title text it belongs to follows that text's new width. */
    private static void resizeAdornment(List<String> lines, int titleLine, int adornmentLine, int oldWidth, int newWidth) {
        if (adornmentLine < 0 || adornmentLine >= lines.size() || !isAdornment(lines.get(adornmentLine))
                || lines.get(titleLine).isBlank()) {
            return;
        }
        String adornment = lines.get(adornmentLine);
        int length = adornment.length();
        if (length >= oldWidth && length < newWidth || length == oldWidth) {
            lines.set(adornmentLine, String.valueOf(adornment.charAt(0)).repeat(Math.max(newWidth, length - oldWidth + newWidth)));
        }
    }

    private static boolean isAdornment(String line) {
        if (line.length() < 2 || Character.isWhitespace(line.charAt(0))) {
            return false;
        }
        char c = line.charAt(0);
        return !Character.isLetterOrDigit(c) && line.stripTrailing().chars().allMatch(ch -> ch == c);
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
