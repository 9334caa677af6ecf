package io.github.specwright.core.site;

import io.github.specwright.core.internal.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The catalog's entries and counts as a text table, JSON or CSV (RFC 4180), for query and stats. */
public final class CatalogFormats {

    /** The output formats of query and stats. */
    public enum Format { TABLE, JSON, CSV }

    private static final List<String> COLUMNS = List.of("path", "title", "role", "release", "status", "authors",
            "trackerLink", "lastChanged");

    private CatalogFormats() {
    }

    /** The entries in {@code format}: JSON in specs.json's form, the other two one row per entry. */
    public static String entries(List<CatalogEntry> entries, Format format) {
        return switch (format) {
            case JSON -> new SpecCatalog(entries).toJson();
            case CSV -> csv(COLUMNS, entries.stream().map(CatalogFormats::row).toList());
            case TABLE -> table(List.of("path", "title", "role", "release", "status"),
                    entries.stream().map(entry -> row(entry).subList(0, 5)).toList());
        };
    }

    /** Counts by group: each group's name to its counts (value to number), groups and values in order. */
    public static String counts(Map<String, Map<String, Integer>> groups, Format format) {
        List<List<String>> rows = new ArrayList<>();
        groups.forEach((group, counts) -> counts.forEach((value, count) -> rows.add(List.of(group, value,
                String.valueOf(count)))));
        return switch (format) {
            case CSV -> csv(List.of("group", "value", "count"), rows);
            case TABLE -> table(List.of("group", "value", "count"), rows);
            case JSON -> json(groups);
        };
    }

    private static List<String> row(CatalogEntry entry) {
        return List.of(entry.path(), entry.title(), nullToEmpty(entry.role()), nullToEmpty(entry.release()),
                nullToEmpty(entry.status()), String.join("; ", entry.authors()), nullToEmpty(entry.trackerLink()),
                nullToEmpty(entry.lastChanged()));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String csv(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        csvLine(out, header);
        rows.forEach(row -> csvLine(out, row));
        return out.toString();
    }

    private static void csvLine(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            out.append(i == 0 ? "" : ",");
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append("\r\n");
    }

    private static String table(List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(i == 0 ? "" : "  ").append(row.get(i));
                if (i < row.size() - 1) {
                    line.append(" ".repeat(widths[i] - row.get(i).length()));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static String json(Map<String, Map<String, Integer>> groups) {
        return JsonWriter.linesFor(1).write(groups) + "\n";
    }
}
