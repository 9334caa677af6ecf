package io.github.specwright.core.internal.rst.inline;

import io.github.specwright.core.model.Node;
import java.util.List;

/**
 * The recogniser of one kind of inline markup, one entry of the inline parser's dispatch table
 * (docutils' {@code Inliner.dispatch}). It recognises its start-string at a position the parser
 * offers, then parses the construct from there. A recogniser keeps what it remembers about the
 * current text itself and forgets it in {@link #reset()}.
 */
interface InlineConstruct {

    /**
     * A recognised start-string (or, for constructs recognised whole, the whole construct):
     * {@code start} is where the match begins (a role prefix's colon, when one is present),
     * {@code stringStart}..{@code stringEnd} the start-string itself, {@code data} what the
     * recogniser read on the way (a role, a label, a reference's underscores), {@code end} the
     * end of a construct recognised whole (else -1).
     */
    record Start(InlineConstruct construct, int start, int stringStart, int stringEnd, String data, int end) {
    }

    /**
     * What parsing from a start gave: the nodes from {@code constructStart} to {@code next}, or
     * null nodes when the start-string was plain text (the search goes on at {@code next}).
     */
    record Outcome(List<Node> nodes, int constructStart, int next) {
    }

    /** Forgets what was remembered of the previous text. */
    default void reset() {
    }

    /** The construct's start at i, where markup may begin, or null. */
    Start startAt(int i);

    /** Parses the construct from {@code start}; {@code remaining} is where this search began. */
    Outcome parse(Start start, int remaining);
}
