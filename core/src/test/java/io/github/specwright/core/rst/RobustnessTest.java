package io.github.specwright.core.rst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.specwright.core.model.Diagnostic;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.ParsedDocument;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Hostile input: the parser must finish quickly, never throw and never overflow the stack. */
class RobustnessTest {

    /**
     * Linear work on these inputs takes a few seconds at most; a quadratic parse of 10 MB would
     * take hours. The margin is for a loaded CI machine (20 s was once not enough there).
     */
    private static final Duration LIMIT = Duration.ofSeconds(60);

    private static ParsedDocument parseQuickly(String source) {
        return assertTimeoutPreemptively(LIMIT, () -> RstParser.parse(source, "hostile.rst"));
    }

    @Test
    void emptyAndBlankInput() {
        assertThat(parseQuickly("").document().children()).isEmpty();
        assertThat(parseQuickly("\n\n   \n\t\n").document().children()).isEmpty();
        assertThat(parseQuickly("").diagnostics()).isEmpty();
    }

    @Test
    void binaryGarbage() {
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < 20_000; k++) {
                int pick = random.nextInt(10);
                text.append(pick < 3 ? "\n" : pick < 5 ? " " : String.valueOf((char) random.nextInt(0x3000)));
            }
            parseQuickly(text.toString());
        }
    }

    @Test
    void markupSoupFromEveryConstruct() {
        String[] pieces = {"- ", "* ", "1. ", "#) ", "(a) ", ":f: ", "-o  ", ">>> ", "| ", "+--+--+", "=== ===",
            ".. ", ".. _t: ", ".. |s| ", ".. note:: ", ".. [1] ", "__ ", "----", "::", "text", "  ", "\t", "\n", "\n\n",
            "``", "*", "`", "_", "|", "--", "====", "+", "   "};
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < 400; k++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            parseQuickly(text.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", ":", ".. ", ".. _", ".. |", "-a, ", "= ", "\\", "| ", "- ", "1. ", "+-", ">>> ", ".. [", "__ "})
    void tenMegabyteSingleLine(String start) {
        StringBuilder line = new StringBuilder(10_000_100).append(start);
        String filler = start.equals("-a, ") ? "-a, " : start.equals("= ") ? "= " : start.equals("+-") ? "-" : "a.";
        while (line.length() < 10_000_000) {
            line.append(filler);
        }
        ParsedDocument parsed = parseQuickly(line.append("::\n").toString());
        assertThat(parsed.document().children()).isNotEmpty();
    }

    @Test
    void hundredThousandNestedListLevels() {
        String source = "- ".repeat(100_000) + "deep\n";
        ParsedDocument parsed = parseQuickly(source);
        assertThat(parsed.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("rst-nesting-depth");
        assertThat(depth(parsed.document())).isGreaterThan(ParseContext.MAX_DEPTH);
    }

    @Test
    void deeplyNestedEnumeratedFieldAndDefinitionLists() {
        parseQuickly("1. ".repeat(50_000) + "x\n");
        parseQuickly(":a: ".repeat(50_000) + "x\n");
        StringBuilder definitions = new StringBuilder();
        for (int k = 0; k < 2_000; k++) {
            definitions.append(" ".repeat(k)).append("term\n");
        }
        parseQuickly(definitions.append(" ".repeat(2_000)).append("x\n").toString());
    }

    @Test
    void deeplyNestedBlockQuotes() {
        StringBuilder source = new StringBuilder();
        for (int k = 0; k < 3_000; k++) {
            source.append(" ".repeat(k)).append("level ").append(k).append("\n\n");
        }
        ParsedDocument parsed = parseQuickly(source.toString());
        assertThat(parsed.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("rst-nesting-depth");
    }

    @Test
    void manyLinesOfEveryKindStayLinear() {
        StringBuilder source = new StringBuilder();
        for (int k = 0; k < 20_000; k++) {
            source.append("Title ").append(k).append("\n==========\n\n- item\n  text\n\n.. note:: n\n\n   body\n\n");
        }
        ParsedDocument parsed = parseQuickly(source.toString());
        assertThat(parsed.document().children()).hasSize(20_000);
    }

    @Test
    void longMultiLineTargetWithoutAName() {
        StringBuilder source = new StringBuilder(".. _");
        for (int k = 0; k < 50_000; k++) {
            source.append("word").append(k).append(" a:b\n  ");
        }
        parseQuickly(source.toString());
    }

    private static int depth(Node root) {
        int depth = 0;
        Node node = root;
        while (!node.children().isEmpty()) {
            node = node.children().get(0);
            depth++;
        }
        return depth;
    }
}
