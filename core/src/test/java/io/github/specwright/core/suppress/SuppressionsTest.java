package io.github.specwright.core.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.base.Finding;
import io.github.specwright.core.base.Severity;
import io.github.specwright.core.parse.DocumentParsers;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuppressionsTest {

    private static final Set<String> RULES = Set.of("line-length", "trailing-whitespace", "extra-section");

    private static Suppressions of(String path, String text) {
        return Suppressions.of(path, DocumentParsers.parse(text, path).document(), RULES::contains);
    }

    private static Finding finding(String path, int line, String rule) {
        return new Finding(path, line, 1, Severity.ERROR, rule, "m");
    }

    private static final String SPEC = String.join("\n",
            "..",                                                             // 1
            "   licence",                                                     // 2
            "",                                                               // 3
            "=====",                                                          // 4
            "Title",                                                          // 5
            "=====",                                                          // 6
            "",                                                               // 7
            "First",                                                          // 8
            "=====",                                                          // 9
            "",                                                               // 10
            ".. specwright: disable=line-length -- the table must stay one line", // 11
            "",                                                               // 12
            "Covered paragraph.",                                             // 13
            "",                                                               // 14
            "Not covered.",                                                   // 15
            "",                                                               // 16
            "Second",                                                         // 17
            "======",                                                         // 18
            "",                                                               // 19
            ".. specwright: disable=trailing-whitespace,line-length -- kept as the vendor wrote it", // 20
            "",                                                               // 21
            "Para one.",                                                      // 22
            "",                                                               // 23
            "Para two.",                                                      // 24
            "");

    @Test
    void scopes() {
        Suppressions suppressions = of("x.rst", SPEC);
        assertThat(suppressions.suppressions()).extracting(Suppression::scope, Suppression::firstLine, Suppression::lastLine)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Suppression.Scope.SECTION, 8, 15),
                        org.assertj.core.groups.Tuple.tuple(Suppression.Scope.SECTION, 17, 24));
        Suppressions.Outcome outcome = suppressions.apply("x.rst", List.of(finding("x.rst", 13, "line-length"),
                finding("x.rst", 24, "trailing-whitespace"), finding("x.rst", 22, "extra-section")));
        assertThat(outcome.suppressed()).extracting(s -> s.finding().line() + " " + s.reason()).containsExactly(
                "13 the table must stay one line", "24 kept as the vendor wrote it");
        assertThat(outcome.findings()).extracting(Finding::format).containsExactly("x.rst:22:1: error [extra-section] m");
    }

    @Test
    void theNextElementOnly() {
        String text = "Title\n=====\n\nSome text.\n\n.. specwright: disable=line-length -- URL\n\nCovered.\n\nNot covered.\n";
        Suppressions suppressions = of("x.rst", text);
        assertThat(suppressions.suppressions()).extracting(Suppression::scope, Suppression::firstLine, Suppression::lastLine)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Suppression.Scope.ELEMENT, 8, 8));
        Suppressions.Outcome outcome = suppressions.apply("x.rst", List.of(finding("x.rst", 8, "line-length"),
                finding("x.rst", 10, "line-length")));
        assertThat(outcome.findings()).extracting(Finding::line).containsExactly(10);
    }

    @Test
    void beforeTheTitleTheWholeFile() {
        String text = ".. specwright: disable=extra-section -- kept from the old template\n\n=====\nTitle\n=====\n\nText.\n";
        Suppressions.Outcome outcome = of("x.rst", text).apply("x.rst", List.of(finding("x.rst", 7, "extra-section")));
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.suppressed()).hasSize(1);
    }

    @Test
    void markdownUsesHtmlComments() {
        String text = "# Title\n\n## Part\n\n<!-- specwright: disable=line-length -- a long table -->\n\n| a | b |\n|---|---|\n\n## Other\n\nText\n";
        Suppressions suppressions = of("x.md", text);
        assertThat(suppressions.suppressions()).extracting(Suppression::scope).containsExactly(Suppression.Scope.SECTION);
        Suppressions.Outcome outcome = suppressions.apply("x.md", List.of(finding("x.md", 7, "line-length"),
                finding("x.md", 12, "line-length")));
        assertThat(outcome.findings()).extracting(Finding::line).containsExactly(12);
    }

    @Test
    void badSuppressionsAreFindings() {
        String text = "Title\n=====\n\n.. specwright: disable=line-length\n\nText.\n\n"
                + ".. specwright: disable=no-such-rule -- why\n\nText.\n\n.. specwright: enable everything\n\n"
                + ".. specwright: disable=trailing-whitespace -- nothing to cover\n\nClean.\n";
        Suppressions.Outcome outcome = of("x.rst", text).apply("x.rst", List.of());
        assertThat(outcome.findings()).extracting(Finding::format).containsExactly(
                "x.rst:4:1: error [invalid-suppression] a suppression needs a reason: write it after ' -- ', e.g."
                        + " 'specwright: disable=line-length -- the table must stay one line'",
                "x.rst:8:1: error [invalid-suppression] unknown rule 'no-such-rule' in a suppression: see the rule"
                        + " table in docs/configuration.md",
                "x.rst:12:1: error [invalid-suppression] a suppression reads 'specwright: disable=RULE[,RULE] -- REASON'",
                "x.rst:14:1: warning [unused-suppression] this suppression of trailing-whitespace covers no finding:"
                        + " remove it");
    }
}
