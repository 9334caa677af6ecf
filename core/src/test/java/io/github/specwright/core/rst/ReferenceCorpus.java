package io.github.specwright.core.rst;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the shared reference corpus (docutils' verdicts); tests using it are skipped where it is absent. */
final class ReferenceCorpus {

    /** A WARNING-or-worse docutils message row. */
    record Message(String file, int line, String level, String text) {
    }

    final Path root;
    final Map<String, String> outlines = new LinkedHashMap<>();
    final List<Message> messages = new ArrayList<>();

    private ReferenceCorpus(Path root, Path expected) throws IOException {
        this.root = root;
        for (String row : Files.readAllLines(expected, StandardCharsets.UTF_8)) {
            String[] cols = row.split("\t", -1);
            if (cols[0].equals("outline")) {
                outlines.put(cols[1], cols[2]);
            } else if (cols[0].equals("message")) {
                messages.add(new Message(cols[1], Integer.parseInt(cols[2]), cols[3], cols[4]));
            }
        }
    }

    /** The corpus {@code name} ("ironic-specs" or "mutants-1"); skips the test when the corpus is not there. */
    static ReferenceCorpus load(String name) throws IOException {
        String dir = System.getProperty("specwright.corpus");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "reference corpus not present: " + dir);
        Path root = Path.of(dir).resolve(name);
        Path expected = Path.of(dir).resolve(name + ".expected").resolve("docutils.tsv");
        assumeTrue(Files.isRegularFile(expected), "reference corpus file not present: " + expected);
        return new ReferenceCorpus(root, expected);
    }

    String read(String file) throws IOException {
        return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
    }

    /** The block-level rule id a docutils message maps to, or null when it is not a block-level message. */
    static String blockRuleId(String message) {
        if (message.startsWith("Title underline too short") || message.startsWith("Title overline too short")) {
            return "rst-title-underline";
        }
        if (message.startsWith("Title overline & underline mismatch")
                || message.startsWith("Missing matching underline for section title overline")
                || message.startsWith("Incomplete section title")
                || message.startsWith("Invalid section title or transition marker")) {
            return "rst-title-overline";
        }
        if (message.startsWith("Title level inconsistent") || message.startsWith("Inconsistent title style")) {
            return "rst-title-level";
        }
        if (message.startsWith("Unexpected section title")) {
            return "rst-unexpected-title";
        }
        if (message.startsWith("Unexpected indentation")) {
            return "rst-unexpected-indent";
        }
        if (message.contains("ends without a blank line")) {
            return "rst-missing-blank-line";
        }
        if (message.startsWith("Malformed table") || message.startsWith("Blank line required after table")) {
            return "rst-malformed-table";
        }
        if (message.startsWith("Literal block expected") || message.startsWith("Inconsistent literal block quoting")) {
            return "rst-literal-block";
        }
        if (message.startsWith("Unknown directive type")) {
            return "rst-unknown-directive";
        }
        if (message.startsWith("Error in \"") || message.startsWith("Content block expected")) {
            return "rst-directive-error";
        }
        return null;
    }
}
