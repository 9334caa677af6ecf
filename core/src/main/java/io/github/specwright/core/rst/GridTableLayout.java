package io.github.specwright.core.rst;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Lays out a grid table: traces each cell from its top-left {@code +} corner right, down, left
 * and up again (as docutils' GridTableParser does), then maps the corners to rows and columns.
 */
final class GridTableLayout {

    private static final Pattern HEAD_BODY_SEPARATOR = Pattern.compile("\\+=[=+]+=\\+ *$");

    private final char[][] grid;
    private final List<SourceLine> lines;
    private final int bottom;
    private final int right;
    private final int[] done;
    private final TreeSet<Integer> rowSeparators = new TreeSet<>();
    private final TreeSet<Integer> colSeparators = new TreeSet<>();
    private final List<int[]> cells = new ArrayList<>();
    private int headBodySeparator = -1;

    private GridTableLayout(List<SourceLine> lines) {
        this.lines = lines;
        this.grid = new char[lines.size()][];
        for (int k = 0; k < lines.size(); k++) {
            grid[k] = lines.get(k).text().toCharArray();
        }
        this.bottom = lines.size() - 1;
        this.right = grid[0].length - 1;
        this.done = new int[grid[0].length];
        java.util.Arrays.fill(done, -1);
        rowSeparators.add(0);
        colSeparators.add(0);
    }

    static TableParser.Layout parse(List<SourceLine> lines) throws TableParser.TableError {
        GridTableLayout layout = new GridTableLayout(lines);
        layout.findHeadBodySeparator();
        layout.trace();
        return layout.structure();
    }

    private void findHeadBodySeparator() throws TableParser.TableError {
        for (int k = 0; k < grid.length; k++) {
            if (HEAD_BODY_SEPARATOR.matcher(new String(grid[k])).matches()) {
                if (headBodySeparator >= 0) {
                    throw new TableParser.TableError("more than one head/body separator (table lines "
                            + (headBodySeparator + 1) + " and " + (k + 1) + "); only one is allowed", k);
                }
                headBodySeparator = k;
                for (int c = 0; c < grid[k].length; c++) {
                    if (grid[k][c] == '=') {
                        grid[k][c] = '-';
                    }
                }
            }
        }
        if (headBodySeparator == 0 || headBodySeparator == grid.length - 1) {
            throw new TableParser.TableError("the head/body separator may not be the first or last line", headBodySeparator);
        }
    }

    private void trace() throws TableParser.TableError {
        TreeSet<long[]> corners = new TreeSet<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        corners.add(new long[] {0, 0});
        while (!corners.isEmpty()) {
            long[] corner = corners.pollFirst();
            int top = (int) corner[0];
            int left = (int) corner[1];
            if (top == bottom || left == right || top <= done[left]) {
                continue;
            }
            int[] cell = scanRight(top, left);
            if (cell == null) {
                continue;
            }
            int cellBottom = cell[0];
            int cellRight = cell[1];
            for (int col = left; col < cellRight; col++) {
                done[col] = cellBottom - 1;
            }
            cells.add(new int[] {top, left, cellBottom, cellRight});
            corners.add(new long[] {top, cellRight});
            corners.add(new long[] {cellBottom, left});
        }
        for (int col = 0; col < right; col++) {
            if (done[col] != bottom - 1) {
                throw new TableParser.TableError("the cells do not fill the table (parse incomplete)", 0);
            }
        }
    }

    private int[] scanRight(int top, int left) {
        List<int[]> colSeps = new ArrayList<>();
        char[] line = grid[top];
        for (int i = left + 1; i <= right; i++) {
            if (line[i] == '+') {
                int[] down = scanDown(top, left, i);
                if (down != null) {
                    colSeparators.add(i);
                    return new int[] {down[0], i};
                }
            } else if (line[i] != '-') {
                return null;
            }
        }
        return null;
    }

    private int[] scanDown(int top, int left, int cellRight) {
        for (int i = top + 1; i <= bottom; i++) {
            char c = at(i, cellRight);
            if (c == '+') {
                if (scanLeft(top, left, i, cellRight)) {
                    rowSeparators.add(i);
                    return new int[] {i};
                }
            } else if (c != '|') {
                return null;
            }
        }
        return null;
    }

    private boolean scanLeft(int top, int left, int cellBottom, int cellRight) {
        for (int i = cellRight - 1; i > left; i--) {
            char c = at(cellBottom, i);
            if (c != '+' && c != '-') {
                return false;
            }
        }
        if (at(cellBottom, left) != '+') {
            return false;
        }
        for (int i = cellBottom - 1; i > top; i--) {
            char c = at(i, left);
            if (c != '+' && c != '|') {
                return false;
            }
        }
        return true;
    }

    private char at(int row, int col) {
        return col < grid[row].length ? grid[row][col] : ' ';
    }

    private TableParser.Layout structure() throws TableParser.TableError {
        Map<Integer, Integer> rowIndex = new TreeMap<>();
        for (int sep : rowSeparators) {
            rowIndex.put(sep, rowIndex.size());
        }
        Map<Integer, Integer> colIndex = new TreeMap<>();
        for (int sep : colSeparators) {
            colIndex.put(sep, colIndex.size());
        }
        int rowCount = rowSeparators.size() - 1;
        List<List<TableParser.Cell>> rows = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            rows.add(new ArrayList<>());
        }
        cells.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        for (int[] cell : cells) {
            Integer row = rowIndex.get(cell[0]);
            Integer rowEnd = rowIndex.get(cell[2]);
            Integer col = colIndex.get(cell[1]);
            Integer colEnd = colIndex.get(cell[3]);
            if (row == null || rowEnd == null || col == null || colEnd == null || row >= rowCount) {
                throw new TableParser.TableError("a cell does not line up with the table's rows and columns", 0);
            }
            List<SourceLine> text = new ArrayList<>();
            for (int k = cell[0] + 1; k < cell[2]; k++) {
                text.add(TableParser.slice(lines.get(k), cell[1] + 1, cell[3]));
            }
            rows.get(row).add(new TableParser.Cell(row, rowEnd - row, colEnd - col, text));
        }
        int headerRows = headBodySeparator > 0 ? rowIndex.getOrDefault(headBodySeparator, 0) : 0;
        List<Integer> widths = new ArrayList<>();
        Integer previous = null;
        for (int separator : colSeparators) {
            if (previous != null) {
                widths.add(separator - previous - 1); // the characters between two '+'
            }
            previous = separator;
        }
        return new TableParser.Layout(rows, headerRows, widths);
    }
}
