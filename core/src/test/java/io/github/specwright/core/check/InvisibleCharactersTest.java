package io.github.specwright.core.check;

import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.base.Finding;
import io.github.specwright.core.base.RuleGroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvisibleCharactersTest {

    private static List<String> check(InvisibleCharacters characters, String line, int lineNumber) {
        return characters.check(line, lineNumber).stream()
                .map(p -> p.line() + ":" + p.column() + " " + p.message()).toList();
    }

    @Test
    void zeroWidthAndBidiCharactersAreNamedWithTheirColumn() {
        InvisibleCharacters defaults = InvisibleCharacters.defaults();
        assertThat(check(defaults, "a\u200Bb", 3)).containsExactly("3:2 invisible character U+200B ZERO WIDTH SPACE:"
                + " it changes what a reviewer sees; remove it (specwright fix does)");
        assertThat(check(defaults, "if x \u202E && y", 1)).containsExactly("1:6 invisible character U+202E"
                + " RIGHT-TO-LEFT OVERRIDE: it changes what a reviewer sees; remove it, or write what it stands for");
        assertThat(check(defaults, "\u2066x\u2069", 1)).extracting(s -> s.substring(0, 3)).containsExactly("1:1", "1:3");
        assertThat(check(defaults, "co\u00ADoperate", 1)).hasSize(1);
        assertThat(check(defaults, "\uFEFFstart", 1)).isEmpty();
        assertThat(check(defaults, "\uFEFFlater", 2)).hasSize(1);
    }

    @Test
    void emojiSequencesAndNoBreakSpacesAreNotReportedByDefault() {
        InvisibleCharacters defaults = InvisibleCharacters.defaults();
        assertThat(check(defaults, "team \uD83D\uDC69\u200D\uD83D\uDCBB here", 1)).isEmpty();
        assertThat(check(defaults, "10\u00A0km", 1)).isEmpty();
        assertThat(check(defaults, "x\u200Dy", 1)).hasSize(1);
    }

    @Test
    void theSetIsConfigurable() throws ConfigException {
        InvisibleCharacters withNbsp = InvisibleCharacters.parse(List.of("default", "U+00A0"));
        assertThat(check(withNbsp, "10\u00A0km\u200B", 1)).extracting(s -> s.substring(0, 3)).containsExactly("1:3", "1:6");
        InvisibleCharacters none = InvisibleCharacters.parse(List.of("none"));
        assertThat(check(none, "a\u200Bb", 1)).isEmpty();
        InvisibleCharacters range = InvisibleCharacters.parse(List.of("U+2000-U+200A"));
        assertThat(check(range, "a\u2009b\u200Bc", 1)).extracting(s -> s.substring(0, 3)).containsExactly("1:2");
        assertThatThrownBy(() -> InvisibleCharacters.parse(List.of("zwsp"))).hasMessage("invisible-characters: 'zwsp' is"
                + " neither 'default', 'none' nor a code point such as U+200B or a range U+2066-U+2069");
    }

    @Test
    void theCheckerReportsAndTheFixerRemovesTheMeaninglessOnes() throws Exception {
        java.nio.file.Path root = java.nio.file.Files.createTempDirectory("invisible");
        java.nio.file.Files.writeString(root.resolve("a.rst"), "Title\n=====\n\nA\u200Bword and co\u00ADop, \u202Ebidi.\n");
        CheckConfig config = CheckConfig.builder().groups(java.util.EnumSet.of(RuleGroup.FORMAT)).build();
        assertThat(new SpecChecker(config).check(root).findings()).extracting(Finding::line, Finding::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, 2), org.assertj.core.groups.Tuple.tuple(4, 14),
                        org.assertj.core.groups.Tuple.tuple(4, 19));
        new io.github.specwright.core.fix.SpecFixer(config, io.github.specwright.core.fix.FixOptions.defaults()).fix(root);
        assertThat(java.nio.file.Files.readString(root.resolve("a.rst"))).isEqualTo("Title\n=====\n\nAword and coop, \u202Ebidi.\n");
    }
}
