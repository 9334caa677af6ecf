package io.github.specwright.core.internal.rst.inline;

import io.github.specwright.core.model.Diagnostic.Level;
import io.github.specwright.core.model.InterpretedText;
import io.github.specwright.core.model.Problematic;
import java.util.List;

/**
 * Text between backquotes (docutils' {@code interpreted_or_phrase_ref}): interpreted text with
 * an optional role before ({@code :role:`text`}) or after ({@code `text`:role:}), or, with a
 * trailing {@code _} or {@code __}, a phrase reference, which {@link HyperlinkReferences} builds.
 * Starts at a backquote or at the colon of a role prefix.
 */
final class InterpretedOrPhrase implements InlineConstruct {

    private final InlineInput input;
    private final Roles roles;
    private final HyperlinkReferences references;
    private final EndSearch endSearch;

    InterpretedOrPhrase(InlineInput input, Roles roles, HyperlinkReferences references) {
        this.input = input;
        this.roles = roles;
        this.references = references;
        // the closing backquote's look-behind reaches two characters back
        this.endSearch = new EndSearch(input, this::endAt, '`', 2);
    }

    @Override
    public void reset() {
        endSearch.reset();
    }

    @Override
    public Start startAt(int i) {
        if (input.s.charAt(i) == ':') {
            return rolePrefixAt(i);
        }
        // a single backquote; two start an inline literal
        return input.charAt(i + 1) != '`' && input.nonSpaceAt(i + 1) ? new Start(this, i, i, i + 1, null, -1) : null;
    }

    /** {@code :role:`} at i: the role prefix of interpreted text. */
    private Start rolePrefixAt(int i) {
        int nameEnd = input.simpleNameEnd(i + 1);
        if (nameEnd < 0 || input.charAt(nameEnd) != ':' || input.charAt(nameEnd + 1) != '`'
                || input.charAt(nameEnd + 2) == '`' || !input.nonSpaceAt(nameEnd + 2)) {
            return null;
        }
        return new Start(this, i, nameEnd + 1, nameEnd + 2, input.s.substring(i + 1, nameEnd), -1);
    }

    @Override
    public Outcome parse(Start start, int remaining) {
        String role = start.data();
        if (role == null && input.quoted(start.start(), start.stringEnd(), remaining)) {
            return new Outcome(null, start.start(), start.stringEnd());
        }
        int from = start.stringEnd();
        long found = endSearch.find(from);
        if (found < 0 || EndSearch.position(found) <= from) {
            input.problem(start.stringStart(), Level.WARNING, "rst-unclosed-inline",
                    "interpreted text or phrase reference starts with '`' here but is never closed;"
                            + " close it with '`' (or '`_' for a reference) or escape the '`' with a backslash");
            return new Outcome(List.of(new Problematic(input.span(start.stringStart(), start.stringEnd()), "`")),
                    start.stringStart(), start.stringEnd());
        }
        int closing = EndSearch.position(found);
        int end = EndSearch.end(found);
        // what follows the closing backquote: an optional ":role:", then "", "_" or "__"
        String suffix = input.s.substring(closing + 1, end);
        String suffixRole = null;
        String refEnd = suffix;
        if (suffix.startsWith(":")) {
            int last = suffix.lastIndexOf(':');
            suffixRole = suffix.substring(1, last);
            refEnd = suffix.substring(last + 1);
        }
        if (suffixRole != null) {
            if (role != null) {
                return conflict(start, end, "interpreted text has a role both before and after it; keep only one of ':"
                        + role + ":' and ':" + suffixRole + ":'");
            }
            role = suffixRole;
        }
        if (!refEnd.isEmpty()) {
            if (role != null) {
                return conflict(start, end, "text with the role ':" + role + ":' cannot also be a reference (trailing '"
                        + refEnd + "'); drop the role or the underscore");
            }
            return new Outcome(List.of(references.phrase(start.stringEnd(), closing, start.stringStart(), end,
                    refEnd.length() == 2)), start.stringStart(), end);
        }
        String text = input.unescape(start.stringEnd(), closing);
        InterpretedText node = new InterpretedText(input.span(start.start(), end), role, text)
                .withRawSource(input.raw(start.start(), end));
        if (!roles.isKnown(role == null ? "title-reference" : role)) {
            input.problem(start.start(), Level.ERROR, "rst-unknown-role",
                    "unknown interpreted text role \"" + role + "\"; use a docutils or Sphinx role, register"
                            + " it, or write plain text");
        }
        return new Outcome(List.of(node), start.start(), end);
    }

    /** Two roles, or a role and a reference suffix: reported, and the whole kept as written (problematic). */
    private Outcome conflict(Start start, int end, String message) {
        input.problem(start.start(), Level.WARNING, "rst-role-conflict", message);
        return new Outcome(List.of(new Problematic(input.span(start.start(), end), input.raw(start.start(), end))),
                start.start(), end);
    }

    /**
     * The closing backquote, with an optional role suffix and reference underscores. It may not
     * follow unescaped whitespace or an escape.
     */
    private int endAt(int p, boolean atRegionStart, int regionStart) {
        String s = input.s;
        if (s.charAt(p) != '`') {
            return -1;
        }
        if (!atRegionStart) {
            char before = s.charAt(p - 1);
            if (CharClasses.isSpace(before) || before == InlineInput.ESCAPE) {
                boolean innerVisible = regionStart < 0 ? p - 2 >= 0 : p - 2 >= regionStart;
                if (!(innerVisible && s.charAt(p - 2) == InlineInput.ESCAPE)) {
                    return -1;
                }
            }
        }
        int k = p + 1;
        if (input.charAt(k) == ':') {
            int nameEnd = input.simpleNameEnd(k + 1);
            if (nameEnd > 0 && input.charAt(nameEnd) == ':') {
                int end = referenceSuffixEnd(nameEnd + 1);
                if (end >= 0) {
                    return end;
                }
            }
        }
        return referenceSuffixEnd(k);
    }

    private int referenceSuffixEnd(int k) {
        if (input.charAt(k) == '_' && input.charAt(k + 1) == '_' && input.endsMarkupAt(k + 2)) {
            return k + 2;
        }
        if (input.charAt(k) == '_' && input.endsMarkupAt(k + 1)) {
            return k + 1;
        }
        return input.endsMarkupAt(k) ? k : -1;
    }
}
