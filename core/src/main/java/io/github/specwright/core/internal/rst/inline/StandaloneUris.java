package io.github.specwright.core.internal.rst.inline;

import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Reference;
import io.github.specwright.core.model.Text;
import java.util.List;
import java.util.Locale;

/**
 * Standalone URIs and e-mail addresses in the plain text between markup (docutils'
 * {@code implicit_inline}), each made a reference to itself. The scans of scheme, body, local
 * part and host are remembered, so a text full of near-misses stays linear.
 */
final class StandaloneUris {

    private static final String URI_LAST_PUNCT = "_~*/=+";

    private final InlineInput input;
    private final NextChar colonAhead;
    private final NextChar atAhead;
    private int schemeRunStart;
    private int schemeRunEnd;
    private int uriBodyColon;
    private int uriBodyEnd;
    private int emailRunStart;
    private int emailRunEnd;
    private int emailHostAt;
    private int emailHostEnd;

    StandaloneUris(InlineInput input) {
        this.input = input;
        this.colonAhead = new NextChar(input, ':');
        this.atAhead = new NextChar(input, '@');
        reset();
    }

    void reset() {
        colonAhead.reset();
        atAhead.reset();
        schemeRunStart = -1;
        schemeRunEnd = -1;
        uriBodyColon = -1;
        emailRunStart = -1;
        emailRunEnd = -1;
        emailHostAt = -1;
    }

    /** Adds the text of {@code [from, to)} to {@code out}, with standalone URIs and e-mail addresses as references. */
    void addText(int from, int to, List<Node> out) {
        int position = from;
        while (position < to) {
            int[] uri = findUri(position, to);
            if (uri == null) {
                break;
            }
            addPlain(position, uri[0], out);
            String text = input.unescape(uri[0], uri[1]);
            String refUri = (uri[2] == 1 ? "mailto:" : "") + text;
            Reference reference = new Reference(input.span(uri[0], uri[1]), text, null, refUri, false);
            reference.addChild(new Text(input.span(uri[0], uri[1]), text));
            out.add(reference);
            position = uri[1];
        }
        addPlain(position, to, out);
    }

    private void addPlain(int from, int to, List<Node> out) {
        if (from < to) {
            out.add(new Text(input.span(from, to), input.unescape(from, to)));
        }
    }

    /**
     * The leftmost URI or e-mail address in {@code [from, to)} as {start, end, isEmail}. As in
     * docutils, an unknown scheme at the leftmost candidate leaves the rest of the segment plain.
     */
    private int[] findUri(int from, int to) {
        String s = input.s;
        for (int i = from; i < to; i++) {
            if (colonAhead.from(i) >= to && atAhead.from(i) >= to) {
                return null; // a URI needs a colon after its scheme, an address its '@'
            }
            if (i > from && !CharClasses.mayPrecedeMarkup(s.charAt(i - 1))) {
                continue;
            }
            char c = s.charAt(i);
            if (!(CharClasses.isUriChar(c) || CharClasses.isEmailChar(c))) {
                continue;
            }
            int end = absoluteUriAt(i, to);
            if (end > 0) {
                String scheme = s.substring(i, s.indexOf(':', i)).toLowerCase(Locale.ROOT);
                return Punctuation.URI_SCHEMES.contains(scheme) ? new int[] {i, end, 0} : null;
            }
            end = emailAt(i, to);
            if (end > 0) {
                return new int[] {i, end, 1};
            }
        }
        return null;
    }

    private int absoluteUriAt(int i, int to) {
        String s = input.s;
        if (!CharClasses.isAsciiLetter(s.charAt(i))) {
            return -1;
        }
        int colon;
        if (i > schemeRunStart && i < schemeRunEnd) {
            colon = schemeRunEnd;
        } else {
            colon = i + 1;
            while (colon < to && (CharClasses.isAsciiLetterOrDigit(s.charAt(colon)) || ".+-".indexOf(s.charAt(colon)) >= 0)) {
                colon++;
            }
            schemeRunStart = i;
            schemeRunEnd = colon;
        }
        if (colon >= to || s.charAt(colon) != ':') {
            return -1;
        }
        if (uriBodyColon != colon) {
            uriBodyColon = colon;
            uriBodyEnd = uriBody(colon + 1, to);
        }
        return uriBodyEnd;
    }

    /** The end of a URI whose scheme's colon precedes {@code body}, or -1. */
    private int uriBody(int body, int to) {
        int runEnd = body;
        while (runEnd < to && CharClasses.isUriChar(input.s.charAt(runEnd))) {
            runEnd++;
        }
        int attempts = 0;
        for (int last = runEnd - 1; last >= body && attempts < 64; last--) {
            if (!isUriEnd(last, to)) {
                continue;
            }
            attempts++;
            int end = last + 1;
            int extended = optionalPart(optionalPart(end, '?', to), '#', to);
            if (extended != end && input.endsMarkupWithin(extended, to)) {
                return extended;
            }
            extended = optionalPart(end, '#', to);
            if (extended != end && input.endsMarkupWithin(extended, to)) {
                return extended;
            }
            if (input.endsMarkupWithin(end, to)) {
                return end;
            }
        }
        return -1;
    }

    /** A '?query' or '#fragment' part starting at {@code at}, if any: the new end. */
    private int optionalPart(int at, char mark, int to) {
        String s = input.s;
        if (at >= to || s.charAt(at) != mark) {
            return at;
        }
        int runEnd = at + 1;
        while (runEnd < to && CharClasses.isUriChar(s.charAt(runEnd))) {
            runEnd++;
        }
        for (int last = runEnd - 1; last > at; last--) {
            if (isUriEnd(last, to)) {
                return last + 1;
            }
        }
        return at;
    }

    private boolean isUriEnd(int k, int to) {
        String s = input.s;
        char c = s.charAt(k);
        return CharClasses.isAsciiLetterOrDigit(c) || URI_LAST_PUNCT.indexOf(c) >= 0
                || (CharClasses.isUriChar(c) && k + 1 < to && s.charAt(k + 1) == '>');
    }

    /** An e-mail address at i: local part, '@', host. */
    private int emailAt(int i, int to) {
        String s = input.s;
        if (!CharClasses.isEmailChar(s.charAt(i))) {
            return -1;
        }
        int k;
        if (i > emailRunStart && i < emailRunEnd) {
            k = emailRunEnd;
        } else {
            k = i;
            while (k < to && (CharClasses.isEmailChar(s.charAt(k))
                    || (s.charAt(k) == '.' && k > i && s.charAt(k - 1) != '.' && k + 1 < to
                            && CharClasses.isEmailChar(s.charAt(k + 1))))) {
                k++;
            }
            emailRunStart = i;
            emailRunEnd = k;
        }
        if (k >= to || s.charAt(k) != '@' || s.charAt(k - 1) == InlineInput.ESCAPE) {
            return -1;
        }
        if (emailHostAt != k) {
            emailHostAt = k;
            emailHostEnd = emailHost(k + 1, to);
        }
        return emailHostEnd;
    }

    private int emailHost(int host, int to) {
        String s = input.s;
        if (host >= to || !CharClasses.isEmailChar(s.charAt(host))) {
            return -1;
        }
        int runEnd = host;
        while (runEnd < to && (CharClasses.isEmailChar(s.charAt(runEnd)) || s.charAt(runEnd) == '.')) {
            runEnd++;
        }
        for (int last = runEnd - 1; last >= host; last--) {
            if (isUriEnd(last, to) && input.endsMarkupWithin(last + 1, to)) {
                return last + 1;
            }
        }
        return -1;
    }
}
