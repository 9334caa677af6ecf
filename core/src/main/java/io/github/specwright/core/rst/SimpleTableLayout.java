package io.github.specwright.core.rst;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lays out a simple table: the top border's runs of {@code =} give the columns; a row starts
 * where the first column has text; {@code -} underlines join columns into spans; an inner
 * {@code =} border separates header rows from body rows (docutils' SimpleTableParser).
 */
final class SimpleTableLayout {

    private static final Pattern HEAD_BODY_SEPARATOR = Pattern.compile("=[ =]*$");
    private static final Pattern SPAN = Pattern.compile("-[ -]*$");

    private final List<SourceLine> lines;
    private final String[] text;
    private List<int[]> columns;
    private int borderEnd;
    private int headBodySeparator = -1;
    private final List<List<TableParser.Cell>> rows = new ArrayList<>();
    private final List<Integer> rowStarts = new ArrayList<>();

    private SimpleTableLayout(List<SourceLine> lines) {
        this.lines = lines;
        this.text = new String[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            text[k] = lines.get(k).text();
        }
        text[0] = text[0].replace('=', '-');
        text[text.length - 1] = text[text.length - 1].replace('=', '-');
    }

    static TableParser.Layout parse(List<SourceLine> lines) throws TableParser.TableError {
        SimpleTableLayout layout = new SimpleTableLayout(lines);
        layout.findHeadBodySeparator();
        layout.parseRows();
        int firstBodyRow = 0;
        if (layout.headBodySeparator > 0) {
            for (int r = 0; r < layout.rowStarts.size(); r++) {
                if (layout.rowStarts.get(r) > layout.headBodySeparator) {
                    firstBodyRow = r;
                    break;
                }
            }
        }
        List<Integer> widths = new ArrayList<>();
        for (int[] column : layout.columns) {
            widths.add(column[1] - column[0]); // the last column widened to its longest text, as docutils does
        }
        return new TableParser.Layout(layout.rows, firstBodyRow, widths);
    }

    private void findHeadBodySeparator() throws TableParser.TableError {
        for (int k = 0; k < text.length; k++) {
            if (HEAD_BODY_SEPARATOR.matcher(text[k]).matches()) {
                if (headBodySeparator > 0) {
                    throw new TableParser.TableError("more than one head/body separator (table lines "
                            + (headBodySeparator + 1) + " and " + (k + 1) + "); only one is allowed", k);
                }
                headBodySeparator = k;
                text[k] = text[k].replace('=', '-');
            }
        }
        if (headBodySeparator == 0 || headBodySeparator == text.length - 1) {
            throw new TableParser.TableError("the head/body separator may not be the first or last line", headBodySeparator);
        }
    }

    private void parseRows() throws TableParser.TableError {
        columns = parseColumns(text[0], 0);
        borderEnd = columns.get(columns.size() - 1)[1];
        int firstStart = columns.get(0)[0];
        int firstEnd = columns.get(0)[1];
        int start = 1;
        boolean textFound = false;
        for (int offset = 1; offset < text.length; offset++) {
            String line = text[offset];
            if (SPAN.matcher(line).matches()) {
                parseRow(start, offset, SourceText.stripEnd(line), offset);
                start = offset + 1;
                textFound = false;
            } else if (!substring(line, firstStart, firstEnd).isBlank()) {
                if (textFound && offset != start) {
                    parseRow(start, offset, null, 0);
                }
                start = offset;
                textFound = true;
            } else if (!textFound) {
                start = offset + 1;
            }
        }
    }

    private List<int[]> parseColumns(String line, int offset) throws TableParser.TableError {
        List<int[]> cols = new ArrayList<>();
        int end = 0;
        while (true) {
            int begin = line.indexOf('-', end);
            if (begin < 0) {
                break;
            }
            end = line.indexOf(' ', begin);
            if (end < 0) {
                end = line.length();
            }
            cols.add(new int[] {begin, end});
        }
        if (columns != null) {
            if (cols.isEmpty() || cols.get(cols.size() - 1)[1] != borderEnd) {
                throw new TableParser.TableError("a column span is incomplete in table line " + (offset + 1), offset);
            }
            cols.set(cols.size() - 1, new int[] {cols.get(cols.size() - 1)[0], columns.get(columns.size() - 1)[1]});
        }
        return cols;
    }

    private void parseRow(int from, int to, String spanLine, int spanOffset) throws TableParser.TableError {
        if (from >= to && spanLine == null) {
            return;
        }
        List<int[]> rowColumns;
        if (spanLine != null) {
            rowColumns = parseColumns(spanLine, spanOffset);
        } else {
            rowColumns = new ArrayList<>();
            for (int[] c : columns) {
                rowColumns.add(c.clone());
            }
        }
        checkColumns(from, to, rowColumns);
        List<int[]> spans = initRow(rowColumns, from);
        List<TableParser.Cell> cells = new ArrayList<>();
        for (int i = 0; i < rowColumns.size(); i++) {
            int[] col = rowColumns.get(i);
            List<SourceLine> cellLines = new ArrayList<>();
            for (int k = from; k < to; k++) {
                cellLines.add(TableParser.slice(lines.get(k), col[0], col[1]));
            }
            cells.add(new TableParser.Cell(rows.size(), 1, spans.get(i)[0] + 1, cellLines));
        }
        if (from < to || !cells.isEmpty()) {
            rows.add(cells);
            rowStarts.add(from);
        }
    }

    private List<int[]> initRow(List<int[]> rowColumns, int offset) throws TableParser.TableError {
        List<int[]> result = new ArrayList<>();
        int i = 0;
        for (int[] col : rowColumns) {
            int moreCols = 0;
            if (i >= columns.size() || col[0] != columns.get(i)[0]) {
                throw new TableParser.TableError("column spans do not line up in table line " + (offset + 2), offset + 1);
            }
            while (col[1] != columns.get(i)[1]) {
                i++;
                moreCols++;
                if (i >= columns.size()) {
                    throw new TableParser.TableError("column spans do not line up in table line " + (offset + 2), offset + 1);
                }
            }
            result.add(new int[] {moreCols});
            i++;
        }
        return result;
    }

    private void checkColumns(int from, int to, List<int[]> rowColumns) throws TableParser.TableError {
        int lastColumn = rowColumns.size() - 1;
        for (int i = 0; i < rowColumns.size(); i++) {
            int start = rowColumns.get(i)[0];
            int end = rowColumns.get(i)[1];
            int nextStart = i + 1 < rowColumns.size() ? rowColumns.get(i + 1)[0] : Integer.MAX_VALUE;
            for (int k = from; k < to; k++) {
                // combining marks take no column: docutils checks the margins without them
                String line = ColumnWidth.stripCombining(text[k]);
                if (i == lastColumn && !substring(line, end, Integer.MAX_VALUE).isBlank()) {
                    int newEnd = start + SourceText.stripEnd(substring(line, start, Integer.MAX_VALUE)).length();
                    int[] main = columns.get(columns.size() - 1);
                    rowColumns.set(i, new int[] {start, Math.max(main[1], newEnd)});
                    if (newEnd > main[1]) {
                        columns.set(columns.size() - 1, new int[] {main[0], newEnd});
                    }
                    end = rowColumns.get(i)[1];
                } else if (!substring(line, end, nextStart).isBlank()) {
                    throw new TableParser.TableError("text in the column margin in table line " + (k + 1), k);
                }
            }
        }
    }

    private static String substring(String s, int from, int to) {
        int a = Math.min(from, s.length());
        int b = Math.min(to, s.length());
        return a >= b ? "" : s.substring(a, b);
    }
}
