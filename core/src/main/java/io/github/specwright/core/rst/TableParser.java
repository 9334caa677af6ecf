package io.github.specwright.core.rst;

import io.github.specwright.core.model.Diagnostic.Level;
import io.github.specwright.core.model.SourceSpan;
import io.github.specwright.core.model.Table;
import io.github.specwright.core.model.TableCell;
import io.github.specwright.core.model.TableRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Grid tables and simple tables: isolates the table's lines as docutils does, hands them to
 * {@link GridTableLayout} or {@link SimpleTableLayout} and builds rows of cells whose content
 * is parsed as body elements. A table that cannot be laid out is reported and dropped.
 */
final class TableParser {

    /** A table layout problem; {@code offset} is the table line it concerns (0 = the first). */
    static final class TableError extends Exception {
        final int offset;

        TableError(String message, int offset) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    /** One cell found by a layout: its first text row, its extent and its text lines. */
    record Cell(int row, int rowSpan, int colSpan, List<SourceLine> lines) {
    }

    /** A laid-out table: rows of cells, the number of header rows, each column's width in characters. */
    record Layout(List<List<Cell>> rows, int headerRows, List<Integer> columnWidths) {
    }

    private final ParseContext ctx;
    private final BodyParser body;

    TableParser(ParseContext ctx, BodyParser body) {
        this.ctx = ctx;
        this.body = body;
    }

    int gridTable(Block block, int i) {
        boolean blankFinish = true;
        int end = i;
        while (end < block.size() && !block.isBlank(end)) {
            if (block.line(end).startsIndented()) {
                ctx.report(block.lineNo(end), Level.ERROR, "rst-unexpected-indent",
                        "line " + block.lineNo(end) + " is indented inside a grid table; tables must be flush left");
                blankFinish = false;
                break;
            }
            end++;
        }
        List<SourceLine> lines = padWide(block.lines.subList(i, end));
        int width = lines.get(0).text().length();
        for (int k = 0; k < lines.size(); k++) {
            char c = lines.get(k).text().charAt(0);
            if (c != '+' && c != '|') {
                blankFinish = false;
                lines = new ArrayList<>(lines.subList(0, k));
                break;
            }
        }
        if (!Patterns.GRID_TABLE_TOP.matcher(lines.get(lines.size() - 1).text()).matches()) {
            blankFinish = false;
            int bottom = -1;
            for (int k = lines.size() - 2; k > 1; k--) {
                if (Patterns.GRID_TABLE_TOP.matcher(lines.get(k).text()).matches()) {
                    bottom = k;
                    break;
                }
            }
            if (bottom < 0) {
                malformed(lines, "the table has no bottom border", 0);
                return finish(block, i + lines.size(), blankFinish);
            }
            lines = new ArrayList<>(lines.subList(0, bottom + 1));
            // docutils steps back one line too many here, so parsing resumes at the line before
            // the bottom border (which it then reads again); mirror it to report the same problems.
            int resume = i + bottom - 1;
            layOut(block, lines, width);
            return finish(block, resume, false);
        }
        layOut(block, lines, width);
        return finish(block, i + lines.size(), blankFinish);
    }

    /** Checks the right edge, then lays out the isolated grid table and adds it (or reports it malformed). */
    private void layOut(Block block, List<SourceLine> lines, int width) {
        for (SourceLine line : lines) {
            String text = line.text();
            char last = text.charAt(text.length() - 1);
            if (text.length() != width || (last != '+' && last != '|')) {
                malformed(lines, "line " + line.lineNo() + " does not end at the table's right edge (column " + width + ")", 0);
                return;
            }
        }
        try {
            Layout layout = GridTableLayout.parse(lines);
            addTable(block, lines, layout, Table.Kind.GRID);
        } catch (TableError e) {
            malformed(lines, e.getMessage(), e.offset);
        }
    }

