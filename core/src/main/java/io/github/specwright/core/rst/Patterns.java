package io.github.specwright.core.rst;

import io.github.specwright.core.internal.text.CharacterRules;
import java.util.regex.Pattern;

/** The regular expressions that recognise the start of each body construct (docutils' Body state transitions). */
final class Patterns {

    private Patterns() {
    }

    static final String PUNCT = "[!-/:-@\\[-`{-~]";

    static final Pattern BULLET = Pattern.compile("[-+*\u2022\u2023\u2043]( +|$)");

    private static final String ENUM = "([0-9]+|[a-z]|[A-Z]|[ivxlcdm]+|[IVXLCDM]+|#)";
    static final Pattern ENUMERATOR = Pattern.compile(
            "(?:(?<parens>\\(" + ENUM + "\\))|(?<rparen>" + ENUM + "\\))|(?<period>" + ENUM + "\\.))( +|$)");


    private static final String OPTARG = "([a-zA-Z][a-zA-Z0-9_-]*|<[^<>]+>)";
    private static final String SHORTOPT = "(-|\\+)[a-zA-Z0-9]( ?" + OPTARG + ")?";
    private static final String LONGOPT = "(--|/)[a-zA-Z0-9][a-zA-Z0-9_-]*([ =]" + OPTARG + ")?";
    /** One option of an option list marker (a single option: repeating it by regex would recurse per option). */
    static final Pattern OPTION = Pattern.compile("(" + SHORTOPT + "|" + LONGOPT + ")");

    static final Pattern DOCTEST = Pattern.compile(">>>( +|$)");
    static final Pattern LINE_BLOCK = Pattern.compile("\\|( +|$)");
    static final Pattern GRID_TABLE_TOP = Pattern.compile("\\+-[-+]+-\\+ *$");
    static final Pattern SIMPLE_TABLE_BORDER = Pattern.compile("=+[ =]*$");
    static final Pattern EXPLICIT = Pattern.compile("\\.\\.( +|$)");
    static final Pattern ANONYMOUS = Pattern.compile("__( +|$)");
    /** A line of one repeated punctuation character: an adornment or transition. */
    static final Pattern ADORNMENT = Pattern.compile("(" + PUNCT + ")\\1* *$");

    static final Pattern TARGET_START = Pattern.compile("\\.\\.[ ]+_(?![ ]|$)");
    static final Pattern SUBSTITUTION_START = Pattern.compile("\\.\\.[ ]+\\|(?![ ]|$)");

    /** What follows {@code .. _} in a hyperlink target: {@code _} (anonymous) or a name, then a colon (backslash escapes already turned into NUL + char). */
    static final Pattern TARGET_NAME = Pattern.compile(
            "(_|(?!_)(?<quote>`?)(?![ `])(?<name>.+?)(?<![\\s\u0000])\\k<quote>)(?<!(?<!\u0000):)(?<![\\s\u0000])[ ]?:([ ]+|$)");
    /** {@code |name| } after {@code .. } of a substitution definition; the name may span lines. */
    static final Pattern SUBSTITUTION_NAME = Pattern.compile(
            "(?![ ])(?<name>.+?)(?<![\\s\u0000])\\|([ ]+|$)");

    static boolean starts(Pattern pattern, String text) {
        // The patterns of the constructs that start most lines are simple enough to test by
        // hand: a regular expression per line is the parser's largest cost in a fresh JVM.
        if (text.isEmpty()) {
            return false;
        }
        if (pattern == BULLET) {
            return "-+*\u2022\u2023\u2043".indexOf(text.charAt(0)) >= 0 && spacesOrEndAt(text, 1);
        }
        if (pattern == DOCTEST) {
            return text.startsWith(">>>") && spacesOrEndAt(text, 3);
        }
        if (pattern == LINE_BLOCK) {
            return text.charAt(0) == '|' && spacesOrEndAt(text, 1);
        }
        if (pattern == EXPLICIT) {
            return text.startsWith("..") && spacesOrEndAt(text, 2);
        }
        if (pattern == ANONYMOUS) {
            return text.startsWith("__") && spacesOrEndAt(text, 2);
        }
        if (pattern == ENUMERATOR && !mayStartEnumerator(text)) {
            return false;
        }
        return matchesAtStart(pattern, text);
    }

    /** The regular expression itself: apart so that the JIT compiler need not inline the regex engine above. */
    private static boolean matchesAtStart(Pattern pattern, String text) {
        return pattern.matcher(text).lookingAt();
    }

    /** {@code ( +|$)} at {@code i}: a space or the end of the line (lines carry no line end). */
    private static boolean spacesOrEndAt(String text, int i) {
        return i == text.length() || text.charAt(i) == ' ';
    }

    /** The top border of a grid table: {@code +-...-+}, spaces after it. */
    static boolean isGridTableTop(String text) {
        return text.startsWith("+-") && GRID_TABLE_TOP.matcher(text).lookingAt();
    }

