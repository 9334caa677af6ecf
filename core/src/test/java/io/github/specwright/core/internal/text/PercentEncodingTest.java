package io.github.specwright.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentEncodingTest {

    @Test
    void everyByteButLettersDigitsAndTheKeptOnesIsEscapedAsUtf8() {
        assertThat(PercentEncoding.encode("a b/ü#[x]", "/", false)).isEqualTo("a%20b/%C3%BC%23%5Bx%5D");
    }

    @Test
    void anExistingEscapeStaysOnlyWhenAskedAndOnlyWhenItIsOne() {
        assertThat(PercentEncoding.encode("50%25 %zz %4", "", true)).isEqualTo("50%25%20%25zz%20%254");
        assertThat(PercentEncoding.encode("50%25", "", false)).isEqualTo("50%2525");
    }
}
