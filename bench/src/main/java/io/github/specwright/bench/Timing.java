package io.github.specwright.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Small timing helpers: medians (robust on a busy two-core machine) and process wall time. */
final class Timing {

    private Timing() {
    }

    static double medianMillis(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2) / 1e6;
    }

    /** Runs a command to completion, output discarded, and returns its wall time. */
    static long wallNanos(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process process = builder.start();
        process.waitFor();
        return System.nanoTime() - start;
    }
}
