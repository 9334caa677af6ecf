package io.github.specwright.core.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.specwright.core.model.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Markdown rules against their markdownlint twins on the rust-lang RFCs: the (file, line,
 * rule) sets are equal but for the differences listed, each with its reason, in
 * {@code markdown/markdownlint-differences.txt}.
 */
class MarkdownlintParityTest {

    /** Specwright's rule for each markdownlint rule, as docs/markdown.md names them. */
    private static final Map<String, String> TWINS = Map.of(
            "MD001", "md-heading-skip",
            "MD051", "md-broken-fragment",
            "MD052", "md-broken-reference",
            "MD056", "md-table-columns");

    @Test
    void theFourRulesFindWhatMarkdownlintFindsOnTheRfcs() throws IOException {
        Path corpus = Path.of(System.getProperty("specwright.corpus", "../shared/corpus"));
        Path rfcs = corpus.resolve("rust-rfcs");
        assumeTrue(Files.isDirectory(rfcs), "reference corpus folder not present: " + rfcs);

        Set<String> expected = new TreeSet<>();
        for (String line : Files.readAllLines(corpus.resolve("rust-rfcs.expected/markdownlint.txt"))) {
            String[] parts = line.split(" ", 3);
            String[] place = parts[0].split(":");
            String rule = TWINS.get(parts[1].substring(0, parts[1].indexOf('/')));
            expected.add(place[0] + ":" + place[1] + " " + rule);
        }
        Set<String> actual = new TreeSet<>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(rfcs)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                files++;
                String name = rfcs.relativize(file).toString().replace('\\', '/');
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (Diagnostic diagnostic : MarkdownParser.parse(text, name).diagnostics()) {
                    if (TWINS.containsValue(diagnostic.ruleId())) {
                        actual.add(name + ":" + diagnostic.line() + " " + diagnostic.ruleId());
                    }
                }
            }
        }
        assertThat(files).as("RFC files read").isGreaterThan(600);
        assertThat(expected).as("markdownlint findings read").hasSizeGreaterThan(250);

        Set<String> differences = new TreeSet<>();
        actual.stream().filter(f -> !expected.contains(f)).forEach(f -> differences.add("only-specwright " + f));
        expected.stream().filter(f -> !actual.contains(f)).forEach(f -> differences.add("only-markdownlint " + f));
        assertThat(differences).as("differences from markdownlint (list each with its reason to accept it)")
                .isEqualTo(listedDifferences());
    }

    /** The listed differences, without their reasons. */
    private static Set<String> listedDifferences() throws IOException {
        Set<String> listed = new TreeSet<>();
        try (InputStream in = MarkdownlintParityTest.class.getResourceAsStream("/markdown/markdownlint-differences.txt")) {
            assertThat(in).as("the committed list of differences").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.strip().split("\\s+");
                    listed.add(parts[0] + " " + parts[1] + " " + parts[2]);
                }
            }
        }
        return listed;
    }
}
