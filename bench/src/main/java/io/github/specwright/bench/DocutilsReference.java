package io.github.specwright.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs docutils (Debian's python3-docutils) over the same files, so the harness can report
 * ratios measured in one run. Absent python3 or docutils, {@link #find()} returns null.
 */
final class DocutilsReference {

    private final Path script;

    private DocutilsReference(Path script) {
        this.script = script;
    }

    static DocutilsReference find() throws IOException, InterruptedException {
        Process probe = new ProcessBuilder("python3", "-c", "import docutils")
                .redirectErrorStream(true).start();
        probe.getInputStream().readAllBytes();
        if (probe.waitFor() != 0) {
            return null;
        }
        Path script = Files.createTempFile("docutils_parse", ".py");
        script.toFile().deleteOnExit();
        try (InputStream in = DocutilsReference.class.getResourceAsStream("docutils_parse.py")) {
            Files.write(script, in.readAllBytes());
        }
        return new DocutilsReference(script);
    }

    /** docutils' own parse time for the files, interpreter start-up excluded. */
    double parseMillis(List<Path> files) throws IOException, InterruptedException {
        String seconds = run(files).trim();
        return Double.parseDouble(seconds) * 1000;
    }

    /** The wall time of a whole docutils process over the files, start-up included. */
    double wallMillis(List<Path> files) throws IOException, InterruptedException {
        long start = System.nanoTime();
        run(files);
        return (System.nanoTime() - start) / 1e6;
    }

    private String run(List<Path> files) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("python3", script.toString()).start();
        String list = files.stream().map(Path::toString).collect(Collectors.joining("\n"));
        try (var stdin = process.getOutputStream()) {
            stdin.write(list.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("docutils run failed: " + err);
        }
        return out;
    }
}
