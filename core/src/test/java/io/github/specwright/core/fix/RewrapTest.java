package io.github.specwright.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RewrapTest {

    @Test
    void wrapsGreedilyAtTheWidth() {
        assertThat(Rewrap.wrap(List.of("one two three four five six seven eight nine ten"), 20))
                .containsExactly("one two three four", "five six seven eight", "nine ten");
    }

    @Test
    void keepsAnOverlongWordOnItsOwnLine() {
        assertThat(Rewrap.wrap(List.of("a averyveryverylongwordthatcannotbreak b"), 20))
                .containsExactly("a", "averyveryverylongwordthatcannotbreak", "b");
    }

    @Test
    void refusesWhenANewLineWouldStartAList() {
        assertThat(Rewrap.wrap(List.of("the quick brown fox - jumps over"), 20)).isNull();
        assertThat(Rewrap.wrap(List.of("counting up to 1. and then some"), 14)).isNull();
        assertThat(Rewrap.wrap(List.of("see the thing .. note that"), 14)).isNull();
    }

    @Test
    void refusesInlineLiteralsAndLiteralBlockMarkers() {
        assertThat(Rewrap.wrap(List.of("use ``a  b`` here and there and everywhere"), 20)).isNull();
        assertThat(Rewrap.wrap(List.of("an example follows here and there::"), 20)).isNull();
    }

    @Test
    void refusesWhenALineWouldLookLikeAnAdornment() {
        assertThat(Rewrap.wrap(List.of("aaaaaaaaaaaaaaaaaa ===="), 20)).isNull();
    }
}
