package io.github.specwright.core.internal.rst.inline;

import io.github.specwright.core.internal.text.Names;
import io.github.specwright.core.model.Diagnostic.Level;
import io.github.specwright.core.model.Emphasis;
import io.github.specwright.core.model.InlineLiteral;
import io.github.specwright.core.model.InlineTarget;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Reference;
import io.github.specwright.core.model.Strong;
import io.github.specwright.core.model.SubstitutionReference;
import io.github.specwright.core.model.Text;
import java.util.List;

/**
 * Markup between a start-string and an end-string with no structure inside: emphasis, strong
 * emphasis, inline literals, inline targets and substitution references (docutils'
 * {@code inline_obj}). One instance per kind, each with its own end-string search.
 */
final class DelimitedMarkup implements InlineConstruct {

    /** The kinds, with their start-string, the character that may not follow it, and their end-string. */
    enum Kind {
        STRONG("**", NONE, "**", "strong emphasis"),
        EMPHASIS("*", '*', "*", "emphasis"),
        LITERAL("``", NONE, "``", "inline literal"),
        TARGET("_`", NONE, "`", "inline target"),
        SUBSTITUTION("|", '|', "|", "substitution reference");

        final String opener;
        /** A character that may not follow the opener ({@code *} after {@code *}), or {@link #NONE}. */
        final int notAfterOpener;
        final String closer;
        final String what;

        Kind(String opener, int notAfterOpener, String closer, String what) {
            this.opener = opener;
            this.notAfterOpener = notAfterOpener;
            this.closer = closer;
            this.what = what;
        }
    }

    /** No character is excluded after the opener (no char equals -1). */
    private static final int NONE = -1;

    private final InlineInput input;
    private final Kind kind;
    private final EndSearch endSearch;

    DelimitedMarkup(InlineInput input, Kind kind) {
        this.input = input;
        this.kind = kind;
        this.endSearch = new EndSearch(input, this::endAt, kind.closer.charAt(0), 1);
    }

    @Override
    public void reset() {
        endSearch.reset();
    }

    @Override
    public Start startAt(int i) {
        int stringEnd = i + kind.opener.length();
        if (!input.s.startsWith(kind.opener, i) || input.charAt(stringEnd) == kind.notAfterOpener
                || !input.nonSpaceAt(stringEnd)) {
            return null;
        }
        return new Start(this, i, i, stringEnd, null, -1);
    }

    @Override
    public Outcome parse(Start start, int remaining) {
        if (input.quoted(start.start(), start.stringEnd(), remaining)) {
            return new Outcome(null, start.start(), start.stringEnd());
        }
        int from = start.stringEnd();
        long found = endSearch.find(from);
        if (found >= 0 && EndSearch.position(found) > from) {
            int end = EndSearch.end(found);
            return new Outcome(List.of(build(start, EndSearch.position(found), end)), start.start(), end);
        }
        input.problem(start.stringStart(), Level.WARNING, "rst-unclosed-inline", unclosedMessage());
        Node text = new io.github.specwright.core.model.Problematic(input.span(start.start(), start.stringEnd()),
                input.unescape(start.stringStart(), start.stringEnd()));
        return new Outcome(List.of(text), start.start(), start.stringEnd());
    }

    private String unclosedMessage() {
        if (kind == Kind.TARGET) {
            return "inline target starts with '_`' here but is never closed; close it with '`'"
                    + " or escape the '_' with a backslash";
        }
        return kind.what + " starts with '" + kind.opener + "' here but is never closed; close it with '"
                + kind.closer + "' or escape the '" + kind.opener.charAt(0) + "' with a backslash";
    }

    private Node build(Start start, int textEnd, int end) {
        int textStart = start.stringEnd();
        switch (kind) {
            case STRONG: {
                Strong node = new Strong(input.span(start.start(), end));
                node.addChild(new Text(input.span(textStart, textEnd), input.unescape(textStart, textEnd)));
                return node;
            }
            case EMPHASIS: {
                Emphasis node = new Emphasis(input.span(start.start(), end));
                node.addChild(new Text(input.span(textStart, textEnd), input.unescape(textStart, textEnd)));
                return node;
            }
            case LITERAL:
                return new InlineLiteral(input.span(start.start(), end),
                        input.s.substring(textStart, textEnd).replace(InlineInput.ESCAPE, '\\'));
            case TARGET:
                return new InlineTarget(input.span(start.start(), end), input.unescape(textStart, textEnd));
            default:
                return substitution(start.start(), textStart, textEnd, end);
        }
    }

    /** {@code |name|}, or the reference {@code |name|_} / {@code |name|__} around it. */
    private Node substitution(int start, int textStart, int textEnd, int end) {
        String name = input.unescape(textStart, textEnd);
        SubstitutionReference substitution = new SubstitutionReference(input.span(start, textEnd + 1), name);
        int underscores = end - textEnd - 1;
        if (underscores == 0) {
            return substitution;
        }
        Reference reference = underscores == 2
                ? new Reference(input.span(start, end), name, null, null, true)
                : new Reference(input.span(start, end), name, Names.normalize(name), null, false);
        reference.withRawSource(input.raw(start, end));
        reference.addChild(substitution);
        return reference;
    }

    // ---------------------------------------------------------------- end-strings

    private int endAt(int p, boolean atRegionStart, int regionStart) {
        String s = input.s;
        switch (kind) {
            case STRONG:
                return s.startsWith("**", p) && plainBefore(p, atRegionStart) && input.endsMarkupAt(p + 2) ? p + 2 : -1;
            case EMPHASIS:
                return s.charAt(p) == '*' && plainBefore(p, atRegionStart) && input.endsMarkupAt(p + 1) ? p + 1 : -1;
            case LITERAL:
                // an escape before the closing backquotes is an escaped character inside the literal
                return s.startsWith("``", p) && (atRegionStart || !CharClasses.isSpace(s.charAt(p - 1)))
                        && input.endsMarkupAt(p + 2) ? p + 2 : -1;
            case TARGET:
                return s.charAt(p) == '`' && plainBefore(p, atRegionStart) && input.endsMarkupAt(p + 1) ? p + 1 : -1;
            default:
                return substitutionEndAt(p, atRegionStart);
        }
    }

    /** {@code |}, {@code |_} or {@code |__}: the longest that may end markup. */
    private int substitutionEndAt(int p, boolean atRegionStart) {
        String s = input.s;
        if (s.charAt(p) != '|' || !plainBefore(p, atRegionStart)) {
            return -1;
        }
        for (int underscores = 2; underscores >= 0; underscores--) {
            int end = p + 1 + underscores;
            if (end <= input.n && s.startsWith("__".substring(0, underscores), p + 1) && input.endsMarkupAt(end)) {
                return end;
            }
        }
        return -1;
    }

    /** Not preceded by whitespace or an escape (nothing precedes at the start of the search). */
    private boolean plainBefore(int p, boolean atRegionStart) {
        if (atRegionStart) {
            return true;
        }
        char c = input.s.charAt(p - 1);
        return !CharClasses.isSpace(c) && c != InlineInput.ESCAPE;
    }
}
