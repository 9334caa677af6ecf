package io.github.specwright.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a specs repository of N specs in the default layout: the corpus template and N specs
 * cycling through the corpus's approved specs (real text, so the work per spec is realistic).
 */
final class SyntheticRepository {

    private SyntheticRepository() {
    }

    static void write(Path dir, int specs, Path corpus) throws IOException {
        Path approved = Files.createDirectories(dir.resolve("specs/approved"));
        Path template = corpus.resolve("specs/template.rst");
        if (!Files.isRegularFile(template)) {
            throw new IOException("synthetic repositories are built from the corpus; not found: " + template);
        }
        Files.copy(template, dir.resolve("specs/template.rst"));
        List<Path> sources = CorpusFiles.regularRstFiles(corpus.resolve("specs/approved"));
        for (int i = 0; i < specs; i++) {
            Path source = sources.get(i % sources.size());
            Files.copy(source, approved.resolve(String.format("spec-%05d.rst", i)));
        }
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
