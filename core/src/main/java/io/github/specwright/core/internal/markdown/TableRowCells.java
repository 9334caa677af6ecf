package io.github.specwright.core.internal.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a pipe-table row as written, before flexmark pads a short row or drops the cells
 * of a long one (as GitHub renders them): the column-count rule needs the written count.
 */
final class TableRowCells {

    private TableRowCells() {
    }

    /**
     * The offsets (in {@code row}) where each written cell starts. An optional leading and a
     * trailing pipe are no cells; an escaped pipe ({@code \|}) does not split, even in code.
     */
    static List<Integer> starts(String row) {
        int end = row.stripTrailing().length();
        int start = row.length() - row.stripLeading().length();
        if (start < end && row.charAt(start) == '|') {
            start++;
        }
        if (end > start && row.charAt(end - 1) == '|' && !escaped(row, end - 1)) {
            end--;
        }
        List<Integer> starts = new ArrayList<>();
        starts.add(start);
        for (int i = start; i < end; i++) {
            if (row.charAt(i) == '|' && !escaped(row, i)) {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    private static boolean escaped(String row, int at) {
        int backslashes = 0;
        for (int i = at - 1; i >= 0 && row.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
