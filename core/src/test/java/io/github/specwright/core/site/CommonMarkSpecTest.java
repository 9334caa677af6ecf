package io.github.specwright.core.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import io.github.specwright.core.testing.ListedMismatches;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * The CommonMark specification's examples (commonmark-spec/spec.json) through Specwright's Markdown page: the
 * body the site renders for each example's Markdown, and the spec's HTML, both through {@link PageBodies#normalise} (the
 * site's decorations taken away; docs/markdown.md describes it), compared as text. The examples of "HTML blocks" and
 * "Raw HTML", and any other example whose Markdown holds raw HTML, are compared with the spec's HTML passed through
 * the page's sanitizer (GitHub's allowlist), as the page shows it. Every example that differs is listed, with its section, in markdown/commonmark-mismatches.txt;
 * the test fails when a listed example starts matching or an unlisted one stops
 * ({@code -Dspecwright.commonmark.update=true} rewrites the list).
 */
class CommonMarkSpecTest {

    private static final Path MISMATCHES = Path.of("src/test/resources/markdown/commonmark-mismatches.txt");
    private static final Set<String> HTML_SECTIONS = Set.of("HTML blocks", "Raw HTML");
    /** Raw HTML in Markdown: a tag or a comment. */
    private static final Pattern RAW_HTML = Pattern.compile("<(?:/?[A-Za-z][A-Za-z0-9-]*[\\s/>]|!--)");

    private record Example(int number, String section, String markdown, String html) {
    }

    private static final String FLEXMARK = "flexmark 0.64 reads it by CommonMark 0.29, before the spec's change: ";
    private static final String AUTOLINK = "deliberate: GitHub's extended autolinks make a bare URL a link (GFM)";
    private static final String FRONT_MATTER = "deliberate: a file that starts with a --- line opens YAML front"
            + " matter, where specs keep their metadata";
    private static final String SANITIZER = "the page's HTML passes GitHub's allowlist: ";
    private static final String EMPTY_ITEM = "trade-off: flexmark reads \"- [x][label]\" as GitHub does (a link"
            + " reference, no task) only when a list marker must be followed by a space, which loses empty list items";

    /** Why an example differs, for the list of mismatches. */
    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(96, FRONT_MATTER), Map.entry(98, FRONT_MATTER),
            Map.entry(602, AUTOLINK), Map.entry(606, AUTOLINK), Map.entry(608, AUTOLINK), Map.entry(611, AUTOLINK),
            Map.entry(612, AUTOLINK),
            Map.entry(146, FLEXMARK + "a tilde fence's info string may hold backticks"),
            Map.entry(195, FLEXMARK + "link reference definitions over several lines"),
            Map.entry(201, FLEXMARK + "link reference definitions with a title not after whitespace"),
            Map.entry(215, FLEXMARK + "a link reference definition before a setext underline"),
            Map.entry(216, FLEXMARK + "a link reference definition before a setext underline"),
            Map.entry(312, FLEXMARK + "list items indented four spaces or more"),
            Map.entry(313, FLEXMARK + "list items indented four spaces or more"),
            Map.entry(354, FLEXMARK + "currency symbols count as punctuation for emphasis"),
            Map.entry(416, FLEXMARK + "the rule of three for intraword delimiter runs"),
            Map.entry(417, FLEXMARK + "the rule of three for intraword delimiter runs"),
            Map.entry(489, FLEXMARK + "link destinations in pointy brackets"),
            Map.entry(493, FLEXMARK + "link destinations in pointy brackets"),
            Map.entry(494, FLEXMARK + "link destinations in pointy brackets"),
            Map.entry(278, EMPTY_ITEM), Map.entry(280, EMPTY_ITEM), Map.entry(281, EMPTY_ITEM),
            Map.entry(283, EMPTY_ITEM), Map.entry(284, EMPTY_ITEM), Map.entry(315, EMPTY_ITEM),
            Map.entry(171, SANITIZER + "it removes textarea, script and style, whose Markdown is then shown as text"),
            Map.entry(174, SANITIZER + "it removes textarea, script and style, whose Markdown is then shown as text"),
            Map.entry(177, SANITIZER + "it removes textarea, script and style, whose Markdown is then shown as text"),
            Map.entry(625, FLEXMARK + "HTML comments with -- inside, or <!--> and <!--->"),
            Map.entry(626, FLEXMARK + "HTML comments with -- inside, or <!--> and <!--->"));

    @Test
    void theSpecsExamplesRenderAsTheSpecRendersThem() throws IOException {
        Path corpus = Path.of(System.getProperty("specwright.corpus", "../shared/corpus"));
        Path spec = corpus.resolve("commonmark-spec/spec.json");
        assumeTrue(Files.isRegularFile(spec), "reference corpus not present: " + spec);
        List<Example> examples = read(spec);
        assertThat(examples).as("examples read").hasSizeGreaterThan(600);

        Map<Integer, String> mismatches = new TreeMap<>();
        int outside = 0;
        int outsideSame = 0;
        int outsideSameUnsanitized = 0;
        int html = 0;
        int htmlSame = 0;
        for (Example example : examples) {
            boolean htmlSection = HTML_SECTIONS.contains(example.section());
            // A page shows raw HTML only through GitHub's allowlist: an example holding some is compared with the
            // spec's HTML passed through the same sanitizer, wherever it stands.
            boolean sanitized = htmlSection || RAW_HTML.matcher(example.markdown()).find();
            String expected = sanitized ? GithubHtmlPolicy.sanitize(example.html()) : example.html();
            String actual = PageBodies.normalise(MarkdownPages.bodyWithImages(example.markdown(), "specs/example.md"));
            boolean same = actual.equals(PageBodies.normalise(expected));
            if (htmlSection) {
                html++;
                htmlSame += same ? 1 : 0;
            } else {
                outside++;
                outsideSame += same ? 1 : 0;
                outsideSameUnsanitized += actual.equals(PageBodies.normalise(example.html())) ? 1 : 0;
            }
            if (!same) {
                mismatches.put(example.number(), example.section());
            }
        }
        System.out.printf("commonmark examples outside the HTML sections: %d/%d identical (%.1f%%; %d compared with"
                + " the spec's HTML as it is, raw HTML unsanitized); HTML sections: %d/%d%n", outsideSame, outside,
                100.0 * outsideSame / outside, outsideSameUnsanitized, htmlSame, html);
        assertThat(100.0 * outsideSame / outside).as("share of the examples outside the HTML sections")
                .isGreaterThanOrEqualTo(95.0);

        Map<String, String> differences = new java.util.LinkedHashMap<>();
        mismatches.forEach((number, section) -> differences.put(String.valueOf(number),
                section + '\t' + REASONS.getOrDefault(number, "not yet diagnosed")));
        ListedMismatches.check(MISMATCHES, "# CommonMark examples whose Specwright page body differs from the spec's HTML"
                + " (after the normalisation of CommonMarkSpecTest): example number, section, reason. Kept by"
                + " CommonMarkSpecTest.", differences, "specwright.commonmark.update");
    }

    private static List<Example> read(Path spec) throws IOException {
        List<Example> examples = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(tools.jackson.core.ObjectReadContext.empty(),
                Files.readAllBytes(spec))) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                String markdown = null;
                String html = null;
                String section = null;
                int number = 0;
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    switch (name) {
                        case "markdown" -> markdown = parser.getString();
                        case "html" -> html = parser.getString();
                        case "section" -> section = parser.getString();
                        case "example" -> number = parser.getIntValue();
                        default -> parser.skipChildren();
                    }
                }
                examples.add(new Example(number, section, markdown, html));
            }
        }
        return examples;
    }
}
