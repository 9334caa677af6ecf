package io.github.specwright.core.rst;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.model.Diagnostic;
import io.github.specwright.core.model.ParsedDocument;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The block-level problems the parser reports must be exactly docutils' (file, line, kind), no more, no less. */
class BlockDiagnosticsParityTest {

    static final Set<String> BLOCK_RULES = Set.of("rst-title-underline", "rst-title-overline", "rst-title-level",
            "rst-unexpected-title", "rst-unexpected-indent", "rst-missing-blank-line", "rst-malformed-table",
            "rst-literal-block", "rst-unknown-directive", "rst-directive-error", "rst-list", "rst-nesting-depth");

    @Test
    void mutantsMatchDocutils() throws IOException {
        ReferenceCorpus corpus = ReferenceCorpus.load("mutants-1");
        Set<String> expected = new TreeSet<>();
        for (ReferenceCorpus.Message message : corpus.messages) {
            String rule = ReferenceCorpus.blockRuleId(message.text());
            if (rule != null) {
                expected.add(message.file() + ":" + message.line() + " " + rule);
            }
        }
        Set<String> actual = actual(corpus);
        System.out.printf("block diagnostics parity mutants-1: expected %d, actual %d%n", expected.size(), actual.size());
        assertThat(expected).isNotEmpty();
        assertThat(actual).as("block-level diagnostics").containsExactlyElementsOf(expected);
    }

    @Test
    void realSpecsHaveNoBlockProblems() throws IOException {
        ReferenceCorpus corpus = ReferenceCorpus.load("ironic-specs");
        assertThat(corpus.outlines).hasSizeGreaterThan(100);
        assertThat(actual(corpus)).as("block-level diagnostics on valid files").isEmpty();
    }

    private static Set<String> actual(ReferenceCorpus corpus) throws IOException {
        Set<String> actual = new TreeSet<>();
        for (String file : corpus.outlines.keySet()) {
            ParsedDocument parsed = RstParser.parse(corpus.read(file), file);
            for (Diagnostic d : parsed.diagnostics()) {
                if (d.isFinding() && BLOCK_RULES.contains(d.ruleId())) {
                    actual.add(file + ":" + d.line() + " " + d.ruleId());
                }
            }
        }
        return actual;
    }
}
