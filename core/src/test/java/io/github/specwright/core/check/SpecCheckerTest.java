package io.github.specwright.core.check;

import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.base.Finding;
import io.github.specwright.core.base.RuleGroup;
import io.github.specwright.core.base.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Walking, reading and reporting; the template rules themselves are in {@link TemplateRulesTest}. */
class SpecCheckerTest {

    @TempDir
    Path root;

    private Path write(String relative, String text) throws IOException {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String relative, byte[] bytes) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private static CheckConfig formatOnly() throws ConfigException {
        return CheckConfig.builder().clearPolicies().build();
    }

    private static List<String> lines(CheckResult result) {
        return result.findings().stream().map(Finding::format).toList();
    }

    private static boolean symlinksWork(Path dir) {
        try {
            Path probe = Files.createSymbolicLink(dir.resolve(".probe"), dir.resolve("nothing"));
            Files.delete(probe);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    @Test
    void aRelativeRootIsCheckedAsTheDirectoryItNames() throws Exception {
        write("a/one.rst", "trailing \n");
        Path relativeRoot = Path.of("").toAbsolutePath().relativize(root);
        CheckResult result = new SpecChecker(formatOnly()).check(relativeRoot);
        assertThat(lines(result)).containsExactly("a/one.rst:1:9: error [trailing-whitespace] trailing whitespace");
    }

    @Test
    void reportsFormattingFindingsWithRootRelativePathsInOrder() throws Exception {
        write("b/two.rst", "trailing \n");
        write("a/one.rst", "ok\n\tindented\n");
        CheckResult result = new SpecChecker(formatOnly()).check(root);
        assertThat(lines(result)).containsExactly(
                "a/one.rst:2:1: error [tab-indent] tab used for indentation; indent with spaces",
                "b/two.rst:1:9: error [trailing-whitespace] trailing whitespace");
        assertThat(result.filesChecked()).isEqualTo(2);
        assertThat(result.hasErrors()).isTrue();
    }

    @Test
    void onlyCheckedExtensionsAreReadOutsideSpecDirectories() throws Exception {
        write("notes.txt", "trailing \n");
        write("doc/readme.md", "trailing \n");
        write("doc/x.rst", "fine\n");
        CheckResult result = new SpecChecker(formatOnly()).check(root);
        assertThat(result.findings()).isEmpty();
        assertThat(result.filesChecked()).isEqualTo(1);
    }

    @Test
    void otherFilesInASpecDirectoryAreFindings() throws Exception {
        write("specs/template.rst", "Title\n=====\n");
        write("specs/approved/picture.png", new byte[] {1, 2, 3});
        write("specs/backlog/idea.txt", "an idea\n");
        CheckConfig config = CheckConfig.builder().licenseHeader(null).trackerLinkPattern(null).build();
        List<String> findings = lines(new SpecChecker(config).check(root)).stream()
                .filter(line -> line.contains("[file-extension]")).toList();
        assertThat(findings).containsExactly(
                "specs/approved/picture.png:1:1: error [file-extension] a spec file must end in .rst; rename it or move it",
                "specs/backlog/idea.txt:1:1: error [file-extension] a spec file must end in .rst; rename it or move it");
    }

    @Test
    void configuredExtensionsAreChecked() throws Exception {
        write("notes.txt", "trailing \n");
        write("a.rst", "trailing \n");
        CheckConfig config = formatOnly().toBuilder().extensions(Set.of(".txt")).build();
        assertThat(lines(new SpecChecker(config).check(root)))
                .containsExactly("notes.txt:1:9: error [trailing-whitespace] trailing whitespace");
    }

    @Test
    void hiddenAndExcludedPathsAreSkipped() throws Exception {
        write(".git/x.rst", "trailing \n");
        write(".hidden.rst", "trailing \n");
        write("target/site/x.rst", "trailing \n");
        write("module/target/x.rst", "trailing \n");
        write("build/x.rst", "trailing \n");
        CheckConfig config = formatOnly().toBuilder().excludes(List.of("target/", "**/target/", "build/**")).build();
        assertThat(new SpecChecker(config).check(root).findings()).isEmpty();
    }

    @Test
    void ignoredDirectoriesAreNotRead() throws Exception {
        write("old/x.rst", "trailing \n");
        CheckConfig config = formatOnly().toBuilder().policy("old/", Policy.IGNORE).build();
        CheckResult result = new SpecChecker(config).check(root);
        assertThat(result.findings()).isEmpty();
        assertThat(result.filesChecked()).isZero();
    }

    @Test
    void missingTemplateIsAConfigErrorNamingThePath() throws Exception {
        write("specs/approved/a.rst", "A\n=\n");
        assertThatThrownBy(() -> new SpecChecker(CheckConfig.defaults()).check(root))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("template file not found: specs/template.rst (looked for "
                        + root.toRealPath().resolve("specs/template.rst") + ")");
    }

    @Test
    void templateIsNotNeededWithoutSpecsToCheckAgainstIt() throws Exception {
        write("docs/a.rst", "fine\n");
        assertThat(new SpecChecker(CheckConfig.defaults()).check(root).findings()).isEmpty();
    }

    @Test
    void binaryFileIsOneFinding() throws Exception {
        write("a.rst", new byte[] {'x', 0, 0, 0, '\t', ' ', '\n'});
        assertThat(lines(new SpecChecker(formatOnly()).check(root))).containsExactly(
                "a.rst:1:1: error [encoding] binary file (NUL byte at byte offset 1), not a text document; not checked");
    }

    @Test
    void invalidUtf8IsReportedAndTheRestIsStillChecked() throws Exception {
        write("a.rst", new byte[] {'o', 'k', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n', 'x', ' ', '\n'});
        assertThat(lines(new SpecChecker(formatOnly()).check(root))).containsExactly(
                "a.rst:2:4: error [encoding] invalid UTF-8 byte 0xE9 at byte offset 6; save the file as UTF-8",
                "a.rst:3:2: error [trailing-whitespace] trailing whitespace");
    }

    @Test
    void byteOrderMarkIsReported() throws Exception {
        write("a.rst", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'o', 'k', '\n'});
        assertThat(lines(new SpecChecker(formatOnly()).check(root))).containsExactly(
                "a.rst:1:1: error [encoding] file starts with a UTF-8 byte order mark; remove it");
    }

    @Test
    void oversizedFileIsReportedNotRead() throws Exception {
        write("big.rst", "x".repeat(200) + "\n");
        CheckConfig config = formatOnly().toBuilder().maxFileSize(100).build();
        assertThat(lines(new SpecChecker(config).check(root))).containsExactly(
                "big.rst:1:1: error [file-size] file is 201 bytes, over the limit of 100 (max-file-size); not checked");
    }

    @Test
    void emptyFileIsFine() throws Exception {
        write("empty.rst", "");
        assertThat(new SpecChecker(formatOnly()).check(root).findings()).isEmpty();
    }

    @Test
    void groupsAndSeveritiesFilterFindings() throws Exception {
        write("a.rst", "trailing \n");
        CheckConfig noFormat = formatOnly().toBuilder().groups(Set.of(RuleGroup.TEMPLATE, RuleGroup.SYNTAX)).build();
        assertThat(new SpecChecker(noFormat).check(root).findings()).isEmpty();
        CheckConfig warning = formatOnly().toBuilder().severity(RuleIds.TRAILING_WHITESPACE, Severity.WARNING).build();
        CheckResult result = new SpecChecker(warning).check(root);
        assertThat(lines(result)).containsExactly("a.rst:1:9: warning [trailing-whitespace] trailing whitespace");
        assertThat(result.hasErrors()).isFalse();
        CheckConfig off = formatOnly().toBuilder().disable(RuleIds.TRAILING_WHITESPACE).build();
        assertThat(new SpecChecker(off).check(root).findings()).isEmpty();
    }

    @Test
    void checksOnlyTheGivenPaths() throws Exception {
        write("a/one.rst", "x \n");
        write("a/two.rst", "y \n");
        write("b/three.rst", "z \n");
        SpecChecker checker = new SpecChecker(formatOnly());
        assertThat(checker.check(root, List.of(Path.of("a/two.rst"), root.resolve("b"))).findings())
                .extracting(Finding::path).containsExactly("a/two.rst", "b/three.rst");
    }

    @Test
    void explicitlyGivenFileIsCheckedWhateverItsExtension() throws Exception {
        write("notes.txt", "x \n");
        assertThat(lines(new SpecChecker(formatOnly()).check(root, List.of(Path.of("notes.txt")))))
                .containsExactly("notes.txt:1:2: error [trailing-whitespace] trailing whitespace");
    }

    @Test
    void anExplicitlyGivenMarkdownFileOfAnRstRepositoryIsReadAsMarkdown() throws Exception {
        write("notes.md", "# Notes\n\nSee [x][nope].\n");
        assertThat(lines(new SpecChecker(CheckConfig.defaults()).check(root, List.of(Path.of("notes.md"))))).containsExactly(
                "notes.md:3:5: error [md-broken-reference] link reference [x][nope] names the label [nope], which no link"
                        + " definition declares; add a line \"[nope]: <url>\" or correct the label");
    }

    @Test
    void missingPathOrRootIsAConfigError() {
        assertThatThrownBy(() -> new SpecChecker(formatOnly()).check(root, List.of(Path.of("nope.rst"))))
                .isInstanceOf(ConfigException.class).hasMessage("no such file or directory: nope.rst");
        assertThatThrownBy(() -> new SpecChecker(formatOnly()).check(root.resolve("missing")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("the root to check does not exist: " + root.resolve("missing"));
    }

    @Test
    void fileReachedThroughSymlinksIsCheckedOnceUnderItsRealPath() throws Exception {
        assumeTrue(symlinksWork(root));
        Path spec = write("specs/approved/a.rst", "x \n");
        Files.createDirectories(root.resolve("specs/1.0"));
        Files.createSymbolicLink(root.resolve("specs/1.0/a.rst"), Path.of("../approved/a.rst"));
        Files.createSymbolicLink(root.resolve("specs/current"), root.resolve("specs/approved"));
        CheckConfig config = formatOnly();
        CheckResult result = new SpecChecker(config).check(root);
        assertThat(lines(result)).containsExactly("specs/approved/a.rst:1:2: error [trailing-whitespace] trailing whitespace");
        assertThat(result.filesChecked()).isEqualTo(1);
        assertThat(new SpecChecker(config).check(root, List.of(Path.of("specs/1.0/a.rst"))).findings())
                .extracting(Finding::path).containsExactly("specs/approved/a.rst");
        assertThat(spec).exists();
    }

    @Test
    void brokenSymlinkIsReportedWithItsTarget() throws Exception {
        assumeTrue(symlinksWork(root));
        Files.createDirectories(root.resolve("specs/old"));
        Files.createSymbolicLink(root.resolve("specs/old/gone.rst"), Path.of("../approved/gone.rst"));
        assertThat(lines(new SpecChecker(formatOnly()).check(root))).containsExactly(
                "specs/old/gone.rst:1:1: error [broken-link] broken symbolic link: specs/old/gone.rst points to"
                        + " ../approved/gone.rst, which does not exist");
    }

    @Test
    @Timeout(10)
    void symlinkLoopsDoNotHang() throws Exception {
        assumeTrue(symlinksWork(root));
        write("a/x.rst", "x \n");
        Files.createSymbolicLink(root.resolve("a/loop"), root.resolve("a"));
        Files.createSymbolicLink(root.resolve("a/up"), Path.of(".."));
        CheckResult result = new SpecChecker(formatOnly()).check(root);
        assertThat(result.findings()).extracting(Finding::path).containsExactly("a/x.rst");
    }

    @Test
    void symlinkStoredAsATextFileIsFollowed() throws Exception {
        write("specs/approved/a.rst", "x \n");
        write("specs/1.0/a.rst", "../approved/a.rst");
        write("specs/1.0/gone.rst", "specs/approved/gone.rst");
        assertThat(lines(new SpecChecker(formatOnly()).check(root))).containsExactly(
                "specs/1.0/gone.rst:1:1: error [broken-link] broken symbolic link: specs/1.0/gone.rst points to"
                        + " specs/approved/gone.rst (a symbolic link stored as a text file), which does not exist",
                "specs/approved/a.rst:1:2: error [trailing-whitespace] trailing whitespace");
    }

    @Test
    void linksLeadingOutsideTheRepositoryAreReportedNotFollowed(@TempDir Path outside) throws Exception {
        Files.writeString(outside.resolve("secret.rst"), "outside \n");
        Files.createDirectories(outside.resolve("tree"));
        Files.writeString(outside.resolve("tree/deep.rst"), "outside \n");
        String up = root.relativize(outside).toString().replace('\\', '/');
        write("specs/stub-file.rst", "../" + up + "/secret.rst");
        write("specs/stub-dir.rst", "../" + up + "/tree");
        write("specs/own.rst", "own \n");
        List<String> expected = new java.util.ArrayList<>(List.of(
                "specs/own.rst:1:4: error [trailing-whitespace] trailing whitespace",
                "specs/stub-dir.rst:1:1: error [outside-link] symbolic link leads outside the repository:"
                        + " specs/stub-dir.rst points to ../" + up + "/tree (a symbolic link stored as a text file);"
                        + " not followed: point it at a file inside the repository, or remove it",
                "specs/stub-file.rst:1:1: error [outside-link] symbolic link leads outside the repository:"
                        + " specs/stub-file.rst points to ../" + up + "/secret.rst (a symbolic link stored as a text"
                        + " file); not followed: point it at a file inside the repository, or remove it"));
        if (symlinksWork(root)) {
            Files.createSymbolicLink(root.resolve("specs/real-dir"), outside.resolve("tree"));
            Files.createSymbolicLink(root.resolve("specs/real-file.rst"), outside.resolve("secret.rst"));
            expected.add(1, "specs/real-dir:1:1: error [outside-link] symbolic link leads outside the repository:"
                    + " specs/real-dir points to " + outside.resolve("tree") + "; not followed: point it at a file inside the repository, or remove it");
            expected.add(2, "specs/real-file.rst:1:1: error [outside-link] symbolic link leads outside the"
                    + " repository: specs/real-file.rst points to " + outside.resolve("secret.rst").toRealPath()
                    + "; not followed: point it at a file inside the repository, or remove it");
        }
        CheckResult result = new SpecChecker(formatOnly()).check(root);
        assertThat(lines(result)).containsExactlyElementsOf(expected);
        assertThat(result.filesChecked()).isEqualTo(1);
    }

    @Test
    void anOutsideFileNamedOnTheCommandLineIsStillChecked(@TempDir Path outside) throws Exception {
        Path spec = Files.writeString(outside.resolve("given.rst"), "given \n");
        assertThat(new SpecChecker(formatOnly()).check(root, List.of(spec)).findings())
                .extracting(Finding::ruleId).containsExactly(RuleIds.TRAILING_WHITESPACE);
    }

    @Test
    void aOneWordFileIsNotMistakenForALink() throws Exception {
        write("a.rst", "None");
        assertThat(lines(new SpecChecker(formatOnly()).check(root))).containsExactly(
                "a.rst:1:5: error [final-newline] no newline at the end of the file");
    }

    @Test
    void checkerIsReusableAndGivesTheSameResultTwice() throws Exception {
        for (int i = 0; i < 30; i++) {
            write("d" + (i % 5) + "/f" + i + ".rst", "line " + i + " \n");
        }
        SpecChecker checker = new SpecChecker(formatOnly());
        CheckResult first = checker.check(root);
        assertThat(first.findings()).hasSize(30);
        assertThat(checker.check(root).findings()).isEqualTo(first.findings());
    }
}
