package io.github.specwright.core.internal.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.internal.highlight.CodeTokens.Support;
import io.github.specwright.core.internal.highlight.CodeTokens.Token;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Code tokens as docutils 0.19 makes them with Pygments 2.14 (each expectation printed by them for the same code).
 * Whole documents are compared in {@code PseudoXmlTest}.
 */
class CodeTokensTest {

    private static Token token(String text, String... classes) {
        return new Token(List.of(classes), text);
    }

    @Test
    void pythonKeywordsNamesStringsAndNumbers() {
        assertThat(CodeTokens.of("def f(x):\n    return x + 0x1F  # hex\n", "python")).containsExactly(
                token("def", "keyword"), token(" "), token("f", "name", "function"),
                token("(", "punctuation"), token("x", "name"), token("):", "punctuation"),
                token("\n", "whitespace"), token("    "), token("return", "keyword"), token(" "), token("x", "name"),
                token(" "), token("+", "operator"), token(" "), token("0x1F", "literal", "number", "hex"),
                token("  "), token("# hex", "comment", "single"));
    }

    @Test
    @Timeout(10)
    void longStringsAreStringsNotAStackOverflow() {
        // Rules written as Pygments writes them ((?:.|\n)*?, (a|b)*) recurse once per character in Java's engine.
        String long20k = "x".repeat(20_000);
        assertThat(CodeTokens.of("'''" + long20k + "'''", "python"))
                .contains(token("'''" + long20k + "'''", "literal", "string", "doc"));
        assertThat(CodeTokens.of("echo \"" + long20k + "\"", "bash"))
                .contains(token("\"" + long20k + "\"", "literal", "string", "double"));
        assertThat(CodeTokens.of("echo $'" + long20k + "\\n'", "bash"))
                .contains(token("$'" + long20k + "\\n'", "literal", "string", "single"));
        assertThat(CodeTokens.of("echo \"$A " + long20k + "\\\"\"", "bash"))
                .contains(token(" " + long20k + "\\\"\"", "literal", "string", "double")); // the closing quote merges in
    }

    @Test
    void bashVariablesOperatorsAndEscapes() {
        assertThat(CodeTokens.of("export A=$HOME \\\n  && echo \"$A\"", "bash")).containsExactly(
                token("export", "name", "builtin"), token(" ", "whitespace"), token("A", "name", "variable"),
                token("=", "operator"), token("$HOME", "name", "variable"), token(" ", "whitespace"),
                token("\\\n", "literal", "string", "escape"), token("  ", "whitespace"), token("&&", "operator"),
                token(" ", "whitespace"), token("echo", "name", "builtin"), token(" ", "whitespace"),
                token("\"", "literal", "string", "double"), token("$A", "name", "variable"),
                token("\"", "literal", "string", "double"));
    }

    @Test
    void whichLanguagesAreTokenized() {
        assertThat(CodeTokens.support("Python3")).isEqualTo(Support.TOKENIZED);
        assertThat(CodeTokens.support("sh")).isEqualTo(Support.TOKENIZED);
        assertThat(CodeTokens.support("latex")).isEqualTo(Support.NOT_EMULATED);
        assertThat(CodeTokens.support("s-lang")).isEqualTo(Support.PLAIN);
        assertThat(CodeTokens.support("text")).isEqualTo(Support.PLAIN);
    }

    @Test
    @Timeout(20)
    void codeThatWouldTakePygmentsMinutesIsPlainText() {
        // every line opens a here-document that never ends: Pygments rescans the rest of the text from each
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            code.append("cat <<W").append(i).append(" x\n");
        }
        long start = System.nanoTime();
        List<Token> tokens = CodeTokens.of(code.toString(), "bash");
        assertThat(tokens).containsExactly(token(code.toString().strip()));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
    }
}
