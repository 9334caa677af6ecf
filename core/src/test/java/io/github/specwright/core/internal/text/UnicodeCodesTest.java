package io.github.specwright.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The unicode directive's codes, as docutils 0.19's unicode_code reads them. */
class UnicodeCodesTest {

    @Test
    void hexadecimalCodesTakeEveryPrefixInEitherCase() {
        assertThat(UnicodeCodes.decode("U+00A9 U000A9 u00a9 0xA9 0XA9 xA9 \\xA9 \\u00A9 &#xA9;"))
                .containsOnly("\u00a9");
    }

    @Test
    void decimalCodesAreDigitsOnlyAndEverythingElseStaysText() {
        assertThat(UnicodeCodes.decode("169 &#169; abc")).containsExactly("\u00a9", "&#169;", "abc");
    }

    @Test
    void aCommentEndsTheCodesAndATooLargeCodeStaysText() {
        assertThat(UnicodeCodes.decode("U+2122 .. trade mark")).containsExactly("\u2122");
        assertThat(UnicodeCodes.decode("0x110000")).containsExactly("0x110000");
    }

    @Test
    void theFirstInvalidCodeIsANumberBeyondTheLastCharacterInAnyNotation() {
        assertThat(UnicodeCodes.firstInvalid("U+10FFFF 1114111 0x10ffff &#x10FFFF; abc")).isNull();
        assertThat(UnicodeCodes.firstInvalid("0x110000")).isEqualTo("0x110000");
        assertThat(UnicodeCodes.firstInvalid("U+41 1114112 U+110000")).isEqualTo("1114112");
        assertThat(UnicodeCodes.firstInvalid("&#x110000;")).isEqualTo("&#x110000;");
        assertThat(UnicodeCodes.firstInvalid("99999999999999999999")).as("beyond an int").isEqualTo("99999999999999999999");
        assertThat(UnicodeCodes.firstInvalid("U+FFFFFFFFFFFF")).isEqualTo("U+FFFFFFFFFFFF");
        assertThat(UnicodeCodes.firstInvalid("U+41 .. U+110000 in a comment")).isNull();
        assertThat(UnicodeCodes.firstInvalid(null)).isNull();
    }
}
