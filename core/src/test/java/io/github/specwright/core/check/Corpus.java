package io.github.specwright.core.check;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared reference corpus is; tests using it are skipped (not passed) where it is absent. */
final class Corpus {

    private Corpus() {
    }

    /** {@code ../shared/corpus/<name>}, or the test is skipped. */
    static Path dir(String name) {
        String corpus = System.getProperty("specwright.corpus");
        assumeTrue(corpus != null && Files.isDirectory(Path.of(corpus)), "reference corpus not present: " + corpus);
        Path dir = Path.of(corpus).resolve(name);
        assumeTrue(Files.isDirectory(dir), "reference corpus folder not present: " + dir);
        return dir;
    }
}
