package io.github.specwright.core.internal.rst.inline;

import io.github.specwright.core.internal.text.CharacterRules;
import io.github.specwright.core.model.CitationReference;
import io.github.specwright.core.model.FootnoteReference;
import io.github.specwright.core.model.Node;
import java.util.List;

/**
 * Footnote references ({@code [1]_}, {@code [#]_}, {@code [#label]_}, {@code [*]_}) and citation
 * references ({@code [name]_}), recognised whole at their opening bracket.
 */
final class FootnoteReferences implements InlineConstruct {

    private final InlineInput input;
    /** The last search for ']': where it started and what it found (-2: nothing remembered). */
    private int closeBracketQuery = -1;
    private int closeBracketFound = -2;

    FootnoteReferences(InlineInput input) {
        this.input = input;
    }

    @Override
    public void reset() {
        closeBracketQuery = -1;
        closeBracketFound = -2;
    }

    /** {@code [label]_} at i. */
    @Override
    public Start startAt(int i) {
        int close = nextCloseBracket(i + 1);
        if (close < 0 || input.charAt(close + 1) != '_' || !input.endsMarkupAt(close + 2)) {
            return null;
        }
        String label = input.s.substring(i + 1, close);
        if (!CharacterRules.isFootnoteLabel(label) && !CharacterRules.isSimpleName(label)) {
            return null;
        }
        return new Start(this, i, i, close + 1, label, close + 2);
    }

    @Override
    public Outcome parse(Start start, int remaining) {
        String label = start.data();
        Node node = CharacterRules.isFootnoteLabel(label)
                ? new FootnoteReference(input.span(start.start(), start.end()), label)
                : new CitationReference(input.span(start.start(), start.end()), label);
        return new Outcome(List.of(node), start.start(), start.end());
    }

    private int nextCloseBracket(int from) {
        if (from >= closeBracketQuery && closeBracketFound != -2
                && (closeBracketFound < 0 || from <= closeBracketFound)) {
            return closeBracketFound;
        }
        closeBracketQuery = from;
        closeBracketFound = input.s.indexOf(']', from);
        return closeBracketFound;
    }
}
