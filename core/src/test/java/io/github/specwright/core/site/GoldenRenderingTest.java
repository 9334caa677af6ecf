package io.github.specwright.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.model.ParsedDocument;
import io.github.specwright.core.rst.RstParser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden rendering tests: for each construct, {@code site-golden/NAME.rst} is parsed and rendered, and the HTML
 * fragment must equal {@code NAME.html} exactly; {@code NAME.findings} (when present) lists the expected rendering
 * findings, one {@code line:column rule-id} per line (parser diagnostics as {@code line:column parser rule-id}). Actual output is written to {@code target/site-golden/} for
 * review; run with {@code -Dspecwright.golden.update=true} to rewrite the expected files after a deliberate change.
 */
class GoldenRenderingTest {

    /** A context with one other document and one label, so cross-references have something to resolve to. */
    private static final class GoldenContext implements RenderContext {
        final List<String> findings = new ArrayList<>();

        @Override
        public void report(int line, int column, String ruleId, String message) {
            findings.add(line + ":" + column + " " + ruleId);
        }

        @Override
        public Link resolveDocument(String target) {
            return target.equals("../approved/other") ? new Link("../approved/other.html", "The other spec") : null;
        }

        @Override
        public Link resolveLabel(String label) {
            return label.equals("glossary") ? new Link("../approved/other.html#glossary", "Glossary") : null;
        }
    }

    static Stream<String> cases() throws IOException, URISyntaxException {
        Path directory = Path.of(GoldenRenderingTest.class.getResource("/site-golden").toURI());
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rst"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersAsExpected(String name) throws Exception {
        Path directory = Path.of(GoldenRenderingTest.class.getResource("/site-golden").toURI());
        String source = Files.readString(directory.resolve(name + ".rst"), StandardCharsets.UTF_8);
        ParsedDocument parsed = RstParser.parse(source, name + ".rst");
        GoldenContext context = new GoldenContext();
        parsed.diagnostics().stream().filter(d -> d.isFinding())
                .forEach(d -> context.findings.add(d.line() + ":" + d.column() + " parser " + d.ruleId()));
        String html = HtmlRenderer.render(parsed.document(), context);
        String findings = String.join("\n", context.findings);

        Path actual = Path.of("target/site-golden");
        Files.createDirectories(actual);
        Files.writeString(actual.resolve(name + ".html"), html);
        if (Boolean.getBoolean("specwright.golden.update")) {
            Path sources = Path.of("src/test/resources/site-golden");
            Files.writeString(sources.resolve(name + ".html"), html);
            if (findings.isEmpty()) {
                Files.deleteIfExists(sources.resolve(name + ".findings"));
            } else {
                Files.writeString(sources.resolve(name + ".findings"), findings + "\n");
            }
            return;
        }
        assertThat(html).isEqualTo(Files.readString(directory.resolve(name + ".html"), StandardCharsets.UTF_8));
        Path expectedFindings = directory.resolve(name + ".findings");
        assertThat(findings).isEqualTo(Files.exists(expectedFindings) ? Files.readString(expectedFindings).strip() : "");
    }
}
