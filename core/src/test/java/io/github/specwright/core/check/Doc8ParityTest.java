package io.github.specwright.core.check;

import io.github.specwright.core.base.Finding;
import io.github.specwright.core.base.RuleGroup;
import io.github.specwright.core.base.Severity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The formatting rules agree with doc8's defaults on the mutant corpus: every D001-D005 row of
 * {@code mutants-1.expected/doc8.txt} is found (same file, same line) and nothing else is.
 */
class Doc8ParityTest {

    private static final Map<String, String> DOC8_CODES = Map.of(
            RuleIds.LINE_LENGTH, "D001",
            RuleIds.TRAILING_WHITESPACE, "D002",
            RuleIds.TAB_INDENT, "D003",
            RuleIds.CARRIAGE_RETURN, "D004",
            RuleIds.FINAL_NEWLINE, "D005");

    @Test
    void formattingFindingsAreExactlyDoc8sRows() throws Exception {
        Path mutants = Corpus.dir("mutants-1");
        Path expectedFile = mutants.resolveSibling("mutants-1.expected").resolve("doc8.txt");
        Set<String> expected = new TreeSet<>();
        for (String row : Files.readAllLines(expectedFile, StandardCharsets.UTF_8)) {
            String[] parts = row.split(":", 3);
            String code = parts[2].strip().substring(0, 4);
            if (DOC8_CODES.containsValue(code)) {
                expected.add(parts[0] + ":" + parts[1] + " " + code);
            }
        }
        CheckConfig config = CheckConfig.builder().clearPolicies().build();
        CheckResult result = new SpecChecker(config).check(mutants);
        Set<String> actual = new TreeSet<>();
        for (Finding finding : result.findings()) {
            String code = DOC8_CODES.get(finding.ruleId());
            if (code != null) {
                actual.add(finding.path() + ":" + finding.line() + " " + code);
            }
        }
        assertThat(result.filesChecked()).isEqualTo(110);
        assertThat(expected).hasSizeGreaterThan(40);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        assertThat(missing).as("doc8 rows we do not report").isEmpty();
        assertThat(extra).as("findings doc8 does not report").isEmpty();
    }

    /** doc8's D000 rows (docutils' messages) are our syntax findings, by file and line. */
    @Test
    void markupFindingsAreOnDoc8sD000Lines() throws Exception {
        Path mutants = Corpus.dir("mutants-1");
        Path expectedFile = mutants.resolveSibling("mutants-1.expected").resolve("doc8.txt");
        Set<String> expected = new TreeSet<>();
        for (String row : Files.readAllLines(expectedFile, StandardCharsets.UTF_8)) {
            String[] parts = row.split(":", 3);
            if (parts[2].strip().startsWith("D000")) {
                expected.add(parts[0] + ":" + parts[1]);
            }
        }
        CheckResult result = new SpecChecker(CheckConfig.builder().clearPolicies().build()).check(mutants);
        Set<String> actual = new TreeSet<>();
        for (Finding finding : result.findings()) {
            if (RuleIds.groupOf(finding.ruleId()) == RuleGroup.SYNTAX) {
                assertThat(finding.severity()).isEqualTo(Severity.ERROR);
                actual.add(finding.path() + ":" + finding.line());
            }
        }
        assertThat(expected).hasSizeGreaterThan(60);
        assertThat(actual).isEqualTo(expected);
    }
}
