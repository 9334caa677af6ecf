package io.github.specwright.bench;

import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.check.CheckResult;
import io.github.specwright.core.check.SpecChecker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark harness: every figure the README and the issue notes quote comes from one run
 * of this class, so the ratios compare measurements taken on the same machine at the same time.
 *
 * <pre>
 * java -jar bench/target/specwright-bench.jar [--corpus DIR] [--cli JAR] [--sizes 1000,10000]
 * </pre>
 *
 * <p>Reported: (1) in-process, warmed parse + all checks of the corpus against docutils parsing
 * the same files; (2) the CLI's wall time, JVM start included, against a docutils process over
 * the same files; (3) time and peak heap for synthetic repositories of each size.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (options == null) {
            System.err.println("usage: java -jar specwright-bench.jar [--corpus DIR] [--cli JAR]"
                    + " [--sizes 1000,10000] [--iterations N]");
            System.exit(2);
        }
        Report report = new Report();
        if (Files.isDirectory(options.corpus())) {
            corpusThroughput(options, report);
            if (options.cliJar() != null && Files.isRegularFile(options.cliJar())) {
                cliWallTime(options, report);
            }
        } else {
            report.note("corpus not found at " + options.corpus() + ": corpus figures skipped");
        }
        for (int size : options.sizes()) {
            syntheticScaling(options, size, report);
        }
        report.print(System.out);
    }

    private static void corpusThroughput(Options options, Report report) throws Exception {
        SpecChecker checker = new SpecChecker(CheckConfig.defaults());
        Path root = options.corpus();
        CheckResult first = checker.check(root);
        for (int i = 0; i < options.warmups(); i++) {
            checker.check(root);
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < options.iterations(); i++) {
            long start = System.nanoTime();
            checker.check(root);
            nanos.add(System.nanoTime() - start);
        }
        double specwrightMs = Timing.medianMillis(nanos);
        report.row("corpus files checked", String.valueOf(first.filesChecked()));
        report.row("specwright parse+check, warmed (median ms)", format(specwrightMs));

        List<Path> files = CorpusFiles.regularRstFiles(root);
        DocutilsReference docutils = DocutilsReference.find();
        if (docutils == null) {
            report.note("python3 with docutils not found: no docutils ratio");
            return;
        }
        double docutilsMs = docutils.parseMillis(files);
        report.row("docutils publish_doctree, same files (ms)", format(docutilsMs));
        report.row("ratio docutils / specwright (in-process)", format(docutilsMs / specwrightMs) + "x");
    }

    private static void cliWallTime(Options options, Report report) throws Exception {
        List<Long> cli = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cli.add(Timing.wallNanos(List.of("java", "-jar", options.cliJar().toString(), "check",
                    options.corpus().toString())));
        }
        double cliMs = Timing.medianMillis(cli);
        report.row("specwright CLI check, JVM start included (median ms)", format(cliMs));
        DocutilsReference docutils = DocutilsReference.find();
        if (docutils != null) {
            double docutilsWall = docutils.wallMillis(CorpusFiles.regularRstFiles(options.corpus()));
            report.row("docutils process over the same files (ms)", format(docutilsWall));
            report.row("ratio docutils / specwright CLI (wall)", format(docutilsWall / cliMs) + "x");
        }
    }

    private static void syntheticScaling(Options options, int size, Report report) throws Exception {
        Path dir = Files.createTempDirectory("specwright-bench-");
        try {
            SyntheticRepository.write(dir, size, options.corpus());
            SpecChecker checker = new SpecChecker(CheckConfig.defaults());
            checker.check(dir); // warm-up, also pulls the files into the page cache
            HeapProbe heap = HeapProbe.start();
            long start = System.nanoTime();
            CheckResult result = checker.check(dir);
            long nanos = System.nanoTime() - start;
            long peak = heap.peakBytes();
            report.row("synthetic " + size + " specs: files", String.valueOf(result.filesChecked()));
            report.row("synthetic " + size + " specs: check ms", format(nanos / 1e6));
            report.row("synthetic " + size + " specs: ms per spec", format(nanos / 1e6 / size));
            report.row("synthetic " + size + " specs: peak heap MiB", format(peak / 1048576.0));
        } finally {
            SyntheticRepository.delete(dir);
        }
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
