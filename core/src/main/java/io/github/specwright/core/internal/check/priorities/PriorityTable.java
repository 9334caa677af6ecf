package io.github.specwright.core.internal.check.priorities;

import io.github.specwright.core.model.BulletList;
import io.github.specwright.core.model.Directive;
import io.github.specwright.core.model.ListItem;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Table;
import io.github.specwright.core.model.TableRow;
import io.github.specwright.core.model.InlineText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * One table of a priorities document, seen as rows of cells whatever its syntax: a grid or
 * simple table (rows and cells from the parser), or a {@code list-table} directive (a bullet list
 * of rows, each a bullet list of cells, the first {@code :header-rows:} rows being headers).
 */
record PriorityTable(Node node, List<Row> rows) {

    record Row(boolean header, List<Node> cells) {
    }

    static List<PriorityTable> findAll(Node root) {
        List<PriorityTable> tables = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (node instanceof Table table) {
                tables.add(fromTable(table));
                continue;
            }
            if (node instanceof Directive directive && directive.name().toLowerCase(Locale.ROOT).equals("list-table")) {
                tables.add(fromListTable(directive));
                continue;
            }
            List<Node> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return tables;
    }

    private static PriorityTable fromTable(Table table) {
        List<Row> rows = new ArrayList<>();
        collectRows(table, rows);
        return new PriorityTable(table, rows);
    }

    /** Rows may sit directly under the table or under grouping nodes (head, body). */
    private static void collectRows(Node node, List<Row> rows) {
        for (Node child : node.children()) {
            if (child instanceof TableRow row) {
                rows.add(new Row(row.header(), new ArrayList<>(row.children())));
            } else {
                collectRows(child, rows);
            }
        }
    }

    private static PriorityTable fromListTable(Directive directive) {
        int headerRows = 0;
        String option = directive.options().get("header-rows");
        if (option != null) {
            try {
                headerRows = Integer.parseInt(option.trim());
            } catch (NumberFormatException e) {
                headerRows = 0;
            }
        }
        List<Row> rows = new ArrayList<>();
        for (BulletList list : directive.childrenOf(BulletList.class)) {
            for (ListItem item : list.childrenOf(ListItem.class)) {
                List<Node> cells = new ArrayList<>();
                for (BulletList cellList : item.childrenOf(BulletList.class)) {
                    cells.addAll(cellList.childrenOf(ListItem.class));
                }
                rows.add(new Row(rows.size() < headerRows, cells));
            }
        }
        return new PriorityTable(directive, rows);
    }

    List<Row> bodyRows() {
        return rows.stream().filter(row -> !row.header()).toList();
    }

    /** The index of the first column whose header text contains one of {@code words}, or -1. */
    int columnWhoseHeaderContains(List<String> words) {
        for (Row row : rows) {
            if (!row.header()) {
                continue;
            }
            for (int column = 0; column < row.cells().size(); column++) {
                String header = InlineText.plain(row.cells().get(column)).toLowerCase(Locale.ROOT);
                for (String word : words) {
                    if (header.contains(word.toLowerCase(Locale.ROOT))) {
                        return column;
                    }
                }
            }
        }
        return -1;
    }
}
