package io.github.specwright.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.check.CheckResult;
import io.github.specwright.core.base.Finding;
import io.github.specwright.core.check.SpecChecker;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A baseline on the real ironic-specs repository, as a team adopting Specwright would make it:
 * taken at the corpus's state it checks clean; it survives lines inserted at the top and text
 * edited elsewhere in the baselined files; new defects in other files are exactly what is reported.
 */
class IronicBaselineTest {

    private static final List<String> BASELINED = List.of("nic-firmware-updates.rst", "node-maintenance-extension.rst",
            "runbook-multi-traits.rst", "trait-based-port-scheduling.rst", "vxlan-support.rst");

    @TempDir
    Path repository;

    @Test
    void survivesEditsAndReportsExactlyTheNewDefects() throws Exception {
        String corpusProperty = System.getProperty("specwright.corpus");
        assumeTrue(corpusProperty != null && Files.isDirectory(Path.of(corpusProperty, "ironic-specs")),
                "reference corpus not present: " + corpusProperty);
        copy(Path.of(corpusProperty, "ironic-specs"), repository);
        CheckConfig config = CheckConfig.load(ironicConf());
        SpecChecker checker = new SpecChecker(config);
        Path baselineFile = repository.resolve(Baseline.DEFAULT_FILE);

        CheckResult before = checker.check(repository);
        assertThat(before.findings()).isNotEmpty();
        Files.writeString(baselineFile, BaselineCheck.record(repository, before));
        CheckResult clean = BaselineCheck.apply(repository, baselineFile, checker.check(repository), config, true);
        assertThat(clean.findings()).isEmpty();
        assertThat(clean.baselined()).isEqualTo(before.findings().size());

        // Twenty lines at the top of each baselined spec, and a sentence added at its end.
        for (String name : BASELINED) {
            Path spec = repository.resolve("specs/approved/" + name);
            String text = Files.readString(spec, StandardCharsets.UTF_8);
            String header = "..\n" + "   A comment line added by the test.\n".repeat(19) + "\n";
            Files.writeString(spec, header + text + "\nA sentence added at the end.\n", StandardCharsets.UTF_8);
        }
        CheckResult edited = BaselineCheck.apply(repository, baselineFile, checker.check(repository), config, true);
        assertThat(edited.findings()).extracting(Finding::format).isEmpty();

        // Three other specs each gain one defect: exactly those three are reported.
        edit("specs/approved/deploy-templates.rst", text -> text.replaceFirst("\n(Problem description\n=+\n\n[^\n]+)\n",
                "\n$1 \n"));
        edit("specs/approved/async-metrics.rst", IronicBaselineTest::withoutTesting);
        edit("specs/approved/attestation-interface.rst", text -> text.replaceFirst("\nProposed change\n(=+)\n\n",
                "\nProposed change\n$1\n\n" + "A line that is far longer than the seventy-nine columns the rules allow"
                        + " in a spec.\n\n"));
        CheckResult broken = BaselineCheck.apply(repository, baselineFile, checker.check(repository), config, true);
        assertThat(broken.findings()).extracting(Finding::ruleId).containsExactlyInAnyOrder(
                "trailing-whitespace", "missing-section", "line-length");
        assertThat(broken.findings()).extracting(Finding::path).containsExactlyInAnyOrder(
                "specs/approved/deploy-templates.rst", "specs/approved/async-metrics.rst",
                "specs/approved/attestation-interface.rst");
    }

    private void edit(String path, java.util.function.UnaryOperator<String> change) throws IOException {
        Path file = repository.resolve(path);
        assertThat(Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)).as(path + " is a regular file").isTrue();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String changed = change.apply(text);
        assertThat(changed).as("the test's edit applies to " + path).isNotEqualTo(text);
        Files.writeString(file, changed, StandardCharsets.UTF_8);
    }

    /** The spec without its "Testing" section (title to the next top-level title). */
    private static String withoutTesting(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int start = lines.indexOf("Testing");
        assertThat(start).isPositive();
        char adornment = lines.get(start + 1).charAt(0);
        int end = start + 2;
        while (end + 1 < lines.size() && !(lines.get(end + 1).matches("\\" + adornment + "{3,}")
                && !lines.get(end).isBlank())) {
            end++;
        }
        for (int i = end - 1; i >= start; i--) {
            lines.remove(i);
        }
        return String.join("\n", lines);
    }

    private static Path ironicConf() throws URISyntaxException {
        return Path.of(IronicBaselineTest.class.getResource("/ironic.conf").toURI());
    }

    /** Copies the corpus; links stay links (real ones, or git's one-line stubs as they are). */
    private static void copy(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path from : paths.toList()) {
                Path to = target.resolve(source.relativize(from).toString());
                if (Files.isSymbolicLink(from)) {
                    Files.createDirectories(to.getParent());
                    Files.createSymbolicLink(to, Files.readSymbolicLink(from));
                } else if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
