package io.github.specwright.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.rst.RstParser;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    private static String plain(String source) {
        return PlainText.of(RstParser.parse(source, "t.rst").document());
    }

    @Test
    void inlineMarkupRunsOnWithItsText() {
        // the catalog reads authors with it: no space may appear before the '>' after an address
        assertThat(plain("Ada <ada@example.org>, *Bob*'s **notes**.\n")).isEqualTo("Ada <ada@example.org>, Bob's notes.");
    }

    @Test
    void blocksAreSeparated() {
        assertThat(plain("One.\n\nTwo.\n")).isEqualTo("One. Two.");
    }
}
