package io.github.specwright.core.internal.rst.inline;

import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Reference;
import io.github.specwright.core.internal.rst.inline.InlineConstruct.Outcome;
import io.github.specwright.core.internal.rst.inline.InlineConstruct.Start;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses the inline markup of one piece of text (a paragraph, title, term, ...) the way
 * docutils' inliner does: it looks for the leftmost start-string that is allowed where it stands,
 * lets the construct it starts parse itself, and treats everything else as text, in which it
 * finally recognises standalone URIs and e-mail addresses.
 *
 * <p>The constructs are one recogniser each ({@link InlineConstruct}), found through one dispatch
 * table keyed by the character a start-string begins with, as docutils' {@code Inliner.dispatch}.
 * The recognition rules are docutils' own: a start-string must begin the text or follow
 * whitespace or opening/delimiting punctuation and must be followed by non-whitespace; an
 * end-string must follow non-whitespace and be followed by the end of the text, whitespace or
 * closing/delimiting punctuation; a start-string between a matching pair such as {@code (*)} is
 * plain text; a backslash escapes the next character and an escaped whitespace vanishes.
 *
 * <p>The scan is linear in practice: every search for an end-string remembers its answer, so a
 * text full of unmatched start-strings does not make it quadratic, and nothing recurses.
 *
 * <p>Not thread-safe: use one instance per parse (instances are cheap).
 */
public final class InlineParser {

    private static final InlineConstruct[] NONE = {};

    private final InlineInput input = new InlineInput();
    private final HyperlinkReferences references;
    private final StandaloneUris uris;
    private final List<InlineConstruct> constructs;
    /** The recognisers to try, in order, at an ASCII character; any other character starts only a name reference. */
    private final InlineConstruct[][] byFirstChar = new InlineConstruct[128][];
    private final InlineConstruct[] nameReferenceOnly;

    public InlineParser(Roles roles) {
        references = new HyperlinkReferences(input);
        uris = new StandaloneUris(input);
        InlineConstruct strong = new DelimitedMarkup(input, DelimitedMarkup.Kind.STRONG);
        InlineConstruct emphasis = new DelimitedMarkup(input, DelimitedMarkup.Kind.EMPHASIS);
        InlineConstruct literal = new DelimitedMarkup(input, DelimitedMarkup.Kind.LITERAL);
        InlineConstruct target = new DelimitedMarkup(input, DelimitedMarkup.Kind.TARGET);
        InlineConstruct substitution = new DelimitedMarkup(input, DelimitedMarkup.Kind.SUBSTITUTION);
        InlineConstruct interpreted = new InterpretedOrPhrase(input, roles, references);
        InlineConstruct footnotes = new FootnoteReferences(input);
        constructs = List.of(strong, emphasis, literal, target, substitution, interpreted, footnotes, references);
        nameReferenceOnly = new InlineConstruct[] {references};
        for (char c = 0; c < 128; c++) {
            byFirstChar[c] = CharClasses.isNameChar(c) ? nameReferenceOnly : NONE;
        }
        byFirstChar['*'] = new InlineConstruct[] {strong, emphasis};
        byFirstChar['`'] = new InlineConstruct[] {literal, interpreted};
        byFirstChar['_'] = new InlineConstruct[] {target};
        byFirstChar['|'] = new InlineConstruct[] {substitution};
        byFirstChar['['] = new InlineConstruct[] {footnotes};
        byFirstChar[':'] = new InlineConstruct[] {interpreted}; // a role prefix
    }

    /**
     * What one text parsed into.
     *
     * @param nodes         the inline nodes, in order
     * @param problems      what is wrong with the markup
     * @param aliasTargets  phrase references with an embedded alias ({@code `text <alias_>`_}),
     *                      each mapped to the name of the indirect target it also defines
     */
    public record Result(List<Node> nodes, List<InlineProblem> problems, Map<Reference, String> aliasTargets) {
    }

    /**
     * Parses {@code rawText}, whose first character stands at {@code line}:{@code column} of the
     * source (and so does the first character of every later line).
     */
    public Result parse(String rawText, int line, int column) {
        input.reset(rawText, line, column);
        for (InlineConstruct construct : constructs) {
            construct.reset();
        }
        uris.reset();
        List<Node> out = new ArrayList<>();
        run(out, lastMarkupChar(input.s));
        return new Result(out, input.problems(), references.aliasTargets());
    }

    private void run(List<Node> out, int lastMarkupChar) {
        int remaining = 0;
        int textStart = 0;
        while (remaining < input.n) {
            Start start = findStart(remaining, lastMarkupChar);
            if (start == null) {
                break;
            }
            Outcome outcome = start.construct().parse(start, remaining);
            if (outcome.nodes() != null) {
                uris.addText(textStart, outcome.constructStart(), out);
                out.addAll(outcome.nodes());
                textStart = outcome.next();
            }
            remaining = outcome.next();
        }
        uris.addText(textStart, input.n, out);
    }

    /** The leftmost start of a construct at or after {@code from}, or null. */
    private Start findStart(int from, int lastMarkupChar) {
        String s = input.s;
        for (int i = from; i <= lastMarkupChar; i++) {
            if (i > from && !CharClasses.mayPrecedeMarkup(s.charAt(i - 1))) {
                continue;
            }
            for (InlineConstruct construct : candidates(i)) {
                Start start = construct.startAt(i);
                if (start != null) {
                    return start;
                }
            }
        }
        return null;
    }

    private InlineConstruct[] candidates(int i) {
        char c = input.s.charAt(i);
        if (c < 128) {
            return byFirstChar[c];
        }
        return input.nameCharAt(i) ? nameReferenceOnly : NONE;
    }

    /**
     * Every start-string begins with one of these characters or is a reference name followed
     * by {@code _}: no markup starts after the last of them.
     */
    private static int lastMarkupChar(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            switch (text.charAt(i)) {
                case '*', '`', '_', '|', '[', ':' -> {
                    return i;
                }
                default -> {
                }
            }
        }
        return -1;
    }
}
