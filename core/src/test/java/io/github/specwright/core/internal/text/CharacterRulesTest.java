package io.github.specwright.core.internal.text;

import io.github.specwright.core.internal.text.CharacterRules;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** docutils 0.19's character rules (each case checked against docutils' reading of the same text). */
class CharacterRulesTest {

    @Test
    void nameCharactersArePythonWordCharactersWithoutTheUnderscore() {
        assertThat(CharacterRules.isNameChar('a')).isTrue();
        assertThat(CharacterRules.isNameChar('7')).isTrue();
        assertThat(CharacterRules.isNameChar('é')).isTrue();
        assertThat(CharacterRules.isNameChar('²')).isTrue(); // other numeral
        assertThat(CharacterRules.isNameChar('Ⅵ')).isTrue(); // letter numeral
        assertThat(CharacterRules.isNameChar(0x1D431)).isTrue(); // mathematical bold x, outside the BMP
        assertThat(CharacterRules.isNameChar('_')).isFalse();
        assertThat(CharacterRules.isNameChar('\u0301')).isFalse(); // a combining mark is no word character
        assertThat(CharacterRules.isNameChar('-')).isFalse();
    }

    @Test
    void simpleNamesJoinRunsWithIsolatedSeparators() {
        assertThat(CharacterRules.simpleNameEnd("x²_ here", 0)).isEqualTo(2);
        assertThat(CharacterRules.simpleNameEnd("a-b.c_d+e:f_", 0)).isEqualTo(11);
        assertThat(CharacterRules.simpleNameEnd("a--b", 0)).isEqualTo(1);
        assertThat(CharacterRules.simpleNameEnd("\uD835\uDC31y_", 0)).isEqualTo(3);
        assertThat(CharacterRules.simpleNameEnd("-a", 0)).isEqualTo(-1);
        assertThat(CharacterRules.isSimpleName("x²")).isTrue();
        assertThat(CharacterRules.isSimpleName("a.")).isFalse();
        assertThat(CharacterRules.isSimpleName("")).isFalse();
    }

    @Test
    void footnoteLabels() {
        assertThat(CharacterRules.isFootnoteLabel("12")).isTrue();
        assertThat(CharacterRules.isFootnoteLabel("#")).isTrue();
        assertThat(CharacterRules.isFootnoteLabel("*")).isTrue();
        assertThat(CharacterRules.isFootnoteLabel("#note²")).isTrue();
        assertThat(CharacterRules.isFootnoteLabel("x²")).isFalse(); // a citation's label
        assertThat(CharacterRules.isFootnoteLabel("#-")).isFalse();
    }

    @Test
    void whitespaceIsPythons() {
        assertThat(CharacterRules.isSpace(' ')).isTrue();
        assertThat(CharacterRules.isSpace('\u0085')).isTrue(); // next line: Java's isWhitespace says no
        assertThat(CharacterRules.isSpace('\u00a0')).isTrue();
        assertThat(CharacterRules.isSpace('\u001f')).isTrue();
        assertThat(CharacterRules.isSpace('\u200b')).isFalse();
        assertThat(CharacterRules.isSpace('x')).isFalse();
    }
}
