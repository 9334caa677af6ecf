package io.github.specwright.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The harness's command-line options, with defaults that fit a checkout beside ../shared. */
record Options(Path corpus, Path cliJar, List<Integer> sizes, int warmups, int iterations) {

    static Options parse(String[] args) {
        Path corpus = Path.of("../shared/corpus/ironic-specs").toAbsolutePath().normalize();
        Path cli = Path.of("cli/target/specwright.jar");
        List<Integer> sizes = List.of(1000, 10000);
        int iterations = 20;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) {
                return null;
            }
            switch (args[i]) {
                case "--corpus" -> corpus = Path.of(value).toAbsolutePath().normalize();
                case "--cli" -> cli = Path.of(value);
                case "--sizes" -> sizes = parseSizes(value);
                case "--iterations" -> iterations = Integer.parseInt(value);
                default -> {
                    return null;
                }
            }
            i++;
        }
        // On two cores the JIT compiler needs ~40 checks of the corpus to settle: warm up at least that much.
        return new Options(corpus, cli, sizes, Math.max(40, iterations), iterations);
    }

    private static List<Integer> parseSizes(String csv) {
        List<Integer> sizes = new ArrayList<>();
        for (String part : csv.split(",")) {
            if (!part.isBlank()) {
                sizes.add(Integer.parseInt(part.trim()));
            }
        }
        return sizes;
    }
}
