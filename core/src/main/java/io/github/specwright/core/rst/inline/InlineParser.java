package io.github.specwright.core.rst.inline;

import io.github.specwright.core.model.CitationReference;
import io.github.specwright.core.model.Diagnostic.Level;
import io.github.specwright.core.model.Emphasis;
import io.github.specwright.core.model.FootnoteReference;
import io.github.specwright.core.model.InlineLiteral;
import io.github.specwright.core.model.InlineTarget;
import io.github.specwright.core.model.InterpretedText;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Reference;
import io.github.specwright.core.model.Strong;
import io.github.specwright.core.model.SubstitutionReference;
import io.github.specwright.core.model.Text;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the inline markup of one piece of text (a paragraph, title, term, ...) the way
 * docutils' inliner does: it looks for the leftmost start-string that is allowed where it stands,
 * then for its end-string, and treats everything else as text, in which it finally recognises
 * standalone URIs and e-mail addresses.
 *
 * <p>The recognition rules are docutils' own: a start-string must begin the text or follow
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

    /** Stands for the backslash of an escape, as docutils' escape2null does (same length). */
    static final char ESCAPE = '\0';

    private static final String NAME_SEPARATORS = "-._+:";
    private static final String URI_LAST_PUNCT = "_~*/=+";

    private final Roles roles;

    private String s;
    private int n;
    private TextPositions positions;
    private List<Node> out;
    private List<InlineProblem> problems;
    private Map<Reference, String> aliasTargets;
    private final EndSearch emphasisEnd;
    private final EndSearch strongEnd;
    private final EndSearch literalEnd;
    private final EndSearch targetEnd;
    private final EndSearch substitutionEnd;
    private final EndSearch interpretedEnd;
    private int nameRunStart = -1;
    private int nameRunEnd = -1;
    private int closeBracketQuery = -1;
    private int closeBracketFound = -2;

    public InlineParser(Roles roles) {
        this.roles = roles;
        emphasisEnd = new EndSearch(this::emphasisEndAt, '*', 1);
        strongEnd = new EndSearch(this::strongEndAt, '*', 1);
        literalEnd = new EndSearch(this::literalEndAt, '`', 1);
        targetEnd = new EndSearch(this::targetEndAt, '`', 1);
        substitutionEnd = new EndSearch(this::substitutionEndAt, '|', 1);
        interpretedEnd = new EndSearch(this::interpretedEndAt, '`', 2);
        colonAhead = new NextChar(':');
        atAhead = new NextChar('@');
        underscoreAhead = new NextChar('_');
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
        s = escapeToNull(rawText);
        n = s.length();
        positions = new TextPositions(rawText, line, column);
        out = new ArrayList<>();
        // Most texts have neither: allocated on first use (see problem() and reference()).
        problems = List.of();
        aliasTargets = Map.of();
        emphasisEnd.reset();
        strongEnd.reset();
        literalEnd.reset();
        targetEnd.reset();
        substitutionEnd.reset();
        interpretedEnd.reset();
        nameRunStart = -1;
        nameRunEnd = -1;
        closeBracketQuery = -1;
        closeBracketFound = -2;
        schemeRunStart = -1;
        schemeRunEnd = -1;
        uriBodyColon = -1;
        emailRunStart = -1;
        emailRunEnd = -1;
        emailHostAt = -1;
        colonAhead.reset();
        atAhead.reset();
        underscoreAhead.reset();
        lastMarkupChar = lastMarkupChar(s);
        run();
        return new Result(out, problems, aliasTargets);
    }

    // ---------------------------------------------------------------- main loop

    private void run() {
        int remaining = 0;
        int textStart = 0;
        while (remaining < n) {
            Start start = findStart(remaining);
            if (start == null) {
                break;
            }
            Outcome outcome = dispatch(start, remaining);
            if (outcome.nodes != null) {
                implicitText(textStart, outcome.constructStart);
                out.addAll(outcome.nodes);
                textStart = outcome.next;
            }
            remaining = outcome.next;
        }
        implicitText(textStart, n);
    }

    private enum Kind { STRONG, EMPHASIS, LITERAL, TARGET, SUBSTITUTION, REFERENCE, FOOTNOTE, BACKQUOTE }

    /**
     * A recognised start-string (or, for references and footnote references, a whole
     * construct): {@code start} is where the match begins (the role's colon, when a role
     * prefix is present), {@code stringStart}..{@code stringEnd} the start-string itself.
     */
    private record Start(Kind kind, int start, int stringStart, int stringEnd, String role, int end) {
    }

    /** What handling a start did: nodes (null when the start-string was plain text). */
    private record Outcome(List<Node> nodes, int constructStart, int next) {
    }

    private Start findStart(int from) {
        for (int i = from; i <= lastMarkupChar; i++) {
            if (i > from && !CharClasses.mayPrecedeMarkup(s.charAt(i - 1))) {
                continue;
            }
            Start start = startAt(i);
            if (start != null) {
                return start;
            }
        }
        return null;
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

    private Start startAt(int i) {
        char c = s.charAt(i);
        switch (c) {
            case '*':
                if (charAt(i + 1) == '*') {
                    return nonSpaceAt(i + 2) ? new Start(Kind.STRONG, i, i, i + 2, null, -1) : null;
                }
                return nonSpaceAt(i + 1) ? new Start(Kind.EMPHASIS, i, i, i + 1, null, -1) : null;
            case '`':
                if (charAt(i + 1) == '`') {
                    return nonSpaceAt(i + 2) ? new Start(Kind.LITERAL, i, i, i + 2, null, -1) : null;
                }
                return nonSpaceAt(i + 1) ? new Start(Kind.BACKQUOTE, i, i, i + 1, null, -1) : null;
            case '_':
                return charAt(i + 1) == '`' && nonSpaceAt(i + 2) ? new Start(Kind.TARGET, i, i, i + 2, null, -1) : null;
            case '|':
                return charAt(i + 1) != '|' && nonSpaceAt(i + 1)
                        ? new Start(Kind.SUBSTITUTION, i, i, i + 1, null, -1) : null;
            case '[':
                return footnoteAt(i);
            case ':':
                return rolePrefixAt(i);
            default:
                // name_ and name__ need an underscore: most words have none after them
                return isNameChar(c) && underscoreAhead.from(i) < n ? referenceAt(i) : null;
        }
    }

    /** {@code :role:`} at i: the role prefix of interpreted text. */
    private Start rolePrefixAt(int i) {
        int nameEnd = simpleNameEnd(i + 1);
        if (nameEnd < 0 || charAt(nameEnd) != ':' || charAt(nameEnd + 1) != '`' || charAt(nameEnd + 2) == '`'
                || !nonSpaceAt(nameEnd + 2)) {
            return null;
        }
        return new Start(Kind.BACKQUOTE, i, nameEnd + 1, nameEnd + 2, s.substring(i + 1, nameEnd), -1);
    }

    /** {@code name_} or {@code name__} at i, followed by what may end markup. */
    private Start referenceAt(int i) {
        int nameEnd = simpleNameEnd(i);
        if (nameEnd < 0 || charAt(nameEnd) != '_') {
            return null;
        }
        if (charAt(nameEnd + 1) == '_' && endsMarkupAt(nameEnd + 2)) {
            return new Start(Kind.REFERENCE, i, i, nameEnd, "__", nameEnd + 2);
        }
        if (endsMarkupAt(nameEnd + 1)) {
            return new Start(Kind.REFERENCE, i, i, nameEnd, "_", nameEnd + 1);
        }
        return null;
    }

    /** {@code [label]_} at i. */
    private Start footnoteAt(int i) {
        int close = nextCloseBracket(i + 1);
        if (close < 0 || charAt(close + 1) != '_' || !endsMarkupAt(close + 2)) {
            return null;
        }
        String label = s.substring(i + 1, close);
        if (!isFootnoteLabel(label) && !isSimpleName(label)) {
            return null;
        }
        return new Start(Kind.FOOTNOTE, i, i, close + 1, label, close + 2);
    }

    private static boolean isFootnoteLabel(String label) {
        if (label.equals("*") || label.equals("#")) {
            return true;
        }
        if (label.startsWith("#")) {
            return isSimpleName(label.substring(1));
        }
        if (label.isEmpty()) {
            return false;
        }
        for (int i = 0; i < label.length(); i++) {
            if (label.charAt(i) < '0' || label.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private Outcome dispatch(Start start, int remaining) {
        switch (start.kind) {
            case STRONG:
                return simpleInline(start, remaining, strongEnd, "strong emphasis", "**");
            case EMPHASIS:
                return simpleInline(start, remaining, emphasisEnd, "emphasis", "*");
            case LITERAL:
                return simpleInline(start, remaining, literalEnd, "inline literal", "``");
            case TARGET:
                return simpleInline(start, remaining, targetEnd, "inline target", "`");
            case SUBSTITUTION:
                return simpleInline(start, remaining, substitutionEnd, "substitution reference", "|");
            case REFERENCE:
                return reference(start);
            case FOOTNOTE:
                return footnoteReference(start);
            default:
                return interpretedOrPhrase(start, remaining);
        }
    }

    // ---------------------------------------------------------------- constructs

    private boolean quoted(Start start, int remaining) {
        if (start.start == remaining) {
            return false;
        }
        if (start.stringEnd >= n) {
            return true;
        }
        return Punctuation.isPair(s.charAt(start.start - 1), s.charAt(start.stringEnd));
    }

    private Outcome simpleInline(Start start, int remaining, EndSearch search, String what, String closer) {
        if (quoted(start, remaining)) {
            return new Outcome(null, start.start, start.stringEnd);
        }
        int from = start.stringEnd;
        long found = search.find(from);
        if (found >= 0 && endPosition(found) > from) {
            int textEnd = endPosition(found);
            int end = endLimit(found);
            return new Outcome(List.of(build(start, textEnd, end)), start.start, end);
        }
        unclosed(start, what, closer);
        return new Outcome(List.of(new Text(span(start.start, start.stringEnd), unescape(start.stringStart, start.stringEnd))),
                start.start, start.stringEnd);
    }

    private Node build(Start start, int textEnd, int end) {
        int textStart = start.stringEnd;
        switch (start.kind) {
            case STRONG: {
                Strong node = new Strong(span(start.start, end));
                node.addChild(new Text(span(textStart, textEnd), unescape(textStart, textEnd)));
                return node;
            }
            case EMPHASIS: {
                Emphasis node = new Emphasis(span(start.start, end));
                node.addChild(new Text(span(textStart, textEnd), unescape(textStart, textEnd)));
                return node;
            }
            case LITERAL:
                return new InlineLiteral(span(start.start, end), s.substring(textStart, textEnd).replace(ESCAPE, '\\'));
            case TARGET:
                return new InlineTarget(span(start.start, end), unescape(textStart, textEnd));
            default: {
                String name = unescape(textStart, textEnd);
                SubstitutionReference substitution = new SubstitutionReference(span(start.start, textEnd + 1), name);
                int underscores = end - textEnd - 1;
                if (underscores == 0) {
                    return substitution;
                }
                Reference reference = underscores == 2
                        ? new Reference(span(start.start, end), name, null, null, true)
                        : new Reference(span(start.start, end), name, Names.normalize(name), null, false);
                reference.addChild(substitution);
                return reference;
            }
        }
    }

    private void unclosed(Start start, String what, String closer) {
        String opener = s.substring(start.stringStart, start.stringEnd);
        String message;
        if (start.kind == Kind.BACKQUOTE) {
            message = "interpreted text or phrase reference starts with '`' here but is never closed;"
                    + " close it with '`' (or '`_' for a reference) or escape the '`' with a backslash";
        } else if (start.kind == Kind.TARGET) {
            message = "inline target starts with '_`' here but is never closed; close it with '`'"
                    + " or escape the '_' with a backslash";
        } else {
            message = what + " starts with '" + opener + "' here but is never closed; close it with '" + closer
                    + "' or escape the '" + opener.charAt(0) + "' with a backslash";
        }
        problem(start.stringStart, Level.WARNING, "rst-unclosed-inline", message);
    }

    private Outcome reference(Start start) {
        String name = unescape(start.start, start.stringEnd);
        boolean anonymous = "__".equals(start.role);
        Reference reference = new Reference(span(start.start, start.end), name,
                anonymous ? null : Names.normalize(name), null, anonymous);
        reference.addChild(new Text(span(start.start, start.stringEnd), name));
        return new Outcome(List.of(reference), start.start, start.end);
    }

    private Outcome footnoteReference(Start start) {
        String label = start.role;
        Node node;
        if (isFootnoteLabel(label)) {
            node = new FootnoteReference(span(start.start, start.end), label);
        } else {
            node = new CitationReference(span(start.start, start.end), label);
        }
        return new Outcome(List.of(node), start.start, start.end);
    }

    private Outcome interpretedOrPhrase(Start start, int remaining) {
        String role = start.role;
        if (role == null && quoted(start, remaining)) {
            return new Outcome(null, start.start, start.stringEnd);
        }
        int from = start.stringEnd;
        long found = interpretedEnd.find(from);
        if (found < 0 || endPosition(found) <= from) {
            unclosed(start, null, null);
            return new Outcome(List.of(new Text(span(start.stringStart, start.stringEnd), "`")),
                    start.stringStart, start.stringEnd);
        }
        int closing = endPosition(found);
        int end = endLimit(found);
        // what follows the closing backquote: an optional ":role:", then "", "_" or "__"
        String suffix = s.substring(closing + 1, end);
        String suffixRole = null;
        String refEnd = suffix;
        if (suffix.startsWith(":")) {
            int last = suffix.lastIndexOf(':');
            suffixRole = suffix.substring(1, last);
            refEnd = suffix.substring(last + 1);
        }
        if (suffixRole != null) {
            if (role != null) {
                problem(start.start, Level.WARNING, "rst-role-conflict",
                        "interpreted text has a role both before and after it; keep only one of ':"
                                + role + ":' and ':" + suffixRole + ":'");
                return new Outcome(List.of(new Text(span(start.start, end), unescape(start.start, end))),
                        start.start, end);
            }
            role = suffixRole;
        }
        if (!refEnd.isEmpty()) {
            if (role != null) {
                problem(start.start, Level.WARNING, "rst-role-conflict",
                        "text with the role ':" + role + ":' cannot also be a reference (trailing '" + refEnd
                                + "'); drop the role or the underscore");
                return new Outcome(List.of(new Text(span(start.start, end), unescape(start.start, end))),
                        start.start, end);
            }
            return new Outcome(List.of(phraseReference(start.stringEnd, closing, start.stringStart, end,
                    refEnd.length() == 2)), start.stringStart, end);
        }
        String text = unescape(start.stringEnd, closing);
        String effectiveRole = role == null ? "title-reference" : role;
        InterpretedText node = new InterpretedText(span(start.start, end), role, text);
        if (!roles.isKnown(effectiveRole)) {
            problem(start.start, Level.ERROR, "rst-unknown-role",
                    "unknown interpreted text role \"" + role + "\"; use a docutils or Sphinx role, register"
                            + " it, or write plain text");
        }
        return new Outcome(List.of(node), start.start, end);
    }

    /**
     * {@code `text`_}, {@code `text`__}, {@code `text <uri>`_} or {@code `text <name_>`_}: the
     * text runs from {@code textStart} to {@code textEnd}, the whole from {@code start} to
     * {@code end}.
     */
    private Reference phraseReference(int textStart, int textEnd, int start, int end, boolean anonymous) {
        int[] embedded = embeddedLink(textStart, textEnd);
        String label;
        String aliasName = null;
        String refName = null;
        String refUri = null;
        boolean isAnonymous = false;
        if (embedded != null) {
            int openAngle = embedded[1];
            String alias = s.substring(openAngle + 1, textEnd - 1);
            boolean escapedUnderscore = alias.endsWith(ESCAPE + "_");
            boolean isName = alias.endsWith("_") && !escapedUnderscore && !looksLikeUri(alias);
            String text = unescape(textStart, embedded[0]);
            if (isName) {
                refName = Names.normalize(unescapeString(alias.substring(0, alias.length() - 1)));
                aliasName = anonymous ? null : Names.normalize(text.isEmpty() ? refName : text);
            } else {
                refUri = uriOf(alias);
                if (!anonymous) {
                    refName = Names.normalize(text.isEmpty() ? refUri : text);
                }
            }
            String shown = isName ? unescapeString(alias.substring(0, alias.length() - 1)) : unescapeString(alias);
            label = text.isEmpty() ? shown : text;
        } else {
            String text = unescape(textStart, textEnd);
            label = text;
            if (anonymous) {
                isAnonymous = true;
            } else {
                refName = Names.normalize(text);
            }
        }
        Reference reference = new Reference(span(start, end), label, refName, refUri, isAnonymous);
        reference.addChild(new Text(span(textStart, textEnd), label));
        if (aliasName != null) {
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
        int close = textEnd - 1;
        if (close <= textStart || s.charAt(close) != '>') {
            return null;
        }
        char beforeClose = s.charAt(close - 1);
        if (isSpace(beforeClose) || beforeClose == ESCAPE) {
            return null;
        }
        int open = -1;
        for (int k = close - 1; k >= textStart; k--) {
            char c = s.charAt(k);
            if ((c == '<' || c == '>') && !(k > textStart && s.charAt(k - 1) == ESCAPE)) {
                if (c == '<') {
                    open = k;
                }
                break;
            }
        }
        if (open < 0 || open + 1 >= close || isSpace(s.charAt(open + 1))) {
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

    private boolean looksLikeUri(String alias) {
        int colon = alias.indexOf(':');
        if (colon > 0 && Character.isLetter(alias.charAt(0)) && colon + 1 < alias.length()) {
            for (int i = 1; i < colon; i++) {
                char c = alias.charAt(i);
                if (!(isAsciiLetterOrDigit(c) || c == '.' || c == '+' || c == '-')) {
                    return alias.indexOf('@') > 0;
                }
            }
            return true;
        }
        return alias.indexOf('@') > 0;
    }

    /** The URI of an embedded link: unescaped whitespace removed, e-mail addresses as mailto. */
    private static String uriOf(String alias) {
        StringBuilder uri = new StringBuilder();
        for (int i = 0; i < alias.length(); i++) {
            char c = alias.charAt(i);
            if (c == ESCAPE) {
                if (i + 1 < alias.length()) {
                    uri.append(alias.charAt(++i));
                }
            } else if (!isSpace(c)) {
                uri.append(c);
            }
        }
        String text = uri.toString();
        if (text.indexOf('@') > 0 && text.indexOf(':') < 0) {
            return "mailto:" + text;
        }
        return text;
    }

    // ---------------------------------------------------------------- end-strings

    /** Finds end-strings; an answer packs the end-string position and the construct's end. */
    private interface EndMatcher {
        /** The end of the whole end-string (suffix included) if one matches at p, else -1. */
        int matchAt(int p, boolean atRegionStart, int regionStart);
    }

    private static long pack(int position, int end) {
        return ((long) position << 32) | (end & 0xffffffffL);
    }

    private static int endPosition(long packed) {
        return (int) (packed >>> 32);
    }

    private static int endLimit(long packed) {
        return (int) packed;
    }

    /**
     * docutils searches the rest of the text for an end-string each time it meets a
     * start-string. Only the first {@code contextSensitive} positions of a search depend on
     * where it starts (look-behinds stop there), so the answer for later positions is
     * remembered and reused: a text full of unclosed start-strings stays linear. Every
     * end-string begins with {@code first}, so the search jumps from one of those to the next.
     */
    private final class EndSearch {
        private final EndMatcher matcher;
        private final char first;
        private final int contextSensitive;
        private int cachedFrom = Integer.MAX_VALUE;
        private long cachedAnswer = -1;

        /** Forgets the remembered answer: a new text is being parsed. */
        void reset() {
            cachedFrom = Integer.MAX_VALUE;
            cachedAnswer = -1;
        }

        EndSearch(EndMatcher matcher, char first, int contextSensitive) {
            this.matcher = matcher;
            this.first = first;
            this.contextSensitive = contextSensitive;
        }

        long find(int from) {
            for (int p = from; p < Math.min(n, from + contextSensitive); p++) {
                int end = matcher.matchAt(p, p == from, from);
                if (end >= 0) {
                    return pack(p, end);
                }
            }
            return independent(from + contextSensitive);
        }

        private long independent(int from) {
            if (from >= cachedFrom && (cachedAnswer < 0 || from <= endPosition(cachedAnswer))) {
                return cachedAnswer;
            }
            long answer = -1;
            for (int p = s.indexOf(first, from); p >= 0; p = s.indexOf(first, p + 1)) {
                int end = matcher.matchAt(p, false, -1);
                if (end >= 0) {
                    answer = pack(p, end);
                    break;
                }
            }
            cachedFrom = from;
            cachedAnswer = answer;
            return answer;
        }
    }

    /** Not preceded by whitespace or an escape (nothing precedes at the start of the search). */
    private boolean plainBefore(int p, boolean atRegionStart) {
        if (atRegionStart) {
            return true;
        }
        char c = s.charAt(p - 1);
        return !isSpace(c) && c != ESCAPE;
    }

    private int emphasisEndAt(int p, boolean atRegionStart, int regionStart) {
        return s.charAt(p) == '*' && plainBefore(p, atRegionStart) && endsMarkupAt(p + 1) ? p + 1 : -1;
    }

    private int strongEndAt(int p, boolean atRegionStart, int regionStart) {
        return s.startsWith("**", p) && plainBefore(p, atRegionStart) && endsMarkupAt(p + 2) ? p + 2 : -1;
    }

    private int literalEndAt(int p, boolean atRegionStart, int regionStart) {
        return s.startsWith("``", p) && (atRegionStart || !isSpace(s.charAt(p - 1))) && endsMarkupAt(p + 2)
                ? p + 2 : -1;
    }

    private int targetEndAt(int p, boolean atRegionStart, int regionStart) {
        return s.charAt(p) == '`' && plainBefore(p, atRegionStart) && endsMarkupAt(p + 1) ? p + 1 : -1;
    }

    private int substitutionEndAt(int p, boolean atRegionStart, int regionStart) {
        if (s.charAt(p) != '|' || !plainBefore(p, atRegionStart)) {
            return -1;
        }
        for (int underscores = 2; underscores >= 0; underscores--) {
            int end = p + 1 + underscores;
            if (end <= n && s.startsWith("__".substring(0, underscores), p + 1) && endsMarkupAt(end)) {
                return end;
            }
        }
        return -1;
    }

    /**
     * The closing backquote of interpreted text or a phrase reference, with an optional role
     * suffix and reference underscores. It may not follow unescaped whitespace or an escape.
     */
    private int interpretedEndAt(int p, boolean atRegionStart, int regionStart) {
        if (s.charAt(p) != '`') {
            return -1;
        }
        if (!atRegionStart) {
            char before = s.charAt(p - 1);
            if (isSpace(before) || before == ESCAPE) {
                boolean innerVisible = regionStart < 0 ? p - 2 >= 0 : p - 2 >= regionStart;
                if (!(innerVisible && s.charAt(p - 2) == ESCAPE)) {
                    return -1;
                }
            }
        }
        int k = p + 1;
        if (charAt(k) == ':') {
            int nameEnd = simpleNameEnd(k + 1);
            if (nameEnd > 0 && charAt(nameEnd) == ':') {
                int end = referenceSuffixEnd(nameEnd + 1);
                if (end >= 0) {
                    return end;
                }
            }
        }
        return referenceSuffixEnd(k);
    }

    private int referenceSuffixEnd(int k) {
        if (charAt(k) == '_' && charAt(k + 1) == '_' && endsMarkupAt(k + 2)) {
            return k + 2;
        }
        if (charAt(k) == '_' && endsMarkupAt(k + 1)) {
            return k + 1;
        }
        return endsMarkupAt(k) ? k : -1;
    }

    // ---------------------------------------------------------------- standalone URIs

    /** Adds the text of {@code [from, to)}, with standalone URIs and e-mail addresses as references. */
    private void implicitText(int from, int to) {
        int position = from;
        while (position < to) {
            int[] uri = findUri(position, to);
            if (uri == null) {
                break;
            }
            addText(position, uri[0]);
            String text = unescape(uri[0], uri[1]);
            String refUri = (uri[2] == 1 ? "mailto:" : "") + text;
            Reference reference = new Reference(span(uri[0], uri[1]), text, null, refUri, false);
            reference.addChild(new Text(span(uri[0], uri[1]), text));
            out.add(reference);
            position = uri[1];
        }
        addText(position, to);
    }

    private void addText(int from, int to) {
        if (from < to) {
            out.add(new Text(span(from, to), unescape(from, to)));
        }
    }

    /**
     * The leftmost URI or e-mail address in {@code [from, to)} as {start, end, isEmail}. As in
     * docutils, an unknown scheme at the leftmost candidate leaves the rest of the segment plain.
     */
    private int[] findUri(int from, int to) {
        for (int i = from; i < to; i++) {
            if (colonAhead.from(i) >= to && atAhead.from(i) >= to) {
                return null; // a URI needs a colon after its scheme, an address its '@'
            }
            if (i > from && !CharClasses.mayPrecedeMarkup(s.charAt(i - 1))) {
                continue;
            }
            char c = s.charAt(i);
            if (!(isUriChar(c) || isEmailChar(c))) {
                continue;
            }
            int end = absoluteUriAt(i, to);
            if (end > 0) {
                String scheme = s.substring(i, s.indexOf(':', i)).toLowerCase(java.util.Locale.ROOT);
                return Punctuation.URI_SCHEMES.contains(scheme) ? new int[] {i, end, 0} : null;
            }
            end = emailAt(i, to);
            if (end > 0) {
                return new int[] {i, end, 1};
            }
        }
        return null;
    }

    /**
     * The next occurrence of one character at or after a position. Queries mostly move
     * forward, so each answer is reused until the position passes it: linear in total.
     */
    private final class NextChar {
        private final char c;
        private int query = Integer.MAX_VALUE;
        private int found;

        NextChar(char c) {
            this.c = c;
        }

        void reset() {
            query = Integer.MAX_VALUE;
        }

        /** The offset of the next {@code c} at or after {@code position}, or the text's length. */
        int from(int position) {
            if (position < query || position > found) {
                int at = s.indexOf(c, position);
                query = position;
                found = at < 0 ? n : at;
            }
            return found;
        }
    }

    private final NextChar colonAhead;
    private final NextChar atAhead;
    private final NextChar underscoreAhead;
    private int lastMarkupChar;

    private int schemeRunStart = -1;
    private int schemeRunEnd = -1;

    private int absoluteUriAt(int i, int to) {
        if (!isAsciiLetter(s.charAt(i))) {
            return -1;
        }
        int colon;
        if (i > schemeRunStart && i < schemeRunEnd) {
            colon = schemeRunEnd;
        } else {
            colon = i + 1;
            while (colon < to && (isAsciiLetterOrDigit(s.charAt(colon)) || ".+-".indexOf(s.charAt(colon)) >= 0)) {
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

    private int uriBodyColon = -1;
    private int uriBodyEnd = -1;

    /** The end of a URI whose scheme's colon precedes {@code body}, or -1. */
    private int uriBody(int body, int to) {
        int runEnd = body;
        while (runEnd < to && isUriChar(s.charAt(runEnd))) {
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
            if (extended != end && endsMarkupWithin(extended, to)) {
                return extended;
            }
            extended = optionalPart(end, '#', to);
            if (extended != end && endsMarkupWithin(extended, to)) {
                return extended;
            }
            if (endsMarkupWithin(end, to)) {
                return end;
            }
        }
        return -1;
    }

    /** A '?query' or '#fragment' part starting at {@code at}, if any: the new end. */
    private int optionalPart(int at, char mark, int to) {
        if (at >= to || s.charAt(at) != mark) {
            return at;
        }
        int runEnd = at + 1;
        while (runEnd < to && isUriChar(s.charAt(runEnd))) {
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
        char c = s.charAt(k);
        return isAsciiLetterOrDigit(c) || URI_LAST_PUNCT.indexOf(c) >= 0
                || (isUriChar(c) && k + 1 < to && s.charAt(k + 1) == '>');
    }

    private int emailRunStart = -1;
    private int emailRunEnd = -1;
    private int emailHostAt = -1;
    private int emailHostEnd = -1;

    /** An e-mail address at i: local part, '@', host. Runs are remembered (see simpleNameEnd). */
    private int emailAt(int i, int to) {
        if (!isEmailChar(s.charAt(i))) {
            return -1;
        }
        int k;
        if (i > emailRunStart && i < emailRunEnd) {
            k = emailRunEnd;
        } else {
            k = i;
            while (k < to && (isEmailChar(s.charAt(k))
                    || (s.charAt(k) == '.' && k > i && s.charAt(k - 1) != '.' && k + 1 < to
                            && isEmailChar(s.charAt(k + 1))))) {
                k++;
            }
            emailRunStart = i;
            emailRunEnd = k;
        }
        if (k >= to || s.charAt(k) != '@' || s.charAt(k - 1) == ESCAPE) {
            return -1;
        }
        if (emailHostAt != k) {
            emailHostAt = k;
            emailHostEnd = emailHost(k + 1, to);
        }
        return emailHostEnd;
    }

    private int emailHost(int host, int to) {
        if (host >= to || !isEmailChar(s.charAt(host))) {
            return -1;
        }
        int runEnd = host;
        while (runEnd < to && (isEmailChar(s.charAt(runEnd)) || s.charAt(runEnd) == '.')) {
            runEnd++;
        }
        for (int last = runEnd - 1; last >= host; last--) {
            if (isUriEnd(last, to) && endsMarkupWithin(last + 1, to)) {
                return last + 1;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- character classes

    private char charAt(int i) {
        return i < n ? s.charAt(i) : '\uffff';
    }

    static boolean isSpace(char c) {
        return CharClasses.isSpace(c);
    }

    private boolean nonSpaceAt(int i) {
        return i >= n || !isSpace(s.charAt(i));
    }

    /** May markup end right before position k? */
    private boolean endsMarkupAt(int k) {
        return endsMarkupWithin(k, n);
    }

    private boolean endsMarkupWithin(int k, int to) {
        if (k >= to) {
            return true;
        }
        return CharClasses.mayFollowMarkup(s.charAt(k));
    }

    private static boolean isNameChar(char c) {
        return CharClasses.isNameChar(c);
    }

    private static boolean isAsciiLetter(char c) {
        return CharClasses.isAsciiLetter(c);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return CharClasses.isAsciiLetterOrDigit(c);
    }

    private static boolean isUriChar(char c) {
        return CharClasses.isUriChar(c);
    }

    private static boolean isEmailChar(char c) {
        return CharClasses.isEmailChar(c);
    }

    /**
     * The end of the reference name (alphanumerics with single internal {@code - . _ + :})
     * starting at i, or -1. Runs are remembered, so names inside one long run cost nothing.
     */
    private int simpleNameEnd(int i) {
        if (i >= n || !isNameChar(s.charAt(i))) {
            return -1;
        }
        if (i > nameRunStart && i < nameRunEnd) {
            return nameRunEnd;
        }
        int j = i;
        while (true) {
            while (j < n && isNameChar(s.charAt(j))) {
                j++;
            }
            if (j + 1 < n && NAME_SEPARATORS.indexOf(s.charAt(j)) >= 0 && isNameChar(s.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        nameRunStart = i;
        nameRunEnd = j;
        return j;
    }

    static boolean isSimpleName(String text) {
        if (text.isEmpty() || !isNameChar(text.charAt(0)) || !isNameChar(text.charAt(text.length() - 1))) {
            return false;
        }
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (!isNameChar(c) && !(NAME_SEPARATORS.indexOf(c) >= 0 && isNameChar(text.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    private int nextCloseBracket(int from) {
        if (from >= closeBracketQuery && closeBracketFound != -2
                && (closeBracketFound < 0 || from <= closeBracketFound)) {
            return closeBracketFound;
        }
        closeBracketQuery = from;
        closeBracketFound = s.indexOf(']', from);
        return closeBracketFound;
    }

    // ---------------------------------------------------------------- text helpers

    /** docutils' escape2null: each backslash becomes {@link #ESCAPE}; the escaped char stays. */
    static String escapeToNull(String text) {
        if (text.indexOf('\\') < 0) {
            return text; // the common case: nothing escaped, nothing to copy
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                out.append(ESCAPE);
                if (i + 1 < text.length()) {
                    out.append(text.charAt(++i));
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String unescape(int from, int to) {
        return unescapeString(s.substring(from, to));
    }

    /** Escapes removed; an escaped space or line break vanishes with its backslash. */
    static String unescapeString(String text) {
        if (text.indexOf(ESCAPE) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE) {
                if (i + 1 < text.length() && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\n')) {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private io.github.specwright.core.model.SourceSpan span(int from, int to) {
        return positions.span(from, to);
    }

    private void problem(int offset, Level level, String ruleId, String message) {
        if (problems.isEmpty()) {
            problems = new ArrayList<>();
        }
        problems.add(new InlineProblem(offset, positions.line(offset), positions.column(offset), level, ruleId,
                message));
    }
}
