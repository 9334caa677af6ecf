package io.github.specwright.core.internal.rst.inline;

import io.github.specwright.core.internal.text.Names;
import io.github.specwright.core.model.Reference;
import io.github.specwright.core.model.Text;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hyperlink references: {@code name_} and {@code name__} (recognised whole at a name's first
 * character), and the phrase references {@code `text`_}, {@code `text <uri>`_} and
 * {@code `text <alias_>`_} that {@link InterpretedOrPhrase} hands over once it has found the
 * closing backquote. Remembers the embedded aliases of the current text.
 */
final class HyperlinkReferences implements InlineConstruct {

    private final InlineInput input;
    private final NextChar underscoreAhead;
    private Map<Reference, String> aliasTargets = Map.of();

    HyperlinkReferences(InlineInput input) {
        this.input = input;
        this.underscoreAhead = new NextChar(input, '_');
    }

    @Override
    public void reset() {
        underscoreAhead.reset();
        aliasTargets = Map.of(); // most texts have none: allocated on first use
    }

    /** Phrase references of the current text with an embedded alias, each mapped to the target name it defines. */
    Map<Reference, String> aliasTargets() {
        return aliasTargets;
    }

    /** {@code name_} or {@code name__} at i, followed by what may end markup. */
    @Override
    public Start startAt(int i) {
        if (underscoreAhead.from(i) >= input.n) {
            return null; // most words have no underscore after them
        }
        int nameEnd = input.simpleNameEnd(i);
        if (nameEnd < 0 || input.charAt(nameEnd) != '_') {
            return null;
        }
        if (input.charAt(nameEnd + 1) == '_' && input.endsMarkupAt(nameEnd + 2)) {
            return new Start(this, i, i, nameEnd, "__", nameEnd + 2);
        }
        if (input.endsMarkupAt(nameEnd + 1)) {
            return new Start(this, i, i, nameEnd, "_", nameEnd + 1);
        }
        return null;
    }

    @Override
    public Outcome parse(Start start, int remaining) {
        String name = input.unescape(start.start(), start.stringEnd());
        boolean anonymous = "__".equals(start.data());
        Reference reference = new Reference(input.span(start.start(), start.end()), name,
                anonymous ? null : Names.normalize(name), null, anonymous).withRawSource(input.raw(start.start(), start.end()));
        reference.addChild(new Text(input.span(start.start(), start.stringEnd()), name));
        return new Outcome(List.of(reference), start.start(), start.end());
    }

    /**
     * {@code `text`_}, {@code `text`__}, {@code `text <uri>`_} or {@code `text <name_>`_}: the
     * text runs from {@code textStart} to {@code textEnd}, the whole from {@code start} to
     * {@code end}.
     */
    Reference phrase(int textStart, int textEnd, int start, int end, boolean anonymous) {
        int[] embedded = embeddedLink(textStart, textEnd);
        String label;
        String aliasName = null;
        String refName = null;
        String refUri = null;
        boolean isAnonymous = false;
        if (embedded != null) {
            int openAngle = embedded[1];
            String alias = input.s.substring(openAngle + 1, textEnd - 1);
            boolean escapedUnderscore = alias.endsWith(InlineInput.ESCAPE + "_");
            boolean isName = alias.endsWith("_") && !escapedUnderscore && !looksLikeUri(alias);
            String text = input.unescape(textStart, embedded[0]);
            if (isName) {
                refName = Names.normalize(InlineInput.unescapeString(alias.substring(0, alias.length() - 1)));
                aliasName = anonymous ? null : Names.normalize(text.isEmpty() ? refName : text);
            } else {
                refUri = uriOf(alias);
                if (!anonymous) {
                    refName = Names.normalize(text.isEmpty() ? refUri : text);
                }
            }
            // without text, docutils shows the alias as it resolved it: the normalised name, or the URI
            label = text.isEmpty() ? (isName ? refName : refUri) : text;
        } else {
            String text = input.unescape(textStart, textEnd);
            label = text;
            if (anonymous) {
                isAnonymous = true;
            } else {
                refName = Names.normalize(text);
            }
        }
        Reference reference = new Reference(input.span(start, end), label, refName, refUri, isAnonymous)
                .withRawSource(input.raw(start, end));
        reference.addChild(new Text(input.span(textStart, textEnd), label));
        if (aliasName != null) {
            reference.withAliasTarget();
            if (aliasTargets.isEmpty()) {
                aliasTargets = new IdentityHashMap<>();
            }
            aliasTargets.put(reference, aliasName);
        }
        return reference;
    }

    /**
     * Finds {@code <...>} at the end of a phrase reference's text, preceded by whitespace or
     * alone. Returns {the end of the text before it (spaces excluded), the '<' offset}, or null.
     */
    private int[] embeddedLink(int textStart, int textEnd) {
        String s = input.s;
        int close = textEnd - 1;
        if (close <= textStart || s.charAt(close) != '>') {
            return null;
        }
        char beforeClose = s.charAt(close - 1);
        if (CharClasses.isSpace(beforeClose) || beforeClose == InlineInput.ESCAPE) {
            return null;
        }
        int open = -1;
        for (int k = close - 1; k >= textStart; k--) {
            char c = s.charAt(k);
            if ((c == '<' || c == '>') && !(k > textStart && s.charAt(k - 1) == InlineInput.ESCAPE)) {
                if (c == '<') {
                    open = k;
                }
                break;
            }
        }
        if (open < 0 || open + 1 >= close || CharClasses.isSpace(s.charAt(open + 1))) {
            return null;
        }
        int spaces = open;
        while (spaces > textStart && (s.charAt(spaces - 1) == ' ' || s.charAt(spaces - 1) == '\n')) {
            spaces--;
        }
        if (spaces == open && open != textStart) {
            return null;
        }
        return new int[] {spaces, open};
    }

    private static boolean looksLikeUri(String alias) {
        int colon = alias.indexOf(':');
        if (colon > 0 && Character.isLetter(alias.charAt(0)) && colon + 1 < alias.length()) {
            for (int i = 1; i < colon; i++) {
                char c = alias.charAt(i);
                if (!(CharClasses.isAsciiLetterOrDigit(c) || c == '.' || c == '+' || c == '-')) {
                    return alias.indexOf('@') > 0;
                }
            }
            return true;
        }
        return alias.indexOf('@') > 0;
    }

    /**
     * The URI of an embedded link: unescaped whitespace removed, an escaped space or line end one space (docutils'
     * split_escaped_whitespace), e-mail addresses as mailto.
     */
    private static String uriOf(String alias) {
        StringBuilder uri = new StringBuilder();
        for (int i = 0; i < alias.length(); i++) {
            char c = alias.charAt(i);
            if (c == InlineInput.ESCAPE) {
                if (i + 1 < alias.length()) {
                    char escaped = alias.charAt(++i);
                    uri.append(escaped == '\n' ? ' ' : escaped);
                }
            } else if (!CharClasses.isSpace(c)) {
                uri.append(c);
            }
        }
        String text = uri.toString();
        if (text.indexOf('@') > 0 && text.indexOf(':') < 0) {
            return "mailto:" + text;
        }
        return text;
    }
}
