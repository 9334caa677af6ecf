package io.github.specwright.core.internal.check.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedirectsFileTest {

    @Test
    void readsEntriesAndKeepsCommentsAndBlankLines() {
        RedirectsFile file = RedirectsFile.parse("# moved in 2027\n\napproved/x.rst ../implemented/x.rst\r\n"
                + "  backlog/y.rst   ../approved/y.rst\n");
        assertThat(file.problems()).isEmpty();
        assertThat(file.entries()).containsExactly(
                new RedirectsFile.Entry(3, "approved/x.rst", "../implemented/x.rst"),
                new RedirectsFile.Entry(4, "backlog/y.rst", "../approved/y.rst"));
        assertThat(file.entries().get(0).target()).isEqualTo("implemented/x.rst");
        assertThat(file.entries().get(1).target()).isEqualTo("approved/y.rst");
        assertThat(file.text()).startsWith("# moved in 2027\n\napproved/x.rst");
    }

    @Test
    void reportsBadLinesWithTheirLineAndColumn() {
        RedirectsFile file = RedirectsFile.parse("approved/x.rst\n  a b c\n/abs/x.rst ../y.rst\n"
                + "../up.rst x.rst\napproved/z.rst https://example.org/z\nok/a.rst ../b/a.rst\n");
        assertThat(file.problems()).extracting(RedirectsFile.Problem::line, RedirectsFile.Problem::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, 1),
                        org.assertj.core.groups.Tuple.tuple(2, 3),
                        org.assertj.core.groups.Tuple.tuple(3, 1),
                        org.assertj.core.groups.Tuple.tuple(4, 1),
                        org.assertj.core.groups.Tuple.tuple(5, 16));
        assertThat(file.problems().get(0).message()).isEqualTo("expected 'FROM TO' (the old path and the new"
                + " one, separated by a space), found 1 field");
        assertThat(file.problems().get(4).message()).isEqualTo("the new path 'https://example.org/z' must be"
                + " relative to the old path's directory (e.g. ../implemented/z.rst)");
        assertThat(file.entries()).extracting(RedirectsFile.Entry::line).containsExactly(6);
    }

    @Test
    void aMoveAppendsItsEntry() {
        RedirectsFile file = RedirectsFile.empty().withMove("approved/x.rst", "implemented/x.rst", true);
        assertThat(file.text()).isEqualTo("approved/x.rst ../implemented/x.rst\n");
    }

    @Test
    void movingAgainRewritesEarlierEntriesToTheFinalPlace() {
        RedirectsFile file = RedirectsFile.parse("approved/x.rst ../implemented/x.rst\n")
                .withMove("implemented/x.rst", "not-implemented/x.rst", true);
        assertThat(file.text()).isEqualTo("approved/x.rst ../not-implemented/x.rst\n"
                + "implemented/x.rst ../not-implemented/x.rst\n");
        assertThat(file.entries()).allSatisfy(entry -> assertThat(entry.target()).isEqualTo("not-implemented/x.rst"));
    }

    @Test
    void movingBackDropsTheEntryOfTheOldPlace() {
        RedirectsFile file = RedirectsFile.parse("# keep\napproved/x.rst ../implemented/x.rst\n")
                .withMove("implemented/x.rst", "approved/x.rst", false);
        assertThat(file.text()).isEqualTo("# keep\n");
        assertThat(file.isEmpty()).isFalse();
        assertThat(RedirectsFile.parse("approved/x.rst ../implemented/x.rst\n")
                .withMove("implemented/x.rst", "approved/x.rst", false).isEmpty()).isTrue();
    }

    @Test
    void pathsAcrossReleasesAreRelativeToTheOldDirectory() {
        RedirectsFile file = RedirectsFile.empty().withMove("approved/x.rst", "../2028.1/approved/x.rst", true);
        assertThat(file.text()).isEqualTo("approved/x.rst ../../2028.1/approved/x.rst\n");
        assertThat(file.entries().get(0).target()).isEqualTo("../2028.1/approved/x.rst");
    }

    @Test
    void relativePaths() {
        assertThat(RelativePaths.normalize("a/./b/../c")).isEqualTo("a/c");
        assertThat(RelativePaths.normalize("../a/../../b")).isEqualTo("../../b");
        assertThat(RelativePaths.relativize("specs/approved", "specs/implemented/x.rst")).isEqualTo("../implemented/x.rst");
        assertThat(RelativePaths.relativize("", "specs/x.rst")).isEqualTo("specs/x.rst");
        assertThat(RelativePaths.resolve("approved", "../implemented/x.rst")).isEqualTo("implemented/x.rst");
    }
}
