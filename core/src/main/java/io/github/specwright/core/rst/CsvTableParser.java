package io.github.specwright.core.rst;

import io.github.specwright.core.internal.text.UnicodeCodes;
import io.github.specwright.core.model.Diagnostic.Level;
import io.github.specwright.core.model.Directive;
import io.github.specwright.core.model.Table;
import io.github.specwright.core.model.TableCell;
import io.github.specwright.core.model.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * docutils' {@code csv-table}: the content (and the {@code :header:} option) read as CSV the way
 * Python's csv module reads it (quoted fields may span lines, doubled quotes, an optional escape
 * character, spaces after a delimiter skipped unless {@code :keepspace:}), short rows padded with
 * empty cells, and each cell's text parsed as body elements. The result is a {@link Table} child of
 * the directive, like the table a grid table makes.
 */
final class CsvTableParser {

    /** One CSV record: its fields and the source line each field starts on. */
    private record Record(List<String> fields, List<Integer> lines) {
    }

    private final ParseContext ctx;
    private final BodyParser body;

    CsvTableParser(ParseContext ctx, BodyParser body) {
        this.ctx = ctx;
        this.body = body;
    }

    /** Adds the table to {@code directive}; false (after reporting why) when the data cannot make one. */
    boolean parse(Directive directive, List<SourceLine> content, int depth) {
        Map<String, String> options = directive.options();
        if (options.containsKey("file") || options.containsKey("url")) {
            ctx.report(directive.span().startLine(), Level.ERROR, "rst-directive-error", "the 'csv-table' directive on line "
                    + directive.span().startLine() + " has both content and an external source (:file: or :url:); keep one");
            return false;
        }
        char delimiter = oneCharacter(options.get("delim"), ',');
        char quote = oneCharacter(options.get("quote"), '"');
        Character escape = options.containsKey("escape") ? oneCharacter(options.get("escape"), '\\') : null;
        boolean keepSpace = options.containsKey("keepspace");
        int firstLine = content.isEmpty() ? directive.span().startLine() : content.get(0).lineNo();
        List<Record> header = new ArrayList<>();
        if (options.get("header") != null) {
            // the header option has a dialect of its own: commas, double quotes, backslash escapes
            header = records(List.of(new SourceLine(directive.span().startLine(), 1, options.get("header"))),
                    ',', '"', '\\', false);
        }
        List<Record> rows = records(content, delimiter, quote, escape, keepSpace);
        int headerRowsOption = intOption(options.get("header-rows"));
        int stubColumns = intOption(options.get("stub-columns"));
        String problem = dimensionProblem(rows, headerRowsOption, stubColumns);
        if (problem != null) {
            ctx.report(directive.span().startLine(), Level.ERROR, "rst-directive-error",
                    "the 'csv-table' directive on line " + directive.span().startLine() + ": " + problem);
            return false;
        }
        List<Record> all = new ArrayList<>(header);
        all.addAll(rows);
        int columns = 0;
        for (Record record : all) {
            columns = Math.max(columns, record.fields().size());
        }
        if (all.isEmpty() || columns == 0) {
            ctx.report(firstLine, Level.ERROR, "rst-directive-error",
                    "the 'csv-table' directive on line " + directive.span().startLine() + " has no table data; give it CSV rows as content");
            return false;
        }
        String widthsOption = options.get("widths");
        if (widthsOption != null && widthsOption.strip().matches("[0-9]+([\\s,]+[0-9]+)*")
                && widthsOption.strip().split("[\\s,]+").length != columns) {
            ctx.report(directive.span().startLine(), Level.ERROR, "rst-directive-error", "the 'csv-table' directive on line "
                    + directive.span().startLine() + ": its widths give " + widthsOption.strip().split("[\\s,]+").length
                    + " columns but the data has " + columns + "; give one width per column");
            return false;
        }
        int headerRows = header.size() + headerRowsOption;
        Table table = new Table(directive.span(), Table.Kind.GRID);
        for (int r = 0; r < all.size(); r++) {
            Record record = all.get(r);
            TableRow row = new TableRow(directive.span(), r < headerRows);
            for (int c = 0; c < columns; c++) {
                String text = c < record.fields().size() ? record.fields().get(c) : "";
                int line = c < record.lines().size() ? record.lines().get(c) : firstLine;
                TableCell cell = new TableCell(directive.span(), 1, 1);
                if (!text.isBlank()) {
                    List<SourceLine> cellLines = new ArrayList<>();
                    String[] parts = text.split("\n", -1);
                    for (int k = 0; k < parts.length; k++) {
                        cellLines.add(new SourceLine(line + k, 1, parts[k]));
                    }
                    body.parseNested(cellLines, cell, depth + 1);
                }
                row.addChild(cell);
            }
            table.addChild(row);
        }
        List<Integer> widths = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            widths.add(100 / columns);
        }
        table.setColumnWidths(widths);
        directive.addChild(table);
        return true;
    }

    /** docutils' check_table_dimensions, on the rows of the content. */
    private static String dimensionProblem(List<Record> rows, int headerRows, int stubColumns) {
        if (rows.size() < headerRows) {
            return headerRows + " header row(s) given but only " + rows.size() + " row(s) of data; lower :header-rows:";
        }
        if (rows.size() == headerRows && headerRows > 0) {
            return "all " + rows.size() + " row(s) are header rows and none is left for the table body; lower"
                    + " :header-rows: or add rows";
        }
        for (Record row : rows) {
            if (row.fields().size() < stubColumns) {
                return stubColumns + " stub column(s) given but a row has only " + row.fields().size() + " column(s);"
                        + " lower :stub-columns:";
            }
            if (row.fields().size() == stubColumns && stubColumns > 0) {
                return "all " + stubColumns + " column(s) are stub columns and none is left for the table body;"
                        + " lower :stub-columns:";
            }
        }
        return null;
    }

    private static int intOption(String value) {
        return value != null && value.strip().matches("[0-9]{1,6}") ? Integer.parseInt(value.strip()) : 0;
    }

    /** A one-character option; docutils also accepts "tab" and "space" for the delimiter. */
    private static char oneCharacter(String value, char fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        String stripped = value.strip();
        if (stripped.equals("tab")) {
            return '\t';
        }
        if (stripped.equals("space") || stripped.isEmpty()) {
            return ' ';
        }
        List<String> decoded = UnicodeCodes.decode(stripped);
        return decoded.size() == 1 && decoded.get(0).length() == 1 ? decoded.get(0).charAt(0) : stripped.charAt(0);
    }

    /** The records of CSV text, Python csv's way (not strict). */
    private static List<Record> records(List<SourceLine> lines, char delimiter, char quote, Character escape,
                                        boolean keepSpace) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        List<Integer> fieldLines = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int fieldLine = 0;
        for (SourceLine source : lines) {
            String text = source.text();
            if (!quoted && text.isBlank() && fields.isEmpty() && !fieldStarted) {
                continue; // Python's reader skips empty lines between records
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!fieldStarted) {
                    fieldStarted = true;
                    fieldLine = source.lineNo();
                    if (!keepSpace && c == ' ') {
                        fieldStarted = false; // spaces after a delimiter are skipped
                        continue;
                    }
                    if (c == quote) {
                        quoted = true;
                        continue;
                    }
                }
                if (escape != null && c == escape && i + 1 < text.length()) {
                    field.append(text.charAt(++i));
                } else if (quoted && c == quote) {
                    if (escape == null && i + 1 < text.length() && text.charAt(i + 1) == quote) {
                        field.append(quote);
                        i++;
                    } else {
                        quoted = false;
                    }
                } else if (!quoted && c == delimiter) {
                    fields.add(field.toString());
                    fieldLines.add(fieldLine == 0 ? source.lineNo() : fieldLine);
                    field.setLength(0);
                    fieldStarted = false;
                    fieldLine = 0;
                } else {
                    field.append(c);
                }
            }
            if (quoted) {
                field.append('\n'); // a quoted field goes on over the line break
                continue;
            }
            fields.add(field.toString());
            fieldLines.add(fieldLine == 0 ? source.lineNo() : fieldLine);
            records.add(new Record(List.copyOf(fields), List.copyOf(fieldLines)));
            fields.clear();
            fieldLines.clear();
            field.setLength(0);
            fieldStarted = false;
            fieldLine = 0;
        }
        if (quoted || fieldStarted || !fields.isEmpty()) {
            fields.add(field.toString());
            fieldLines.add(fieldLine);
            records.add(new Record(List.copyOf(fields), List.copyOf(fieldLines)));
        }
        return records;
    }
}
