package io.github.specwright.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetadataEditsTest {

    @Test
    void aFieldGoesRightUnderTheTitle() {
        String spec = "..\n  licence\n\n=====\nTitle\n=====\n\nhttps://example.org/issues/1\n\nProblem\n=======\n";
        assertThat(MetadataEdits.addRstField(spec, "x.rst", "Superseded by", "../approved/y.rst")).isEqualTo(
                "..\n  licence\n\n=====\nTitle\n=====\n\n:Superseded by: ../approved/y.rst\n\n"
                        + "https://example.org/issues/1\n\nProblem\n=======\n");
    }

    @Test
    void aFieldJoinsTheFieldListUnderTheTitle() {
        String spec = "Title\n=====\n\n:Author: A\n:Status: draft\n  still draft\n\nText.\n";
        assertThat(MetadataEdits.addRstField(spec, "x.rst", "Supersedes", "../not-implemented/z.rst")).isEqualTo(
                "Title\n=====\n\n:Author: A\n:Status: draft\n  still draft\n:Supersedes: ../not-implemented/z.rst\n\nText.\n");
    }

    @Test
    void crlfIsKept() {
        assertThat(MetadataEdits.addRstField("Title\r\n=====\r\n\r\nText.\r\n", "x.rst", "A", "b"))
                .isEqualTo("Title\r\n=====\r\n\r\n:A: b\r\n\r\nText.\r\n");
    }

    @Test
    void frontMatterKeysAreReplacedOrAdded() {
        String spec = "---\nstatus: approved\nauthors:\n  - a\n---\n# Title\n";
        assertThat(MetadataEdits.setFrontMatter(spec, "x.md", "status", "implemented"))
                .isEqualTo("---\nstatus: implemented\nauthors:\n  - a\n---\n# Title\n");
        assertThat(MetadataEdits.setFrontMatter(spec, "x.md", "superseded-by", "../approved/y.md"))
                .isEqualTo("---\nstatus: approved\nauthors:\n  - a\nsuperseded-by: ../approved/y.md\n---\n# Title\n");
        assertThat(MetadataEdits.setFrontMatter(spec, "x.md", "authors", "b"))
                .isEqualTo("---\nstatus: approved\nauthors: b\n---\n# Title\n");
        assertThat(MetadataEdits.setFrontMatter("# Title\n", "x.md", "status", "implemented"))
                .isEqualTo("---\nstatus: implemented\n---\n# Title\n");
    }
}
