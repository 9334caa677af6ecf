package io.github.specwright.core.internal.highlight;

import io.github.specwright.core.internal.highlight.RegexLexer.Action;

/**
 * Shell scripts as Pygments 2.14's BashLexer reads them (the Pygments of Debian 12, beside docutils 0.19): keywords
 * and builtins, comments, strings with their interpolations, {@code $(...)}, {@code $((...))}, {@code ${...}},
 * variables, here-documents and operators.
 */
final class BashRules {

    private BashRules() {
    }

    static RegexLexer lexer() {
        RegexLexer lexer = new RegexLexer();
        lexer.state("interp")
                .rule("\\$\\(\\(", "Keyword", "math")
                .rule("\\$\\(", "Keyword", "paren")
                .rule("\\$\\{#?", "Literal.String.Interpol", "curly")
                .rule("\\$[a-zA-Z_]\\w*", "Name.Variable")
                .rule("\\$(?:\\d+|[#$?!_*@-])", "Name.Variable")
                .rule("\\$", "Text");
        lexer.state("basic")
                .rule("\\b(if|fi|else|while|in|do|done|for|then|return|function|case|select|continue|until|esac"
                        + "|elif)(\\s*)\\b", Action.groups("Keyword", "Text.Whitespace"))
                .rule("\\b(alias|bg|bind|break|builtin|caller|cd|command|compgen|complete|declare|dirs|disown|echo"
                        + "|enable|eval|exec|exit|export|false|fc|fg|getopts|hash|help|history|jobs|kill|let|local"
                        + "|logout|popd|printf|pushd|pwd|read|readonly|set|shift|shopt|source|suspend|test|time|times"
                        + "|trap|true|type|typeset|ulimit|umask|unalias|unset|wait)(?=[\\s)`])", "Name.Builtin")
                .rule("\\A#!.+\\n", "Comment.Hashbang")
                .rule("#.*\\n", "Comment.Single")
                .rule("\\\\[\\w\\W]", "Literal.String.Escape")
                .rule("(\\b\\w+)(\\s*)(\\+?=)", Action.groups("Name.Variable", "Text.Whitespace", "Operator"))
                .rule("[\\[\\]{}()=]", "Operator")
                .rule("<<<", "Operator")
                .rule("<<-?\\s*(\\'?)\\\\?(\\w+)[\\w\\W]+?\\2", "Literal.String")
                .rule("&&|\\|\\|", "Operator");
        lexer.state("data")
                .rule("(?s)\\$?\"[^\"\\\\$]*+(?:\\\\.[^\"\\\\$]*+)*+\"", "Literal.String.Double")
                .rule("\"", "Literal.String.Double", "string")
                .rule("(?s)\\$'[^'\\\\]*+(?:\\\\.[^'\\\\]*+)*+'", "Literal.String.Single")
                .rule("(?s)'.*?'", "Literal.String.Single")
                .rule(";", "Punctuation")
                .rule("&", "Punctuation")
                .rule("\\|", "Punctuation")
                .rule("\\s+", "Text.Whitespace")
                .rule("\\d+\\b", "Literal.Number")
                .rule("[^=\\s\\[\\]{}()$\"'`\\\\<&|;]+", "Text")
                .rule("<", "Text");
        // root, paren, math, backticks and curly include root: define them in the order the includes need
        lexer.state("root")
                .include("basic")
                .rule("`", "Literal.String.Backtick", "backticks")
                .include("data")
                .include("interp");
        lexer.state("string")
                .rule("\"", "Literal.String.Double", "#pop")
                .rule("(?s)(?:[^\"\\\\$]|\\\\.)[^\"\\\\$]*+(?:\\\\.[^\"\\\\$]*+)*+", "Literal.String.Double")
                .include("interp");
        lexer.state("curly")
                .rule("\\}", "Literal.String.Interpol", "#pop")
                .rule(":-", "Keyword")
                .rule("\\w+", "Name.Variable")
                .rule("[^}:\"'`$\\\\]+", "Punctuation")
                .rule(":", "Punctuation")
                .include("root");
        lexer.state("paren")
                .rule("\\)", "Keyword", "#pop")
                .include("root");
        lexer.state("math")
                .rule("\\)\\)", "Keyword", "#pop")
                .rule("[-+*/%^|&]|\\*\\*|\\|\\|", "Operator")
                .rule("\\d+#\\d+", "Literal.Number")
                .rule("\\d+#(?! )", "Literal.Number")
                .rule("\\d+", "Literal.Number")
                .include("root");
        lexer.state("backticks")
                .rule("`", "Literal.String.Backtick", "#pop")
                .include("root");
        return lexer;
    }
}
