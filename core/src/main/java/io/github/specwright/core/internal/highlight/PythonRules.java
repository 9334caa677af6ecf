package io.github.specwright.core.internal.highlight;

import static io.github.specwright.core.internal.highlight.RegexLexer.words;

import io.github.specwright.core.internal.highlight.RegexLexer.Action;

/**
 * Python 3 as Pygments 2.14's PythonLexer reads it (the Pygments of Debian 12, beside docutils 0.19): keywords,
 * soft keywords, builtins, magic names, decorators, numbers in every form, operators, and strings (raw, bytes,
 * f-strings) with their escapes and formatting fields.
 */
final class PythonRules {

    private PythonRules() {
    }

    /** An identifier: a letter or underscore, then letters, marks, digits and connectors (Unicode's XID rules). */
    private static final String NAME = "[\\p{L}\\p{Nl}_][\\p{L}\\p{Nl}\\p{Mn}\\p{Mc}\\p{Nd}\\p{Pc}]*";

    private static final String[] KEYWORDS = {"False", "None", "True", "and", "as", "assert", "async", "await",
        "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
        "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
        "yield"};

    static RegexLexer lexer() {
        RegexLexer lexer = new RegexLexer();
        lexer.state("keywords")
                .rule(words("", "\\b", "assert", "async", "await", "break", "continue", "del", "elif", "else",
                        "except", "finally", "for", "global", "if", "lambda", "pass", "raise", "nonlocal", "return",
                        "try", "while", "yield", "yield from", "as", "with"), "Keyword")
                .rule(words("", "\\b", "True", "False", "None"), "Keyword.Constant");
        lexer.state("expr-keywords")
                .rule(words("", "\\b", "async for", "await", "else", "for", "if", "lambda", "yield", "yield from"),
                        "Keyword")
                .rule(words("", "\\b", "True", "False", "None"), "Keyword.Constant");
        lexer.state("soft-keywords")
                .rule("(^[ \\t]*)(match|case)\\b(?![ \\t]*(?:[:,;=^&|@~)\\]}]|(?:" + String.join("|", KEYWORDS)
                        + ")\\b))", Action.groups("Text", "Keyword"), "soft-keywords-inner");
        lexer.state("soft-keywords-inner")
                .rule("(\\s+)([^\\n_]*)(_\\b)", Action.groups("Text.Whitespace", RegexLexer.SAME_LEXER, "Keyword"))
                .otherwise("#pop");
        lexer.state("builtins")
                .rule(words("(?<!\\.)", "\\b", "__import__", "abs", "all", "any", "bin", "bool", "bytearray",
                        "breakpoint", "bytes", "chr", "classmethod", "compile", "complex", "delattr", "dict", "dir",
                        "divmod", "enumerate", "eval", "filter", "float", "format", "frozenset", "getattr", "globals",
                        "hasattr", "hash", "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len",
                        "list", "locals", "map", "max", "memoryview", "min", "next", "object", "oct", "open", "ord",
                        "pow", "print", "property", "range", "repr", "reversed", "round", "set", "setattr", "slice",
                        "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip"),
                        "Name.Builtin")
                .rule("(?<!\\.)(self|Ellipsis|NotImplemented|cls)\\b", "Name.Builtin.Pseudo")
                .rule(words("(?<!\\.)", "\\b", "ArithmeticError", "AssertionError", "AttributeError",
                        "BaseException", "BufferError", "BytesWarning", "DeprecationWarning", "EOFError",
                        "EnvironmentError", "Exception", "FloatingPointError", "FutureWarning", "GeneratorExit",
                        "IOError", "ImportError", "ImportWarning", "IndentationError", "IndexError", "KeyError",
                        "KeyboardInterrupt", "LookupError", "MemoryError", "NameError", "NotImplementedError",
                        "OSError", "OverflowError", "PendingDeprecationWarning", "ReferenceError", "ResourceWarning",
                        "RuntimeError", "RuntimeWarning", "StopIteration", "SyntaxError", "SyntaxWarning",
                        "SystemError", "SystemExit", "TabError", "TypeError", "UnboundLocalError",
                        "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError",
                        "UnicodeWarning", "UserWarning", "ValueError", "VMSError", "Warning", "WindowsError",
                        "ZeroDivisionError", "BlockingIOError", "ChildProcessError", "ConnectionError",
                        "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError",
                        "FileExistsError", "FileNotFoundError", "InterruptedError", "IsADirectoryError",
                        "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError",
                        "StopAsyncIteration", "ModuleNotFoundError", "RecursionError", "EncodingWarning"),
                        "Name.Exception");
        lexer.state("magicfuncs")
                .rule(words("", "\\b", "__abs__", "__add__", "__aenter__", "__aexit__", "__aiter__", "__and__",
                        "__anext__", "__await__", "__bool__", "__bytes__", "__call__", "__complex__", "__contains__",
                        "__del__", "__delattr__", "__delete__", "__delitem__", "__dir__", "__divmod__", "__enter__",
                        "__eq__", "__exit__", "__float__", "__floordiv__", "__format__", "__ge__", "__get__",
                        "__getattr__", "__getattribute__", "__getitem__", "__gt__", "__hash__", "__iadd__", "__iand__",
                        "__ifloordiv__", "__ilshift__", "__imatmul__", "__imod__", "__imul__", "__index__", "__init__",
                        "__instancecheck__", "__int__", "__invert__", "__ior__", "__ipow__", "__irshift__", "__isub__",
                        "__iter__", "__itruediv__", "__ixor__", "__le__", "__len__", "__length_hint__", "__lshift__",
                        "__lt__", "__matmul__", "__missing__", "__mod__", "__mul__", "__ne__", "__neg__", "__new__",
                        "__next__", "__or__", "__pos__", "__pow__", "__prepare__", "__radd__", "__rand__",
                        "__rdivmod__", "__repr__", "__reversed__", "__rfloordiv__", "__rlshift__", "__rmatmul__",
                        "__rmod__", "__rmul__", "__ror__", "__round__", "__rpow__", "__rrshift__", "__rshift__",
                        "__rsub__", "__rtruediv__", "__rxor__", "__set__", "__setattr__", "__setitem__", "__str__",
                        "__sub__", "__subclasscheck__", "__truediv__", "__xor__"), "Name.Function.Magic");
        lexer.state("magicvars")
                .rule(words("", "\\b", "__annotations__", "__bases__", "__class__", "__closure__", "__code__",
                        "__defaults__", "__dict__", "__doc__", "__file__", "__func__", "__globals__",
                        "__kwdefaults__", "__module__", "__mro__", "__name__", "__objclass__", "__qualname__",
                        "__self__", "__slots__", "__weakref__"), "Name.Variable.Magic");
        lexer.state("numbers")
                .rule("(\\d(?:_?\\d)*\\.(?:\\d(?:_?\\d)*)?|(?:\\d(?:_?\\d)*)?\\.\\d(?:_?\\d)*)"
                        + "([eE][+-]?\\d(?:_?\\d)*)?", "Literal.Number.Float")
                .rule("\\d(?:_?\\d)*[eE][+-]?\\d(?:_?\\d)*j?", "Literal.Number.Float")
                .rule("0[oO](?:_?[0-7])+", "Literal.Number.Oct")
                .rule("0[bB](?:_?[01])+", "Literal.Number.Bin")
                .rule("0[xX](?:_?[a-fA-F0-9])+", "Literal.Number.Hex")
                .rule("\\d(?:_?\\d)*", "Literal.Number.Integer");
        lexer.state("name")
                .rule("@" + NAME, "Name.Decorator")
                .rule("@", "Operator")
                .rule(NAME, "Name");
        lexer.state("funcname")
                .include("magicfuncs")
                .rule(NAME, "Name.Function", "#pop")
                .otherwise("#pop");
        lexer.state("classname")
                .rule(NAME, "Name.Class", "#pop");
        lexer.state("import")
                .rule("(\\s+)(as)(\\s+)", Action.groups("Text", "Keyword", "Text"))
                .rule("\\.", "Name.Namespace")
                .rule(NAME, "Name.Namespace")
                .rule("(\\s*)(,)(\\s*)", Action.groups("Text", "Operator", "Text"))
                .otherwise("#pop");
        lexer.state("fromimport")
                .rule("(\\s+)(import)\\b", Action.groups("Text", "Keyword.Namespace"), "#pop")
                .rule("\\.", "Name.Namespace")
                .rule("None\\b", "Name.Builtin.Pseudo", "#pop")
                .rule(NAME, "Name.Namespace")
                .otherwise("#pop");
        lexer.state("rfstringescape")
                .rule("\\{\\{", "Literal.String.Escape")
                .rule("\\}\\}", "Literal.String.Escape");
        lexer.state("bytesescape")
                .rule("\\\\([\\\\abfnrtv\"\\']|\\n|x[a-fA-F0-9]{2}|[0-7]{1,3})", "Literal.String.Escape");
        lexer.state("stringescape")
                .rule("\\\\(N\\{.*?\\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8})", "Literal.String.Escape")
                .include("bytesescape");
        lexer.state("fstringescape")
                .include("rfstringescape")
                .include("stringescape");
        for (String quote : new String[] {"single", "double"}) {
            String type = quote.equals("single") ? "Literal.String.Single" : "Literal.String.Double";
            lexer.state("fstrings-" + quote)
                    .rule("\\}", "Literal.String.Interpol")
                    .rule("\\{", "Literal.String.Interpol", "expr-inside-fstring")
                    .rule("[^\\\\\\'\"{}\\n]+", type)
                    .rule("[\\'\"\\\\]", type);
            lexer.state("strings-" + quote)
                    .rule("%(\\(\\w+\\))?[-#0 +]*([0-9]+|[*])?(\\.([0-9]+|[*]))?[hlL]?[E-GXc-giorsaux%]",
                            "Literal.String.Interpol")
                    .rule("\\{((\\w+)((\\.\\w+)|(\\[[^\\]]+\\]))*)?(\\![sra])?"
                            + "(\\:(.?[<>=\\^])?[-+ ]?#?0?(\\d+)?,?(\\.\\d+)?[E-GXb-gnosx%]?)?\\}",
                            "Literal.String.Interpol")
                    .rule("[^\\\\\\'\"%{\\n]+", type)
                    .rule("[\\'\"\\\\]", type)
                    .rule("%|(\\{{1,2})", type);
        }
        // one state per kind of string: f-string or not, double or single quotes, triple or not
        String[][] kinds = {{"d", "\"", "Literal.String.Double", "double"}, {"s", "'", "Literal.String.Single", "single"}};
        for (String[] kind : kinds) {
            String quote = kind[1];
            for (String[] form : new String[][] {{"f", "fstrings-"}, {"s", "strings-"}}) {
                lexer.state(kind[0] + "q" + form[0])
                        .rule(quote, kind[2], "#pop")
                        .rule("\\\\\\\\|\\\\" + quote + "|\\\\\\n", "Literal.String.Escape")
                        .include(form[1] + kind[3]);
                lexer.state("t" + kind[0] + "q" + form[0])
                        .rule(quote.repeat(3), kind[2], "#pop")
                        .include(form[1] + kind[3])
                        .rule("\\n", kind[2]);
            }
        }
        // expr refers to combined states and is included by the f-string expression states and by root
        lexer.state("expr");
        stringStarts(lexer);
        lexer.rule("[^\\S\\n]+", "Text")
                .include("numbers")
                .rule("!=|==|<<|>>|:=|[-~+/*%=<>&^|.]", "Operator")
                .rule("[\\]{}:(),;\\[]", "Punctuation")
                .rule("(in|is|and|or|not)\\b", "Operator.Word")
                .include("expr-keywords")
                .include("builtins")
                .include("magicfuncs")
                .include("magicvars")
                .include("name");
        lexer.state("expr-inside-fstring")
                .rule("[{(\\[]", "Punctuation", "expr-inside-fstring-inner")
                .rule("(=\\s*)?(\\![sraf])?\\}", "Literal.String.Interpol", "#pop")
                .rule("(=\\s*)?(\\![sraf])?:", "Literal.String.Interpol", "#pop")
                .rule("\\s+", "Text.Whitespace")
                .include("expr");
        lexer.state("expr-inside-fstring-inner")
                .rule("[{(\\[]", "Punctuation", "expr-inside-fstring-inner")
                .rule("[\\])}]", "Punctuation", "#pop")
                .rule("\\s+", "Text.Whitespace")
                .include("expr");
        lexer.state("root")
                .rule("\\n", "Text.Whitespace")
                .rule("^(\\s*)([rRuUbB]{0,2})(\"\"\"[\\s\\S]*?\"\"\")",
                        Action.groups("Text.Whitespace", "Literal.String.Affix", "Literal.String.Doc"))
                .rule("^(\\s*)([rRuUbB]{0,2})('''[\\s\\S]*?''')",
                        Action.groups("Text.Whitespace", "Literal.String.Affix", "Literal.String.Doc"))
                .rule("\\A#!.+$", "Comment.Hashbang")
                .rule("#.*$", "Comment.Single")
                .rule("\\\\\\n", "Text")
                .rule("\\\\", "Text")
                .include("keywords")
                .include("soft-keywords")
                .rule("(def)((?:\\s|\\\\\\s)+)", Action.groups("Keyword", "Text"), "funcname")
                .rule("(class)((?:\\s|\\\\\\s)+)", Action.groups("Keyword", "Text"), "classname")
                .rule("(from)((?:\\s|\\\\\\s)+)", Action.groups("Keyword.Namespace", "Text"), "fromimport")
                .rule("(import)((?:\\s|\\\\\\s)+)", Action.groups("Keyword.Namespace", "Text"), "import")
                .include("expr");
        return lexer;
    }

    /** The string openings of expressions: prefixes, quotes, and the state each string is read in. */
    private static void stringStarts(RegexLexer lexer) {
        String[][] quotes = {{"\"\"\"", "Literal.String.Double", "tdq"}, {"'''", "Literal.String.Single", "tsq"},
            {"\"", "Literal.String.Double", "dq"}, {"'", "Literal.String.Single", "sq"}};
        // prefix, the escapes read inside (null: none, raw), the string states' kind (f: f-string, s: string);
        // in this order, as Pygments tries them
        String[][] kinds = {{"(?i)(rf|fr)", "rfstringescape", "f"}, {"([fF])", "fstringescape", "f"},
            {"(?i)(rb|br|r)", null, "s"}, {"([uU]?)", "stringescape", "s"}, {"([bB])", "bytesescape", "s"}};
        for (String[] kind : kinds) {
            for (String[] q : quotes) {
                String state = q[2] + kind[2];
                lexer.rule(kind[0] + "(" + q[0] + ")", Action.groups("Literal.String.Affix", q[1]),
                        kind[1] == null ? state : lexer.combined(kind[1], state));
            }
        }
    }
}
