package io.github.specwright.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.testing.GeneratedTable;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The rule table of {@code docs/configuration.md} is the registry's, row for row. When a rule
 * changes, run this test with {@code -Dspecwright.writeRuleTable=true} to rewrite the table.
 */
class RuleTableTest {

    static final String BEGIN = "<!-- rule table: generated from the rule registry by RuleTableTest -->\n";
    static final String END = "<!-- end of rule table -->\n";

    @Test
    void theDocsListEveryRuleAsTheRegistryDeclaresIt() throws IOException {
        GeneratedTable.check(Path.of("..", "docs", "configuration.md"), BEGIN, END, RuleCatalog.markdownTable(),
                "specwright.writeRuleTable", "the rule table of docs/configuration.md");
    }

    @Test
    void theTableHasOneRowPerRule() {
        String table = RuleCatalog.markdownTable();
        assertThat(table.lines()).hasSize(2 + io.github.specwright.core.check.RuleRegistry.rules().size());
        assertThat(table).contains("| `rst-title-underline` | syntax | error | yes | where docutils reports it | ")
                .contains("| `empty-section` | template | warning |  | the section title | ");
    }
}
