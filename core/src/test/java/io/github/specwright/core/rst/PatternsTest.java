package io.github.specwright.core.rst;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cheap first-character tests in front of the construct patterns must never reject a match. */
class PatternsTest {

    @ParameterizedTest
    @ValueSource(strings = {"1. item", "12) item", "(3) item", "a. item", "Z) item", "(iv) item", "XII. item",
            "#. item", "(#) item", "#) item", "1.", "(b)"})
    void enumeratorsAreRecognised(String line) {
        assertThat(Patterns.starts(Patterns.ENUMERATOR, line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Text.", "The end.", "1.5 litres", "a.b", "(x", "() x", "é. x", "#", "Note: 1. x", "-1. x"})
    void proseIsNotAnEnumerator(String line) {
        assertThat(Patterns.starts(Patterns.ENUMERATOR, line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-a  text", "--all  text", "/V  text", "+x  text", "-f FILE, --file=FILE  text", "-a"})
    void optionMarkersAreRecognised(String line) {
        assertThat(Patterns.optionMarkerEnd(line)).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a  text", "text", "- a", "--  x", ""})
    void otherLinesAreNotOptionMarkers(String line) {
        assertThat(Patterns.optionMarkerEnd(line)).isNegative();
    }

    @ParameterizedTest
    @ValueSource(strings = {"- item", "-", "* item", "+  item", "\u2022 item"})
    void bulletsAreRecognised(String line) {
        assertThat(Patterns.starts(Patterns.BULLET, line)).isEqualTo(Patterns.BULLET.matcher(line).lookingAt())
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-item", "--", "*emphasis*", "", "x - y"})
    void otherLinesAreNotBullets(String line) {
        assertThat(Patterns.starts(Patterns.BULLET, line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", ".. note::", "__", "__ http://x", "|", "| line", ">>>", ">>> 1 + 1",
            "...", "..x", "___", "__x", "||", "|x", ">>", ">>>x", ""})
    void handWrittenTestsAgreeWithTheirPatterns(String line) {
        for (java.util.regex.Pattern pattern : new java.util.regex.Pattern[] {Patterns.EXPLICIT, Patterns.ANONYMOUS,
                Patterns.LINE_BLOCK, Patterns.DOCTEST, Patterns.BULLET}) {
            assertThat(Patterns.starts(pattern, line)).as(pattern + " on '" + line + "'")
                    .isEqualTo(pattern.matcher(line).lookingAt());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"+---+", "+-+-+", "+----+----+  ", "+--", "+ --+", "-+--+", "+=+=+"})
    void gridTableTopsAgreeWithTheirPattern(String line) {
        assertThat(Patterns.isGridTableTop(line)).isEqualTo(Patterns.GRID_TABLE_TOP.matcher(line).lookingAt());
    }
}
