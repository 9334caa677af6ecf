package io.github.specwright.core.rst;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.model.ParsedDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The outline of every corpus file must equal docutils' outline, character for character. */
class OutlineParityTest {

    @ParameterizedTest
    @ValueSource(strings = {"ironic-specs", "mutants-1"})
    void outlinesMatchDocutils(String corpusName) throws IOException {
        ReferenceCorpus corpus = ReferenceCorpus.load(corpusName);
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, String> expected : corpus.outlines.entrySet()) {
            ParsedDocument parsed = RstParser.parse(corpus.read(expected.getKey()), expected.getKey());
            String actual = Outline.of(parsed.document()).toJson();
            if (!actual.equals(expected.getValue())) {
                differences.add(expected.getKey() + "\n  expected " + expected.getValue() + "\n  actual   " + actual);
            }
        }
        System.out.printf("outline parity %s: %d/%d files identical%n", corpusName,
                corpus.outlines.size() - differences.size(), corpus.outlines.size());
        assertThat(corpus.outlines).hasSizeGreaterThan(100);
        assertThat(differences).as("files whose outline differs from docutils'").isEmpty();
    }
}
