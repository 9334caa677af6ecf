package io.github.specwright.core.rst;

import static io.github.specwright.core.rst.TreeDump.diagnostics;
import static io.github.specwright.core.rst.TreeDump.tree;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Grid and simple tables: layout, spans, cell content and the malformed cases. */
class TableParsingTest {

    @Test
    void gridTableWithHeaderSpansAndBodyContent() {
        assertThat(tree("""
                +-----+-----+
                | A   | B   |
                +=====+=====+
                | - x | two |
                |     | one |
                +-----+-----+
                | wide      |
                +-----------+
                """)).isEqualTo("""
                table 1:1-8:14 GRID
                  table_row 2:3-2:10 header
                    table_cell 2:3-2:4 rows=1 cols=1
                      paragraph 2:3-2:4 "A"
                    table_cell 2:9-2:10 rows=1 cols=1
                      paragraph 2:9-2:10 "B"
                  table_row 4:3-5:12
                    table_cell 4:3-4:6 rows=1 cols=1
                      bullet_list 4:3-4:6 '-'
                        list_item 4:3-4:6
                          paragraph 4:5-4:6 "x"
                    table_cell 4:9-5:12 rows=1 cols=1
                      paragraph 4:9-5:12 "two\\none"
                  table_row 7:3-7:7
                    table_cell 7:3-7:7 rows=1 cols=2
                      paragraph 7:3-7:7 "wide"
                """);
    }

    @Test
    void simpleTableWithHeaderAndColumnSpan() {
        assertThat(tree("""
                =====  =====
                A      B
                =====  =====
                x      y
                spans both
                ------------
                last   z
                =====  =====
                """)).isEqualTo("""
                table 1:1-8:13 SIMPLE
                  table_row 2:1-2:9 header
                    table_cell 2:1-2:2 rows=1 cols=1
                      paragraph 2:1-2:2 "A"
                    table_cell 2:8-2:9 rows=1 cols=1
                      paragraph 2:8-2:9 "B"
                  table_row 4:1-4:9
                    table_cell 4:1-4:2 rows=1 cols=1
                      paragraph 4:1-4:2 "x"
                    table_cell 4:8-4:9 rows=1 cols=1
                      paragraph 4:8-4:9 "y"
                  table_row 5:1-5:11
                    table_cell 5:1-5:11 rows=1 cols=2
                      paragraph 5:1-5:11 "spans both"
                  table_row 7:1-7:9
                    table_cell 7:1-7:5 rows=1 cols=1
                      paragraph 7:1-7:5 "last"
                    table_cell 7:8-7:9 rows=1 cols=1
                      paragraph 7:8-7:9 "z"
                """);
    }

    @Test
    void malformedTablesAndMissingBlankLines() {
        assertThat(diagnostics("+---+---+\n| a | b |\n+---+\n")).isEqualTo("1 ERROR rst-malformed-table\n");
        assertThat(diagnostics("+---+---+\n| a | b |\n+---+---+\nnext\n")).isEqualTo("4 WARNING rst-malformed-table\n");
        assertThat(diagnostics("=== ===\na   b\n=== ===\nnext\n"))
                .isEqualTo("1 ERROR rst-malformed-table\n4 WARNING rst-malformed-table\n");
        assertThat(diagnostics("=== ===\na   b\n")).isEqualTo("1 ERROR rst-malformed-table\n");
        assertThat(diagnostics("=== ===\na   b\n==== ===\n\n")).isEqualTo("1 ERROR rst-malformed-table\n");
        assertThat(diagnostics("=== === ===\nabcd b   c\n=== === ===\n\n")).isEqualTo("2 ERROR rst-malformed-table\n");
        assertThat(diagnostics("=== ===\na   b  overflows the last column\n=== ===\n\n")).isEmpty();
    }
}
