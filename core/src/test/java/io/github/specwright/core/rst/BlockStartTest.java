package io.github.specwright.core.rst;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The block start table: each line start picks its construct, in docutils' order. */
class BlockStartTest {

    @Test
    void theOrderIsDocutilsInitialTransitions() {
        assertThat(BlockStart.ORDER).containsExactly(BlockStart.BULLET, BlockStart.ENUMERATOR,
                BlockStart.FIELD_MARKER, BlockStart.OPTION_MARKER, BlockStart.DOCTEST, BlockStart.LINE_BLOCK,
                BlockStart.GRID_TABLE_TOP, BlockStart.SIMPLE_TABLE_TOP, BlockStart.EXPLICIT_MARKUP,
                BlockStart.ANONYMOUS_TARGET, BlockStart.ADORNMENT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "- item|BULLET",
        "1. item|ENUMERATOR",
        ":field: value|FIELD_MARKER",
        "-a  option|OPTION_MARKER",
        ">>> print(1)|DOCTEST",
        "'| line'|LINE_BLOCK",
        "+---+---+|GRID_TABLE_TOP",
        "=== ===|SIMPLE_TABLE_TOP",
        ".. note::|EXPLICIT_MARKUP",
        "__ http://example.org|ANONYMOUS_TARGET",
        "-----|ADORNMENT"})
    void aLineStartMatchesItsConstructFirst(String line, BlockStart expected) {
        BlockStart first = null;
        for (BlockStart start : BlockStart.ORDER) {
            if (start.matches(line)) {
                first = start;
                break;
            }
        }
        assertThat(first).isEqualTo(expected);
    }

    @Test
    void plainTextStartsNothing() {
        assertThat(BlockStart.startsNonText("Plain words.")).isFalse();
        assertThat(BlockStart.startsNonText("- item")).isTrue();
    }

    @Test
    void onlyConstructsBeforeAnEntryAreEarlier() {
        assertThat(BlockStart.startsEarlier(BlockStart.OPTION_MARKER, ":field: value")).isTrue();
        assertThat(BlockStart.startsEarlier(BlockStart.OPTION_MARKER, "-a  option")).isFalse();
        assertThat(BlockStart.startsEarlier(BlockStart.BULLET, "- item")).isFalse();
    }

    @Test
    void anEnumeratorWithoutAListFallsThroughToText() {
        // "1. one" alone followed by an unindented line: not a list (docutils reads a paragraph)
        Document document = RstParser.parse("A. Einstein was\na physicist.\n", "t.rst").document();
        assertThat(document.children()).hasSize(1);
        assertThat(document.children().get(0).getClass().getSimpleName()).isEqualTo("Paragraph");
        assertThat(document.children().get(0).span().startLine()).isEqualTo(1);
        assertThat(document.children().get(0).span().startColumn()).isEqualTo(1);
    }
}
