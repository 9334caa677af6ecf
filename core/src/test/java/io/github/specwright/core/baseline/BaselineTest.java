package io.github.specwright.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.specwright.core.base.Finding;
import io.github.specwright.core.base.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    @TempDir
    Path root;

    private static final String SPEC = "=====\nTitle\n=====\n\nProblem description\n===================\n\n"
            + "A  line   that is long.\n\nUse cases\n---------\n\nTrailing. \n\nProposed change\n===============\n\nNone\n";

    private void write(String path, String text) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text, StandardCharsets.UTF_8);
    }

    private static Finding finding(int line, String rule, String message) {
        return new Finding("specs/x.rst", line, 1, Severity.ERROR, rule, message);
    }

    @Test
    void fingerprintsNameTheSectionsAndTheTextNotTheLine() throws IOException {
        write("specs/x.rst", SPEC);
        Fingerprints fingerprints = new Fingerprints(root);
        assertThat(fingerprints.apply(finding(8, "line-length", "long"))).isEqualTo(new BaselineEntry("line-length",
                "specs/x.rst", "Problem description", "A line that is long.", "long"));
        assertThat(fingerprints.apply(finding(13, "trailing-whitespace", "ws")).section())
                .isEqualTo("Problem description > Use cases");
        assertThat(fingerprints.apply(finding(2, "license-header", "none")).section()).isEmpty();
    }

    @Test
    void writtenSortedOnePerLineAndReadBack() throws Exception {
        BaselineEntry b = new BaselineEntry("trailing-whitespace", "specs/x.rst", "P > U", "Trailing.", "ws \"q\"");
        BaselineEntry a = new BaselineEntry("line-length", "specs/x.rst", "P", "A line", "long");
        String text = Baseline.write(List.of(b, a));
        assertThat(text).isEqualTo("{\n  \"version\": 1,\n  \"comment\": \"Findings accepted when this baseline was made;"
                + " Specwright reports only new ones. Regenerate with: specwright baseline\",\n  \"entries\": [\n"
                + "    {\"rule\": \"line-length\", \"file\": \"specs/x.rst\", \"section\": \"P\", \"text\": \"A line\","
                + " \"message\": \"long\"},\n"
                + "    {\"rule\": \"trailing-whitespace\", \"file\": \"specs/x.rst\", \"section\": \"P > U\","
                + " \"text\": \"Trailing.\", \"message\": \"ws \\\"q\\\"\"}\n  ]\n}\n");
        write("b.json", text);
        Baseline baseline = Baseline.read(root.resolve("b.json"), "b.json");
        assertThat(baseline.entries()).containsExactly(new Baseline.Located(a, 5), new Baseline.Located(b, 6));
    }

    @Test
    void acceptsKnownFindingsOnceEachAndReportsStaleEntries() throws Exception {
        write("specs/x.rst", SPEC);
        Fingerprints fingerprints = new Fingerprints(root);
        Finding long1 = finding(8, "line-length", "long");
        Finding ws = finding(13, "trailing-whitespace", "ws");
        write("b.json", Baseline.write(List.of(fingerprints.apply(long1), fingerprints.apply(long1),
                fingerprints.apply(ws))));
        Baseline baseline = Baseline.read(root.resolve("b.json"), "b.json");

        // The spec gains ten lines at the top: the same findings, further down, are still accepted.
        write("specs/x.rst", "..\n".repeat(10) + SPEC);
        Fingerprints moved = new Fingerprints(root);
        Finding newOne = finding(2, "license-header", "none");
        Baseline.Outcome outcome = baseline.apply(List.of(finding(18, "line-length", "long"), newOne),
                moved, Map.of());
        assertThat(outcome.accepted()).isEqualTo(1);
        assertThat(outcome.findings()).extracting(Finding::format).containsExactly("specs/x.rst:2:1: error [license-header] none");
        assertThat(outcome.stale().stream().map(stale -> baseline.staleFinding(stale, Severity.WARNING))).extracting(Finding::format).containsExactly(
                "b.json:6:1: warning [stale-baseline-entry] no line-length finding in specs/x.rst matches this entry"
                        + " any more (it was fixed, or its text changed): remove the entry, or make the baseline again"
                        + " with 'specwright baseline'",
                "b.json:7:1: warning [stale-baseline-entry] no trailing-whitespace finding in specs/x.rst matches this"
                        + " entry any more (it was fixed, or its text changed): remove the entry, or make the baseline"
                        + " again with 'specwright baseline'");
        assertThat(baseline.apply(List.of(), moved, Map.of()).stale()).hasSize(3);
    }

    @Test
    void aRenamedFileKeepsItsEntries() throws Exception {
        write("specs/x.rst", SPEC);
        Finding ws = finding(13, "trailing-whitespace", "ws");
        write("b.json", Baseline.write(List.of(new Fingerprints(root).apply(ws))));
        Baseline baseline = Baseline.read(root.resolve("b.json"), "b.json");
        Files.createDirectories(root.resolve("specs/implemented"));
        Files.move(root.resolve("specs/x.rst"), root.resolve("specs/implemented/x.rst"));
        assertThat(baseline.missingFiles(root, Map.of())).containsExactly("b.json:5: the baseline names specs/x.rst,"
                + " which does not exist: make the baseline again with 'specwright baseline'");
        Map<String, String> renames = Map.of("specs/x.rst", "specs/implemented/x.rst");
        assertThat(baseline.missingFiles(root, renames)).isEmpty();
        Finding moved = new Finding("specs/implemented/x.rst", 13, 1, Severity.ERROR, "trailing-whitespace", "ws");
        Baseline.Outcome outcome = baseline.apply(List.of(moved), new Fingerprints(root), renames);
        assertThat(outcome.accepted()).isEqualTo(1);
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void badFilesGiveOneClearLineEach() throws IOException {
        write("bad.json", "{\n  \"version\": 1,\n  \"entries\": [\n    {\"rule\": \"x\",}\n");
        assertThatThrownBy(() -> Baseline.read(root.resolve("bad.json"), "bad.json"))
                .isInstanceOf(BaselineException.class).hasMessageStartingWith("bad.json:4: not valid JSON: ");
        write("new.json", "{\"version\": 7, \"entries\": []}");
        assertThatThrownBy(() -> Baseline.read(root.resolve("new.json"), "new.json")).hasMessage("new.json:1:"
                + " baseline format 7 is newer than this Specwright reads (1): update Specwright, or make the baseline"
                + " again with this version");
        write("list.json", "[1, 2]");
        assertThatThrownBy(() -> Baseline.read(root.resolve("list.json"), "list.json"))
                .hasMessage("list.json:1: not a Specwright baseline: expected a JSON object");
        write("partial.json", "{\"version\": 1, \"entries\": [\n{\"rule\": \"x\"}]}");
        assertThatThrownBy(() -> Baseline.read(root.resolve("partial.json"), "partial.json"))
                .hasMessage("partial.json:2: baseline entry without file, section, text, message");
        assertThatThrownBy(() -> Baseline.read(root.resolve("none.json"), "none.json"))
                .hasMessage("none.json: no such baseline file; make one with 'specwright baseline'");
        write("empty.json", "");
        assertThatThrownBy(() -> Baseline.read(root.resolve("empty.json"), "empty.json"))
                .isInstanceOf(BaselineException.class).hasMessageStartingWith("empty.json:");
    }
}
