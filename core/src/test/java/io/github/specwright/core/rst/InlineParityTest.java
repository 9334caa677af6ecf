package io.github.specwright.core.rst;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.model.Diagnostic;
import io.github.specwright.core.model.ParsedDocument;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The inline and reference problems the parser reports must be exactly docutils' (file, line,
 * kind) on the mutant corpus, and none at all on the real, valid specs.
 */
class InlineParityTest {

    static final Set<String> INLINE_RULES = Set.of("rst-unclosed-inline", "rst-unknown-target",
            "rst-ambiguous-target", "rst-duplicate-target", "rst-anonymous-mismatch", "rst-undefined-substitution",
            "rst-unknown-role", "rst-role-conflict");

    /** The inline rule id a docutils message maps to, or null when it is not an inline or reference message. */
    static String inlineRuleId(String message) {
        if (message.startsWith("Inline ") && message.contains("start-string without end-string")) {
            return "rst-unclosed-inline";
        }
        if (message.startsWith("Unknown target name") || message.startsWith("Too many autonumbered footnote")
                || message.startsWith("Too many symbol footnote")
                || message.startsWith("Indirect hyperlink target") && message.contains("which does not exist")) {
            return "rst-unknown-target";
        }
        if (message.startsWith("Duplicate target name, cannot be used")
                || message.startsWith("Indirect hyperlink target") && message.contains("duplicate")) {
            return "rst-ambiguous-target";
        }
        if (message.startsWith("Duplicate explicit target name")) {
            return "rst-duplicate-target";
        }
        if (message.startsWith("Anonymous hyperlink mismatch")) {
            return "rst-anonymous-mismatch";
        }
        if (message.startsWith("Undefined substitution referenced")) {
            return "rst-undefined-substitution";
        }
        if (message.startsWith("Unknown interpreted text role")) {
            return "rst-unknown-role";
        }
        if (message.startsWith("Multiple roles in interpreted text") || message.startsWith("Mismatch: both interpreted")) {
            return "rst-role-conflict";
        }
        return null;
    }

    @Test
    void mutantsMatchDocutils() throws IOException {
        ReferenceCorpus corpus = ReferenceCorpus.load("mutants-1");
        Set<String> expected = new TreeSet<>();
        for (ReferenceCorpus.Message message : corpus.messages) {
            String rule = inlineRuleId(message.text());
            if (rule != null) {
                expected.add(message.file() + ":" + message.line() + " " + rule);
            }
        }
        Set<String> actual = actual(corpus);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        System.out.printf("inline parity mutants-1: expected %d, actual %d, matched %d%n", expected.size(),
                actual.size(), expected.size() - missing.size());
        assertThat(expected).isNotEmpty();
        assertThat(missing).as("docutils reports these, we do not").isEmpty();
        assertThat(extra).as("we report these, docutils does not").isEmpty();
    }

    @Test
    void realSpecsHaveNoInlineProblems() throws IOException {
        ReferenceCorpus corpus = ReferenceCorpus.load("ironic-specs");
        assertThat(corpus.outlines).hasSizeGreaterThan(280);
        Set<String> actual = actual(corpus);
        System.out.printf("inline parity ironic-specs: %d files, %d inline findings%n", corpus.outlines.size(),
                actual.size());
        assertThat(actual).as("inline diagnostics on valid files").isEmpty();
    }

    private static Set<String> actual(ReferenceCorpus corpus) throws IOException {
        Set<String> actual = new TreeSet<>();
        for (String file : corpus.outlines.keySet()) {
            ParsedDocument parsed = RstParser.parse(corpus.read(file), file);
            for (Diagnostic d : parsed.diagnostics()) {
                if (d.isFinding() && INLINE_RULES.contains(d.ruleId())) {
                    actual.add(file + ":" + d.line() + " " + d.ruleId());
                }
            }
        }
        return actual;
    }
}
