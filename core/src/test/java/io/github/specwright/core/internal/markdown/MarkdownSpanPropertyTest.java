package io.github.specwright.core.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.ParsedDocument;
import io.github.specwright.core.model.SourceSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Invariants of every tree the Markdown parser builds, on any text: spans lie inside the source,
 * start before they end, and a child's span lies inside its parent's.
 */
class MarkdownSpanPropertyTest {

    @Test
    void spansAreWellFormedAndNestedForRandomMarkdown() {
        Random random = new Random(2026);
        String[] pieces = {"# ", "## ", "### ", "text ", "*em* ", "`code` ", "[a][b] ", "[b]: /u\n", "\n", "\n\n",
            "- ", "1. ", "> ", "```\n", "    ", "| a | b |\n|---|---|\n", "---\n", "<!-- c -->\n", "<div>\n",
            "https://x.org/y ", "![i](p.png) ", "\t", "Title\n===\n", "\\*", "&amp; ", "\r\n"};
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertWellFormed(text.toString(), "random-" + round);
        }
    }

    @Test
    void spansAreWellFormedAndNestedForEveryCorpusFileReadAsMarkdown() throws IOException {
        Path corpus = Path.of(System.getProperty("specwright.corpus", "../shared/corpus"));
        Assumptions.assumeTrue(Files.isDirectory(corpus), "the shared corpus is not beside the checkout");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".rst")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(100);
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            assertWellFormed(text, corpus.relativize(file).toString());
        }
    }

    private static void assertWellFormed(String text, String name) {
        ParsedDocument parsed = MarkdownParser.parse(text, name);
        String source = parsed.source();
        int lines = source.isEmpty() ? 1 : (int) source.chars().filter(c -> c == '\n').count() + 1;
        List<String> problems = new ArrayList<>();
        check(parsed.document(), lines, problems);
        assertThat(problems).as(name).isEmpty();
        assertThat(parsed.diagnostics()).as(name).allSatisfy(d -> {
            assertThat(d.line()).isBetween(1, lines);
            assertThat(d.column()).isPositive();
        });
    }

    private static void check(Node node, int lines, List<String> problems) {
        SourceSpan span = node.span();
        if (span.startLine() < 1 || span.endLine() > lines || span.startColumn() < 1 || span.endColumn() < 1) {
            problems.add(node + " lies outside the source");
        }
        if (span.startLine() > span.endLine()
                || span.startLine() == span.endLine() && span.startColumn() > span.endColumn()) {
            problems.add(node + " ends before it starts");
        }
        for (Node child : node.children()) {
            SourceSpan inner = child.span();
            boolean startsInside = inner.startLine() > span.startLine()
                    || inner.startLine() == span.startLine() && inner.startColumn() >= span.startColumn();
            boolean endsInside = inner.endLine() < span.endLine()
                    || inner.endLine() == span.endLine() && inner.endColumn() <= span.endColumn();
            if (!startsInside || !endsInside) {
                problems.add(child + " is not inside its parent " + node);
            }
            check(child, lines, problems);
        }
    }
}
