package io.github.specwright.core.internal.check.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.base.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedirectChecksTest {

    @TempDir
    Path root;

    private void touch(String path) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), "x\n");
    }

    private List<String> check(Map<String, String> files) {
        return RedirectChecks.check(root, files).stream().map(Finding::format).toList();
    }

    @Test
    void aValidFileHasNoFinding() throws IOException {
        touch("specs/implemented/x.rst");
        assertThat(check(Map.of("specs/redirects", "# moves\napproved/x.rst ../implemented/x.rst\n"))).isEmpty();
    }

    @Test
    void aMissingTarget() {
        assertThat(check(Map.of("specs/redirects", "approved/x.rst ../implemented/x.rst\n"))).containsExactly(
                "specs/redirects:1:1: error [redirect-target] approved/x.rst redirects to ../implemented/x.rst,"
                        + " which does not exist (specs/implemented/x.rst): point it at the spec's current path");
    }

    @Test
    void aSourceThatStillExists() throws IOException {
        touch("specs/approved/x.rst");
        touch("specs/implemented/x.rst");
        assertThat(check(Map.of("specs/redirects", "\napproved/x.rst ../implemented/x.rst\n"))).containsExactly(
                "specs/redirects:2:1: error [redirect-source-exists] approved/x.rst still exists, so its"
                        + " redirect page would hide it: remove this line, or the file if it was left behind by mistake");
    }

    @Test
    void chainsAcrossFilesAndLoops() throws IOException {
        touch("specs/2028.1/implemented/x.rst");
        assertThat(check(Map.of(
                "specs/2027.1/redirects", "approved/x.rst ../../2027.2/approved/x.rst\n",
                "specs/2027.2/redirects", "approved/x.rst ../../2028.1/implemented/x.rst\n"))).containsExactly(
                "specs/2027.1/redirects:1:1: error [redirect-chain] redirect chain: specs/2027.1/approved/x.rst"
                        + " -> specs/2027.2/approved/x.rst -> specs/2028.1/implemented/x.rst; point this line at"
                        + " the last one (approved/x.rst ../../2028.1/implemented/x.rst)");
        assertThat(check(Map.of("specs/redirects", "a/x.rst ../b/x.rst\nb/x.rst ../a/x.rst\n"))).containsExactly(
                "specs/redirects:1:1: error [redirect-chain] redirect loop: specs/a/x.rst -> specs/b/x.rst"
                        + " -> specs/a/x.rst; remove one of these lines",
                "specs/redirects:2:1: error [redirect-chain] redirect loop: specs/b/x.rst -> specs/a/x.rst"
                        + " -> specs/b/x.rst; remove one of these lines");
    }

    @Test
    void badLinesAreSyntaxFindings() {
        assertThat(check(Map.of("specs/redirects", "approved/x.rst\n"))).containsExactly(
                "specs/redirects:1:1: error [redirect-syntax] expected 'FROM TO' (the old path and the new one,"
                        + " separated by a space), found 1 field");
    }
}
