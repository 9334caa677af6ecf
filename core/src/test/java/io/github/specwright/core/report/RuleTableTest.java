package io.github.specwright.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        Path docs = Path.of("..", "docs", "configuration.md");
        String text = Files.readString(docs, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        assertThat(begin).as("the table's opening marker in " + docs).isNotNegative();
        assertThat(end).as("the table's closing marker in " + docs).isGreaterThan(begin);
        String table = text.substring(begin + BEGIN.length(), end);
        String generated = RuleCatalog.markdownTable();
        if (Boolean.getBoolean("specwright.writeRuleTable") && !table.equals(generated)) {
            Path temporary = docs.resolveSibling("configuration.md.tmp");
            Files.writeString(temporary, text.substring(0, begin + BEGIN.length()) + generated + text.substring(end),
                    StandardCharsets.UTF_8);
            Files.move(temporary, docs, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            table = generated;
        }
        assertThat(table).as("the rule table of docs/configuration.md (rewrite it with -Dspecwright.writeRuleTable=true)")
                .isEqualTo(generated);
    }

    @Test
    void theTableHasOneRowPerRule() {
        String table = RuleCatalog.markdownTable();
        assertThat(table.lines()).hasSize(2 + io.github.specwright.core.check.RuleRegistry.rules().size());
        assertThat(table).contains("| `rst-title-underline` | syntax | error | yes | where docutils reports it | ")
                .contains("| `empty-section` | template | warning |  | the section title | ");
    }
}
