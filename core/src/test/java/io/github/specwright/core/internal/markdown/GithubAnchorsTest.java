package io.github.specwright.core.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GithubAnchorsTest {

    @Test
    void punctuationIsDroppedAndSpacesBecomeHyphens() {
        assertThat(GithubAnchors.slug("What's new? `Foo::bar` & more")).isEqualTo("whats-new-foobar--more");
        assertThat(GithubAnchors.slug("Ownership_and  Keys-2")).isEqualTo("ownership_and--keys-2");
        assertThat(GithubAnchors.slug("Überblick — Ärger")).isEqualTo("überblick--ärger");
    }

    @Test
    void repeatedHeadingsAreNumberedAndNeverCollide() {
        GithubAnchors anchors = new GithubAnchors();
        assertThat(anchors.next("Example")).isEqualTo("example");
        assertThat(anchors.next("Example-1")).isEqualTo("example-1");
        assertThat(anchors.next("Example")).isEqualTo("example-2");
        assertThat(anchors.next("Example")).isEqualTo("example-3");
    }
}
