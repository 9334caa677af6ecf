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
}
