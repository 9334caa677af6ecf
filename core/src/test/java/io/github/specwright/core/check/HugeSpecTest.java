package io.github.specwright.core.check;

import io.github.specwright.core.base.Finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 50 MB spec is checked to its end: every construct the parser knows, repeated, with one
 * deliberate trailing space per block, so the count of findings proves that nothing was cut off.
 */
class HugeSpecTest {

    private static final String BLOCK = """
            Section %1$d
            ==========%2$s

            A paragraph with *emphasis*, **strong** text, ``literal`` text, a link to
            `the tracker <https://example.org/issues/%1$d>`__ and a reference to section_%1$d_.\s
            It wraps over a third line: https://example.org/plain/%1$d and mail@example.org.

            .. _section_%1$d: https://example.org/targets/%1$d

            * a bullet item with :ref:`a role <label-%1$d>`
            * another one

              nested paragraph in the item

            1. enumerated
            2. list

            term %1$d
                its definition

            :field: value %1$d

            ::

                literal block %1$d
                  with indentation

            +-------+-------+
            | cell  | cell  |
            +=======+=======+
            | %1$05d | two   |
            +-------+-------+

            .. note:: An admonition with *markup* %1$d.

            """;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void a50MegabyteSpecIsCheckedToItsEnd(@TempDir Path repository) throws Exception {
        // The parse tree of 50 MB takes about 600 MB of heap; smaller JVMs get the memory finding
        // instead, which another test covers.
        assumeTrue(Runtime.getRuntime().maxMemory() >= 1000L * 1024 * 1024,
                "needs a 1 GB heap, the JVM has " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        StringBuilder spec = new StringBuilder(52_000_000).append("=====\nHuge\n=====\n\n");
        int blocks = 0;
        while (spec.length() < 50_000_000) {
            blocks++;
            String number = String.valueOf(blocks);
            spec.append(String.format(BLOCK, blocks, "=".repeat(number.length() - 1)));
        }
        Path file = repository.resolve("huge.rst");
        Files.writeString(file, spec, StandardCharsets.UTF_8);
        spec = null;

        CheckConfig config = CheckConfig.builder().maxFileSize(100_000_000).defaultPolicy(Policy.FORMAT_ONLY)
                .clearPolicies().build();
        CheckResult result = new SpecChecker(config).check(repository);

        Map<String, Long> byRule = result.findings().stream()
                .collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting()));
        assertThat(byRule).containsExactly(Map.entry(RuleIds.TRAILING_WHITESPACE, (long) blocks));
        assertThat(result.findings().get(result.findings().size() - 1).line())
                .as("the last block's trailing space is found").isEqualTo(4 + linesPerBlock() * (blocks - 1) + 5);
    }

    private static int linesPerBlock() {
        return (int) String.format(BLOCK, 1, "").chars().filter(c -> c == '\n').count();
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void notEnoughMemoryForAFileIsAFindingNotACrash(@TempDir Path repository) throws Exception {
        // A child JVM with a 48 MB heap and a 20 MB spec: that file cannot fit, the check says
        // so without trying it, and the other file is still checked.
        Files.writeString(repository.resolve("small.rst"), "Small\n=====\n\nText. \n");
        String block = String.format(BLOCK, 1, "");
        Files.writeString(repository.resolve("big.rst"), block.repeat(20_000_000 / block.length()));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m", "-cp", classPathOfThisRun(), CheckInSmallHeap.class.getName(),
                repository.toString())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor()).as(output).isZero();
        assertThat(output.lines()).contains(
                "big.rst:1:1: error [file-size] not enough memory to check this file of "
                        + Files.size(repository.resolve("big.rst"))
                        + " bytes (the JVM's heap limit is " + "48 MiB); give the JVM more heap (-Xmx, e.g. in"
                        + " MAVEN_OPTS) or lower max-file-size",
                "small.rst:4:6: error [trailing-whitespace] trailing whitespace");
    }

    /** Checks a directory and prints the findings: run in a JVM with a small heap. */
    static final class CheckInSmallHeap {
        public static void main(String[] args) throws Exception {
            CheckConfig config = CheckConfig.builder().maxFileSize(100_000_000).defaultPolicy(Policy.FORMAT_ONLY)
                    .clearPolicies().build();
            for (Finding finding : new SpecChecker(config).check(Path.of(args[0])).findings()) {
                System.out.println(finding.format());
            }
        }
    }

    /** The class path of this test run, core's own classes included when they run as a module (module path). */
    private static String classPathOfThisRun() {
        String modulePath = System.getProperty("jdk.module.path");
        String classPath = System.getProperty("java.class.path");
        return modulePath == null || modulePath.isEmpty() ? classPath
                : modulePath + java.io.File.pathSeparator + classPath;
    }
}