    int simpleTable(Block block, int i) {
        int n = block.size();
        int topLength = block.line(i).text().strip().length();
        int found = 0;
        Integer foundAt = null;
        int end = -1;
        for (int k = i + 1; k < n; k++) {
            String text = block.line(k).text();
            if (Patterns.SIMPLE_TABLE_BORDER.matcher(text).matches()) {
                if (text.strip().length() != topLength) {
                    malformed(block.lines.subList(i, k + 1), "a bottom or header border (line " + block.lineNo(k)
                            + ") does not match the top border", 0);
                    return finish(block, k + 1, k == n - 1 || block.isBlank(k + 1));
                }
                found++;
                foundAt = k;
                if (found == 2 || k == n - 1 || block.isBlank(k + 1)) {
                    end = k;
                    break;
                }
            }
        }
        if (end < 0) {
            if (foundAt != null) {
                malformed(block.lines.subList(i, foundAt + 1), "no bottom border found, or no blank line after it", 0);
                return finish(block, foundAt + 1, false);
            }
            malformed(block.lines.subList(i, n), "no bottom border found", 0);
            return n;
        }
        List<SourceLine> lines = padWide(block.lines.subList(i, end + 1));
        try {
            Layout layout = SimpleTableLayout.parse(lines);
            addTable(block, lines, layout, Table.Kind.SIMPLE);
        } catch (TableError e) {
            malformed(lines, e.getMessage(), e.offset);
        }
        return finish(block, end + 1, end == n - 1 || block.isBlank(end + 1));
    }

    private int finish(Block block, int end, boolean blankFinish) {
        if (!blankFinish) {
            ctx.report(block.lineNo(end), Level.WARNING, "rst-malformed-table",
                    "the table ending on line " + (block.lineNo(end) - 1) + " must be followed by a blank line");
        }
        return end;
    }

    private void malformed(List<SourceLine> lines, String detail, int offset) {
        int line = lines.isEmpty() ? 1 : lines.get(0).lineNo() + offset;
        ctx.report(line, Level.ERROR, "rst-malformed-table", "malformed table: " + detail);
    }

    private void addTable(Block block, List<SourceLine> lines, Layout layout, Table.Kind kind) {
        Table table = new Table(ctx.span(lines), kind);
        table.setColumnWidths(layout.columnWidths());
        int rowIndex = 0;
        for (List<Cell> cells : layout.rows()) {
            SourceSpan rowSpan = SourceSpan.UNKNOWN;
            TableRow row = new TableRow(rowSpan, rowIndex < layout.headerRows());
            for (Cell cell : cells) {
                List<SourceLine> content = dedent(unpad(cell.lines()));
                TableCell node = new TableCell(ctx.span(content), cell.rowSpan(), cell.colSpan());
                row.addChild(node);
                body.parseNested(content, node, block.depth + 1);
            }
            if (!cells.isEmpty()) {
                SourceSpan first = row.children().get(0).span();
                SourceSpan last = row.children().get(row.children().size() - 1).span();
                if (first != SourceSpan.UNKNOWN && last != SourceSpan.UNKNOWN) {
                    row.setSpan(SourceSpan.of(first.startLine(), first.startColumn(), last.endLine(), last.endColumn()));
                }
            }
            table.addChild(row);
            rowIndex++;
        }
        block.add(table);
    }

    /**
     * A table's lines with each East Asian wide character followed by a pad character, so that a
     * column is the same offset on every line (docutils' pad_double_width); cells drop the pads.
     */
    private static List<SourceLine> padWide(List<SourceLine> lines) {
        List<SourceLine> padded = new ArrayList<>(lines.size());
        for (SourceLine line : lines) {
            String text = ColumnWidth.padWide(line.text());
            padded.add(text == line.text() ? line : new SourceLine(line.lineNo(), line.column(), text));
        }
        return padded;
    }

    private static List<SourceLine> unpad(List<SourceLine> lines) {
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (SourceLine line : lines) {
            String text = line.text();
            out.add(text.indexOf(ColumnWidth.PAD) < 0 ? line
                    : new SourceLine(line.lineNo(), line.column(), text.replace(String.valueOf(ColumnWidth.PAD), "")));
        }
        return out;
    }

    /** Removes the common indentation of a cell's lines (docutils' get_2D_block). */
    private static List<SourceLine> dedent(List<SourceLine> lines) {
        int indent = Integer.MAX_VALUE;
        for (SourceLine line : lines) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.indent());
            }
        }
        if (indent == Integer.MAX_VALUE || indent == 0) {
            return lines;
        }
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (SourceLine line : lines) {
            out.add(line.trimLeft(indent));
        }
        return out;
    }

    /** The part of {@code line} between columns {@code left} (inclusive) and {@code right} (exclusive), right-stripped. */
    static SourceLine slice(SourceLine line, int left, int right) {
        String text = line.text();
        int from = Math.min(left, text.length());
        int to = Math.min(right, text.length());
        String part = SourceText.stripEnd(text.substring(from, Math.max(from, to)));
        return new SourceLine(line.lineNo(), line.column() + from, part);
    }
}
