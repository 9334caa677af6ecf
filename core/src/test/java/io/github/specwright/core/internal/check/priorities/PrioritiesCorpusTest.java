package io.github.specwright.core.internal.check.priorities;

import io.github.specwright.core.base.PrioritiesOptions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.specwright.core.base.Finding;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.ParsedDocument;
import io.github.specwright.core.model.Table;
import io.github.specwright.core.model.TableRow;
import io.github.specwright.core.rst.RstParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The 23 real priorities documents of ironic-specs: every finding must be one of the real
 * defects listed here (rows naming more than two primary contacts; table links that docutils
 * resolves to a same-named external hyperlink target instead of the described subsection), and
 * every listed defect must be found.
 */
class PrioritiesCorpusTest {

    private static final Set<String> REAL_DEFECTS = Set.of(
            "mitaka-priorities.rst:35 priorities-contacts",
            "newton-priorities.rst:17 priorities-contacts", "newton-priorities.rst:19 priorities-contacts",
            "newton-priorities.rst:21 priorities-contacts", "newton-priorities.rst:27 priorities-contacts",
            "queens-priorities.rst:37 priorities-contacts", "queens-priorities.rst:47 priorities-contacts",
            "queens-priorities.rst:49 priorities-contacts", "queens-priorities.rst:51 priorities-contacts",
            "queens-priorities.rst:55 priorities-contacts", "queens-priorities.rst:57 priorities-contacts",
            "queens-priorities.rst:59 priorities-contacts",
            "rocky-priorities.rst:30 priorities-contacts", "rocky-priorities.rst:36 priorities-contacts",
            "rocky-priorities.rst:71 priorities-contacts",
            "stein-priorities.rst:60 priorities-contacts", "stein-priorities.rst:66 priorities-contacts",
            "stein-priorities.rst:74 priorities-contacts",
            "train-priorities.rst:31 priorities-contacts", "train-priorities.rst:33 priorities-contacts",
            "train-priorities.rst:35 priorities-contacts", "train-priorities.rst:60 priorities-contacts",
            "victoria-priorities.rst:53 priorities-contacts",
            "wallaby-priorities.rst:51 priorities-contacts", "wallaby-priorities.rst:56 priorities-contacts",
            "wallaby-priorities.rst:64 priorities-contacts", "wallaby-priorities.rst:69 priorities-contacts",
            "wallaby-priorities.rst:69 priorities-link",
            "xena-themes.rst:112 priorities-contacts", "xena-themes.rst:112 priorities-link",
            "xena-themes.rst:115 priorities-link",
            "yoga-themes.rst:27 priorities-link", "yoga-themes.rst:28 priorities-contacts",
            "yoga-themes.rst:37 priorities-contacts",
            "zed-themes.rst:19 priorities-contacts",
            "2025-1-workitems.rst:38 priorities-link");

    @Test
    void realPrioritiesDocumentsHaveOnlyTheirRealDefects() throws IOException {
        String corpus = System.getProperty("specwright.corpus");
        assumeTrue(corpus != null && Files.isDirectory(Path.of(corpus)), "reference corpus not present");
        Path folder = Path.of(corpus, "ironic-specs", "priorities");
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.toString().endsWith(".rst")).sorted().toList();
        }
        assertThat(files).hasSize(23);
        PrioritiesCheck check = new PrioritiesCheck(PrioritiesOptions.defaults());
        Set<String> actual = new TreeSet<>();
        Set<String> expected = new TreeSet<>();
        List<String> withoutRows = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            ParsedDocument parsed = RstParser.parse(Files.readString(file, StandardCharsets.UTF_8), name);
            if (hasTableWithoutRows(parsed.document())) {
                withoutRows.add(name);
                continue;
            }
            for (Finding finding : check.check(name, parsed)) {
                actual.add(name + ":" + finding.line() + " " + finding.ruleId());
            }
            REAL_DEFECTS.stream().filter(d -> d.startsWith(name + ":")).forEach(expected::add);
        }
        assertThat(actual).as("priorities findings").containsExactlyElementsOf(expected);
        assumeTrue(withoutRows.isEmpty(), "the parser builds no rows for the grid tables of " + withoutRows);
    }

    private static boolean hasTableWithoutRows(Node node) {
        if (node instanceof Table) {
            return !hasRow(node);
        }
        return node.children().stream().anyMatch(PrioritiesCorpusTest::hasTableWithoutRows);
    }

    private static boolean hasRow(Node node) {
        return node instanceof TableRow || node.children().stream().anyMatch(PrioritiesCorpusTest::hasRow);
    }
}
