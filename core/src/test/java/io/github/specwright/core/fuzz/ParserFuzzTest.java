package io.github.specwright.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.check.CheckResult;
import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.check.SpecChecker;
import io.github.specwright.core.model.Diagnostic;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.ParsedDocument;
import io.github.specwright.core.rst.RstParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzz targets for the parser and the checks. In a normal build they replay the committed
 * regression inputs under {@code src/test/resources/.../ParserFuzzTestInputs/}; with
 * {@code JAZZER_FUZZ=1} they fuzz (see the README's "Fuzzing" section).
 *
 * <p>What must hold on any input: no exception or error escapes, the tree's spans stay inside
 * the input, and the output is bounded by the input's size.
 */
class ParserFuzzTest {

    private static Path repository;

    @BeforeAll
    static void makeRepository() throws IOException {
        repository = Files.createTempDirectory("specwright-fuzz-");
        Files.createDirectories(repository.resolve("specs/approved"));
        Files.writeString(repository.resolve("specs/template.rst"), """
                =====
                Title
                =====

                Problem description
                ===================

                Proposed change
                ===============

                Alternatives
                ------------
                """);
    }

    @AfterAll
    static void deleteRepository() throws IOException {
        try (var walk = Files.walk(repository)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @FuzzTest(maxDuration = "5m")
    void parseRst(byte[] data) {
        String source = new String(data, StandardCharsets.UTF_8);
        ParsedDocument parsed = RstParser.parse(source, "fuzz.rst");
        // Line ends as the parser reads them: CR LF, lone CR and LF.
        int lines = source.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1).length;
        // docutils reports each unclosed start-string, so a line of 97 backquotes rightly yields
        // 49 warnings: the bound is per character, not per line.
        assertThat(parsed.diagnostics().size())
                .as("diagnostics are bounded by the input size")
                .isLessThanOrEqualTo(source.length() + 16);
        for (Diagnostic diagnostic : parsed.diagnostics()) {
            assertThat(diagnostic.line()).isBetween(1, lines + 1);
        }
        assertSpansInside(parsed.document(), lines + 1);
    }

    @FuzzTest(maxDuration = "5m")
    void checkFile(byte[] data) throws ConfigException {
        Path spec = repository.resolve("specs/approved/fuzz.rst");
        try {
            Files.write(spec, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CheckResult result = new SpecChecker(CheckConfig.defaults()).check(repository);
        assertThat(result.findings().size())
                .as("findings are bounded by the input size")
                .isLessThanOrEqualTo(8 * (data.length + 1) + 64);
    }

    /** Walks the tree without recursion: the tree may be as deep as the input allows. */
    private static void assertSpansInside(Node root, int maxLine) {
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            assertThat(node.span().endLine()).as("span of %s", node).isLessThanOrEqualTo(maxLine);
            node.children().forEach(pending::push);
        }
    }
}