    /**
     * Whether {@code text} may start with an enumerator: an optional '(', then '#' or ASCII
     * letters and digits, then ')' or '.'. Rules out nearly every line of prose without a matcher.
     */
    private static boolean mayStartEnumerator(String text) {
        int i = text.charAt(0) == '(' ? 1 : 0;
        int tokenStart = i;
        if (i < text.length() && text.charAt(i) == '#') {
            i++;
        } else {
            while (i < text.length() && isAsciiLetterOrDigit(text.charAt(i))) {
                i++;
            }
        }
        return i > tokenStart && i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ')');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    static boolean isPunct(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    /** Whether {@code text} is one punctuation character repeated (an adornment line). */
    static boolean isAdornment(String text) {
        if (text.isEmpty() || !isPunct(text.charAt(0))) {
            return false;
        }
        char c = text.charAt(0);
        int i = 1;
        while (i < text.length() && text.charAt(i) == c) {
            i++;
        }
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i == text.length();
    }

    // Hand-written recognisers for the patterns whose regular expressions repeat a group: Java's
    // regex engine recurses once per repetition, so a long line could overflow the stack.

    /** The start of a construct: the name or label it carries and the index just past its marker. */
    record Start(String name, int end) {
    }

    /** {@code :name: } (docutils' field marker): the index after the marker and its spaces, or -1. */
    static int fieldMarkerEnd(String s) {
        int n = s.length();
        if (n < 3 || s.charAt(0) != ':' || s.charAt(1) == ':' || s.charAt(1) == ' ') {
            return -1;
        }
        int i = 1;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\') {
                if (i + 1 >= n) {
                    return -1;
                }
                i += 2;
            } else if (c == ':') {
                boolean atEnd = i + 1 >= n;
                char next = atEnd ? 0 : s.charAt(i + 1);
                if (atEnd || next == ' ') {
                    if (s.charAt(i - 1) == ' ') {
                        return -1;
                    }
                    return skipSpaces(s, i + 1);
                }
                if (next == '`') {
                    return -1;
                }
                i++;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** The field name of a field marker ending at {@code end}. */
    static String fieldName(String s, int end) {
        String marker = s.substring(0, end);
        return marker.substring(1, marker.lastIndexOf(':'));
    }

    /** An option list marker ({@code -a, --all=x}) followed by two spaces or the end: the index after it, or -1. */
    static int optionMarkerEnd(String s) {
        if (s.isEmpty() || "-+/".indexOf(s.charAt(0)) < 0) {
            return -1; // every option starts with one of these: no matcher for other lines
        }
        int pos = 0;
        java.util.regex.Matcher m = OPTION.matcher(s);
        while (true) {
            m.region(pos, s.length());
            if (!m.lookingAt()) {
                return -1;
            }
            pos = m.end();
            if (s.startsWith(", ", pos)) {
                m.region(pos + 2, s.length());
                if (m.lookingAt()) {
                    pos += 2;
                    continue;
                }
            }
            break;
        }
        if (s.startsWith("  ", pos)) {
            return skipSpaces(s, pos);
        }
        if (pos == s.length() || (pos + 1 == s.length() && s.charAt(pos) == ' ')) {
            return s.length();
        }
        return -1;
    }

    /** The option group text of a marker ending at {@code end}. */
    static String optionGroup(String s, int end) {
        return s.substring(0, end).strip();
    }

    /** {@code === ===}: runs of '=' separated by spaces, at least two runs (a simple table's top border). */
    static boolean isSimpleTableTop(String s) {
        String t = SourceText.stripEnd(s);
        if (t.isEmpty() || t.charAt(0) != '=') {
            return false;
        }
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '=') {
                if (!inRun) {
                    runs++;
                    inRun = true;
                }
            } else if (c == ' ') {
                inRun = false;
            } else {
                return false;
            }
        }
        return runs >= 2;
    }


    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Index after {@code ..} and at least one space, or -1. */
    private static int afterExplicitStart(String s) {
        if (!s.startsWith(".. ")) {
            return -1;
        }
        return skipSpaces(s, 2);
    }

    /** Whether {@code i} is the end of {@code s} or a space (then the spaces are skipped): returns the index or -1. */
    private static int spacesOrEnd(String s, int i) {
        if (i == s.length()) {
            return i;
        }
        return s.charAt(i) == ' ' ? skipSpaces(s, i) : -1;
    }

    /** {@code name::} at {@code from} (a directive name and its delimiter, then spaces or the end), or null. */
    static Start directiveAt(String s, int from) {
        int end = CharacterRules.simpleNameEnd(s, from);
        if (end < 0) {
            return null;
        }
        int i = end;
        if (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        if (!s.startsWith("::", i)) {
            return null;
        }
        int after = spacesOrEnd(s, i + 2);
        return after < 0 ? null : new Start(s.substring(from, end), after);
    }

    /** {@code .. name::}, or null. */
    static Start directiveStart(String s) {
        int i = afterExplicitStart(s);
        return i < 0 ? null : directiveAt(s, i);
    }

    /** {@code .. [label]} where the label is a number, {@code #}, {@code #name} or {@code *}; or null. */
    static Start footnoteStart(String s) {
        Start bracket = bracketed(s);
        if (bracket == null) {
            return null;
        }
        return CharacterRules.isFootnoteLabel(bracket.name()) ? bracket : null;
    }

    /** {@code .. [name]} (a citation), or null. */
    static Start citationStart(String s) {
        Start bracket = bracketed(s);
        return bracket != null && CharacterRules.isSimpleName(bracket.name()) ? bracket : null;
    }

    private static Start bracketed(String s) {
        int i = afterExplicitStart(s);
        if (i < 0 || i >= s.length() || s.charAt(i) != '[') {
            return null;
        }
        int close = s.indexOf(']', i + 1);
        if (close <= i + 1) {
            return null;
        }
        int after = spacesOrEnd(s, close + 1);
        return after < 0 ? null : new Start(s.substring(i + 1, close), after);
    }
}
