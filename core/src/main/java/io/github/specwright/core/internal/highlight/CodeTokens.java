package io.github.specwright.core.internal.highlight;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The tokens docutils' {@code code} directive and role put into a literal (docutils' code_analyzer on Pygments 2.14,
 * with docutils' default long class names): consecutive tokens of one type merged, the final line end dropped, each
 * token's classes its type's dotted names in lower case without "token" and "text" (plain text has none).
 */
public final class CodeTokens {

    /** A piece of code and its classes (none: plain text). */
    public record Token(List<String> classes, String text) {
    }

    /** What docutils does with a language. */
    public enum Support {
        /** Tokenized here as Pygments does. */
        TOKENIZED,
        /** Pygments has a lexer for it that is not emulated here. */
        NOT_EMULATED,
        /** No lexer: docutils shows the code as plain text (its warning is below the reporting level). */
        PLAIN
    }

    /** Each language's lexer, built once (its expressions compiled once) the first time the language is met. */
    private static final class Python {
        static final RegexLexer LEXER = PythonRules.lexer();
    }

    private static final class Shell {
        static final RegexLexer LEXER = BashRules.lexer();
    }

    private static final Map<String, Supplier<RegexLexer>> LEXERS = Map.of(
            "python", () -> Python.LEXER, "py", () -> Python.LEXER, "sage", () -> Python.LEXER,
            "python3", () -> Python.LEXER, "py3", () -> Python.LEXER,
            "bash", () -> Shell.LEXER, "sh", () -> Shell.LEXER, "ksh", () -> Shell.LEXER, "zsh", () -> Shell.LEXER,
            "shell", () -> Shell.LEXER);

    private static final Set<String> PYGMENTS_NAMES = loadNames();

    private CodeTokens() {
    }

    public static Support support(String language) {
        String name = language.toLowerCase(Locale.ROOT);
        if (name.isEmpty() || name.equals("text")) {
            return Support.PLAIN;
        }
        if (LEXERS.containsKey(name)) {
            return Support.TOKENIZED;
        }
        return PYGMENTS_NAMES.contains(name) ? Support.NOT_EMULATED : Support.PLAIN;
    }

    /** The tokens of {@code code} in {@code language}, which {@link #support} says is tokenized. */
    public static List<Token> of(String code, String language) {
        String text = code.replace("\r\n", "\n").replace('\r', '\n');
        // Pygments strips the leading and trailing line ends and ends the text with one
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '\n') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '\n') {
            end--;
        }
        text = text.substring(start, end) + "\n";
        RegexLexer lexer = LEXERS.get(language.toLowerCase(Locale.ROOT)).get();
        try {
            return merged(lexer.tokens(text));
        } catch (RegexLexer.TooCostly | StackOverflowError tooDeep) {
            // pathological code (Pygments would take minutes), or a rule whose matching recursed too
            // deep for this thread's stack (the rules are written not to): plain text rather than never
            return List.of(new Token(List.of(), code.strip()));
        }
    }

    private static List<Token> merged(List<RegexLexer.Token> tokens) {
        List<Token> out = new ArrayList<>();
        String type = null;
        StringBuilder value = new StringBuilder();
        for (RegexLexer.Token token : tokens) {
            if (token.type().equals(type)) {
                value.append(token.text());
                continue;
            }
            if (type != null) {
                out.add(new Token(classes(type), value.toString()));
            }
            type = token.type();
            value.setLength(0);
            value.append(token.text());
        }
        if (type != null) {
            String last = value.toString();
            if (last.endsWith("\n")) {
                last = last.substring(0, last.length() - 1);
            }
            if (!last.isEmpty()) {
                out.add(new Token(classes(type), last));
            }
        }
        return out;
    }

    private static List<String> classes(String type) {
        List<String> classes = new ArrayList<>();
        for (String part : type.toLowerCase(Locale.ROOT).split("\\.")) {
            if (!part.isEmpty() && !part.equals("token") && !part.equals("text")) {
                classes.add(part);
            }
        }
        return classes;
    }

    private static Set<String> loadNames() {
        Set<String> names = new HashSet<>();
        try (InputStream in = CodeTokens.class.getResourceAsStream("pygments-lexer-names.txt")) {
            if (in == null) {
                return names;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
