package io.github.specwright.core.rst;

import java.util.regex.Pattern;

/** The regular expressions that recognise the start of each body construct (docutils' Body state transitions). */
final class Patterns {

    private Patterns() {
    }

    static final String PUNCT = "[!-/:-@\\[-`{-~]";
    static final String SIMPLENAME = "(?:(?!_)\\w)+(?:[-._+:](?:(?!_)\\w)+)*";

    static final Pattern BULLET = Pattern.compile("[-+*\u2022\u2023\u2043]( +|$)");

    private static final String ENUM = "([0-9]+|[a-z]|[A-Z]|[ivxlcdm]+|[IVXLCDM]+|#)";
    static final Pattern ENUMERATOR = Pattern.compile(
            "(?:(?<parens>\\(" + ENUM + "\\))|(?<rparen>" + ENUM + "\\))|(?<period>" + ENUM + "\\.))( +|$)");

    static final Pattern FIELD_MARKER = Pattern.compile(":(?![: ])([^:\\\\]|\\\\.|:(?!([ `]|$)))*(?<! ):( +|$)");

    private static final String OPTARG = "([a-zA-Z][a-zA-Z0-9_-]*|<[^<>]+>)";
    private static final String SHORTOPT = "(-|\\+)[a-zA-Z0-9]( ?" + OPTARG + ")?";
    private static final String LONGOPT = "(--|/)[a-zA-Z0-9][a-zA-Z0-9_-]*([ =]" + OPTARG + ")?";
    private static final String OPTION = "(" + SHORTOPT + "|" + LONGOPT + ")";
    static final Pattern OPTION_MARKER = Pattern.compile(OPTION + "(, " + OPTION + ")*(  +| ?$)");

    static final Pattern DOCTEST = Pattern.compile(">>>( +|$)");
    static final Pattern LINE_BLOCK = Pattern.compile("\\|( +|$)");
    static final Pattern GRID_TABLE_TOP = Pattern.compile("\\+-[-+]+-\\+ *$");
    static final Pattern SIMPLE_TABLE_TOP = Pattern.compile("=+( +=+)+ *$");
    static final Pattern SIMPLE_TABLE_BORDER = Pattern.compile("=+[ =]*$");
    static final Pattern EXPLICIT = Pattern.compile("\\.\\.( +|$)");
    static final Pattern ANONYMOUS = Pattern.compile("__( +|$)");
    /** A line of one repeated punctuation character: an adornment or transition. */
    static final Pattern ADORNMENT = Pattern.compile("(" + PUNCT + ")\\1* *$");

    static final Pattern FOOTNOTE = Pattern.compile(
            "\\.\\.[ ]+\\[([0-9]+|#|#" + SIMPLENAME + "|\\*)\\]([ ]+|$)", Pattern.UNICODE_CHARACTER_CLASS);
    static final Pattern CITATION = Pattern.compile(
            "\\.\\.[ ]+\\[(" + SIMPLENAME + ")\\]([ ]+|$)", Pattern.UNICODE_CHARACTER_CLASS);
    static final Pattern TARGET_START = Pattern.compile("\\.\\.[ ]+_(?![ ]|$)");
    static final Pattern SUBSTITUTION_START = Pattern.compile("\\.\\.[ ]+\\|(?![ ]|$)");
    static final Pattern DIRECTIVE = Pattern.compile(
            "\\.\\.[ ]+(" + SIMPLENAME + ")[ ]?::([ ]+|$)", Pattern.UNICODE_CHARACTER_CLASS);

    /** What follows {@code .. _} in a hyperlink target: {@code _} (anonymous) or a name, then a colon (backslash escapes already turned into NUL + char). */
    static final Pattern TARGET_NAME = Pattern.compile(
            "(_|(?!_)(?<quote>`?)(?![ `])(?<name>.+?)(?<![\\s\u0000])\\k<quote>)(?<!(?<!\u0000):)(?<![\\s\u0000])[ ]?:([ ]+|$)");
    /** {@code |name| } after {@code .. } of a substitution definition; the name may span lines. */
    static final Pattern SUBSTITUTION_NAME = Pattern.compile(
            "(?![ ])(?<name>.+?)(?<![\\s\u0000])\\|([ ]+|$)");
    static final Pattern EMBEDDED_DIRECTIVE = Pattern.compile(
            "(" + SIMPLENAME + ")::( +|$)", Pattern.UNICODE_CHARACTER_CLASS);

    static boolean starts(Pattern pattern, String text) {
        return pattern.matcher(text).lookingAt();
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
}
