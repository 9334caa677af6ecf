package io.github.specwright.core.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.specwright.core.rst.RstParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import io.github.specwright.core.testing.ListedMismatches;
import org.junit.jupiter.api.Test;

/**
 * The whole document tree against docutils 0.19's ({@code *.expected/trees/} and
 * {@code docutils-cases/}), exact text per document. Every document that does not match yet is
 * listed in {@code tree-mismatches.txt} with the first construct that differs; the test fails when
 * an unlisted document stops matching or a listed one starts to (then remove its line). Run with
 * {@code -Dspecwright.tree.update=true} to rewrite the list after a change.
 */
class TreeParityTest {

    private static final Path MISMATCHES = Path.of("src/test/resources/io/github/specwright/core/tree/tree-mismatches.txt");

    @Test
    void everyDocumentMatchesDocutilsOrIsListed() throws IOException {
        String corpusProperty = System.getProperty("specwright.corpus");
        assumeTrue(corpusProperty != null && Files.isDirectory(Path.of(corpusProperty)),
                "reference corpus not present: " + corpusProperty);
        Path corpus = Path.of(corpusProperty);
        Map<String, String> differences = new TreeMap<>();
        Map<String, int[]> figures = new TreeMap<>();
        compare(corpus, "ironic-specs", corpus.resolve("ironic-specs.expected/trees"), differences, figures);
        compare(corpus, "mutants-1", corpus.resolve("mutants-1.expected/trees"), differences, figures);
        compare(corpus, "docutils-cases", corpus.resolve("docutils-cases"), differences, figures);
        figures.forEach((set, counts) -> System.out.println("tree parity " + set + ": " + counts[0] + "/" + counts[1]
                + " identical"));
        assertThat(figures.get("ironic-specs")[1]).as("ironic trees").isEqualTo(283);
        assertThat(figures.get("mutants-1")[1]).as("mutant trees").isEqualTo(110);
        assertThat(figures.get("docutils-cases")[1]).as("docutils cases").isEqualTo(752);
        assertThat(figures.get("docutils-cases")[0] * 100).as("at least 95% of docutils' cases identical")
                .isGreaterThanOrEqualTo(95 * 752);

        Map<String, String> lines = new java.util.LinkedHashMap<>();
        differences.forEach((document, difference) -> lines.put(document, reasonFor(document) + '\t' + difference));
        ListedMismatches.check(MISMATCHES, "# Documents whose tree differs from docutils 0.19's: the reason, then the first"
                + " difference. Kept by TreeParityTest.", lines, "specwright.tree.update");
    }

    private static void compare(Path corpus, String set, Path expectedRoot, Map<String, String> differences,
                                Map<String, int[]> figures) throws IOException {
        int[] counts = new int[2];
        List<Path> expected;
        try (Stream<Path> files = Files.walk(expectedRoot)) {
            expected = files.filter(p -> p.toString().endsWith(".pformat")).sorted().toList();
        }
        for (Path tree : expected) {
            String relative = expectedRoot.relativize(tree).toString().replace('\\', '/');
            String sourceName = relative.substring(0, relative.length() - ".pformat".length());
            Path source = set.equals("docutils-cases") ? expectedRoot.resolve(sourceName) : corpus.resolve(set).resolve(sourceName);
            String text = new String(Files.readAllBytes(source), StandardCharsets.UTF_8);
            String actual = PseudoXml.of(RstParser.parse(text, sourceName).document());
            String wanted = Files.readString(tree, StandardCharsets.UTF_8);
            counts[1]++;
            if (actual.equals(wanted)) {
                counts[0]++;
            } else {
                differences.put(set + "/" + sourceName, firstDifference(wanted, actual));
            }
        }
        figures.put(set, counts);
    }

    private static final String LINE_ENDS = "deliberate: docutils also ends lines at U+2028, U+2029, form feed,"
            + " vertical tab, \\x1c-\\x1e and \\x85 (Python's splitlines); Specwright ends them only at LF, CRLF and"
            + " CR, so that its line numbers are an editor's";
    private static final String PYGMENTS = "code directive in a language whose Pygments lexer is not emulated (only"
            + " Python and the shells are)";

    /** Why a document's tree differs: specific documents first, then by the construct its module exercises. */
    private static final List<Map.Entry<String, String>> REASONS = List.of(
            Map.entry("test_character_level_inline_markup/017", LINE_ENDS), Map.entry("test_inline_markup/100", LINE_ENDS),
            Map.entry("test_interpreted/01", "a role based on code with a language (Pygments' tokens, or a language Pygments does not know)"
                    + " is not emulated"),
            Map.entry("test_role/002", "a custom role with options is not emulated"),
            Map.entry("test_default_role/002", "a default role set inside a directive's content is not scoped as"
                    + " docutils scopes it"),
            Map.entry("test_images/033", "deliberate: the image loading option (docutils 0.21) is accepted, an"
                    + " error in 0.19"),
            Map.entry("test_date/", "the date directive's text depends on the day"),
            Map.entry("test_meta/", "meta content mixing fields and other text: docutils' partial reading is not"
                    + " emulated"),
            Map.entry("test_figures/", "figure caption errors (a non-empty comment, a bad option) are not emulated"),
            Map.entry("test_class/", "a class directive followed by a comment and a block quote is not emulated"),
            Map.entry("test_code", PYGMENTS), Map.entry("ironic-specs/", PYGMENTS), Map.entry("mutants-1/", PYGMENTS),
            Map.entry("docutils-cases/", "a difference not yet diagnosed"));

    static String reasonFor(String document) {
        for (Map.Entry<String, String> entry : REASONS) {
            if (document.contains(entry.getKey())) {
                return entry.getValue();
            }
        }
        return "";
    }

    /** The first line where the trees part, as "line N: expected ... got ...". */
    static String firstDifference(String expected, String actual) {
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        for (int i = 0; i < Math.max(want.length, got.length); i++) {
            String w = i < want.length ? want[i].strip() : "(end)";
            String g = i < got.length ? got[i].strip() : "(end)";
            if (!w.equals(g)) {
                return "line " + (i + 1) + ": docutils " + shorten(w) + " / ours " + shorten(g);
            }
        }
        return "whitespace";
    }

    private static String shorten(String line) {
        return line.length() > 70 ? line.substring(0, 70) + "..." : line;
    }
}
