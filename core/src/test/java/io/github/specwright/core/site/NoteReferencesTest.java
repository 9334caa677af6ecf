package io.github.specwright.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.base.Finding;
import io.github.specwright.core.parse.DocumentParsers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules unreferenced-footnote, unreferenced-citation and duplicate-citation, with Sphinx's wording. */
class NoteReferencesTest {

    private static List<String> findings(String... pathsAndSources) {
        List<NoteReferences.Notes> notes = new ArrayList<>();
        for (int i = 0; i < pathsAndSources.length; i += 2) {
            notes.add(NoteReferences.collect(pathsAndSources[i],
                    DocumentParsers.parse(pathsAndSources[i + 1], pathsAndSources[i]).document()));
        }
        return NoteReferences.findings(notes).stream().map(Finding::format).toList();
    }

    @Test
    void footnotesWithoutAReferenceAreReported() {
        String source = "Text [1]_ and [#used]_ and [#]_ and [*]_.\n\n.. [1] One.\n.. [2] Two.\n.. [#used] Used.\n"
                + ".. [#spare] Spare.\n.. [#] First auto.\n.. [#] Second auto.\n.. [*] First symbol.\n"
                + ".. [*] Second symbol.\n";
        assertThat(findings("a.rst", source)).containsExactly(
                "a.rst:4:1: warning [unreferenced-footnote] Footnote [2] is not referenced.",
                "a.rst:6:1: warning [unreferenced-footnote] Footnote [spare] is not referenced.",
                "a.rst:8:1: warning [unreferenced-footnote] Footnote [#] is not referenced.",
                "a.rst:10:1: warning [unreferenced-footnote] Footnote [*] is not referenced.");
    }

    @Test
    void aMarkdownFootnoteIsReferencedWhenAnyReferenceNamesIt() {
        // as GitHub shows them: [^d], cited only from a footnote nobody cites, is shown and numbered
        assertThat(findings("a.md", "See [^a].\n\n[^a]: A.\n[^unused]: Cites [^d].\n[^d]: D.\n")).containsExactly(
                "a.md:4:1: warning [unreferenced-footnote] Footnote [unused] is not referenced.");
    }

    @Test
    void labelsCompareWithoutCaseAndAReferenceInAnotherDocumentDoesNotCountForAFootnote() {
        assertThat(findings("a.rst", "See [#Note]_.\n\n.. [#note] Here.\n", "b.rst", "See [1]_.\n", "c.rst",
                ".. [1] Nobody cites me here.\n")).containsExactly(
                "c.rst:1:1: warning [unreferenced-footnote] Footnote [1] is not referenced.");
    }

    @Test
    void citationsCountReferencesFromEveryDocumentAndAreReportedWhenDefinedTwice() {
        assertThat(findings(
                "a.rst", "As [CIT2002]_ says.\n\n.. [CIT2002] A citation.\n.. [Unused] Nobody cites this.\n",
                "b.rst", "Intro.\n\n.. [cit2002] The same label again.\n",
                "c.rst", "Cites [Other]_.\n",
                "d.rst", "Text.\n\n   .. [Other] Cited from c.rst.\n")).containsExactly(
                "a.rst:4:1: warning [unreferenced-citation] Citation [Unused] is not referenced.",
                "b.rst:3:1: warning [duplicate-citation] duplicate citation cit2002, other instance in a.rst");
    }
}
