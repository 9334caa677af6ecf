package io.github.specwright.core.rst;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The directives the parser knows: docutils' standard set and Sphinx's, each with the shape
 * of its arguments and what its content is. Extra names (an extension's directives) can be
 * added; they are accepted with any arguments and body content.
 */
public final class Directives {

    /** How a directive's content is read. */
    public enum Content {
        /** Body elements (admonitions, containers, ...): parsed as reStructuredText. */
        BODY,
        /** Literal text (code, math, raw data). */
        LITERAL,
        /** Text laid out as written whose inline markup is read ({@code parsed-literal}). */
        PARSED_LITERAL,
        /** No content is permitted. */
        NONE
    }

    /** The shape of a directive: argument counts, whether the last argument may hold spaces, options and content. */
    public record Spec(String name, int requiredArguments, int optionalArguments, boolean finalArgumentWhitespace,
                       boolean hasOptions, Content content) {

        /** The option names this directive accepts, or null when any name is accepted. */
        public Set<String> optionNames() {
            return OPTIONS.get(name);
        }

        /** Whether the directive takes options at all (without, an option-like line is content). */
        public boolean takesOptions() {
            Set<String> names = optionNames();
            return hasOptions && (names == null || !names.isEmpty());
        }
    }

    /** Option names of the directives whose option set is fixed (docutils' and Sphinx's own). */
    private static final Map<String, Set<String>> OPTIONS = new HashMap<>();

    private static void options(Set<String> names, String... directives) {
        for (String directive : directives) {
            OPTIONS.put(directive, names);
        }
    }

    static {
        Set<String> classAndName = Set.of("class", "name");
        options(classAndName, "attention", "caution", "danger", "error", "hint", "important", "note", "tip",
                "warning", "admonition", "topic", "rubric", "compound", "line-block", "parsed-literal", "seealso",
                "todo");
        options(Set.of(), "epigraph", "highlights", "pull-quote", "only", "versionadded", "versionchanged",
                "deprecated", "versionremoved", "replace", "centered", "hlist", "tabularcolumns");
        options(Set.of("subtitle", "class", "name"), "sidebar");
        options(Set.of("name"), "container", "index");
        Set<String> image = Set.of("alt", "height", "width", "scale", "align", "name", "target", "class", "loading");
        options(image, "image");
        Set<String> figure = new java.util.HashSet<>(image);
        figure.addAll(Set.of("figwidth", "figclass"));
        options(Set.copyOf(figure), "figure");
        options(Set.of("class", "name", "align", "width", "widths"), "table");
        options(Set.of("header-rows", "stub-columns", "width", "widths", "class", "name", "align"), "list-table");
        options(Set.of("header-rows", "stub-columns", "header", "width", "widths", "file", "url", "encoding", "class",
                "name", "align", "delim", "keepspace", "quote", "escape"), "csv-table");
        options(Set.of("class", "name", "number-lines", "force", "linenos", "dedent", "lineno-start",
                "emphasize-lines", "caption"), "code", "code-block", "sourcecode");
        options(Set.of("maxdepth", "name", "class", "caption", "glob", "hidden", "includehidden", "numbered",
                "titlesonly", "reversed"), "toctree");
        options(Set.of("depth", "local", "backlinks", "class"), "contents");
        options(Set.of("trim", "ltrim", "rtrim"), "unicode");
        options(Set.of("file", "url", "encoding", "class"), "raw");
    }

    private static final Map<String, Spec> STANDARD = new HashMap<>();

    private static void add(Content content, int required, int optional, boolean whitespace, boolean options, String... names) {
        for (String name : names) {
            STANDARD.put(name, new Spec(name, required, optional, whitespace, options, content));
        }
    }

    static {
        // docutils: admonitions and other body-content directives
        add(Content.BODY, 0, 0, false, true, "attention", "caution", "danger", "error", "hint", "important", "note",
                "tip", "warning", "epigraph", "highlights", "pull-quote", "compound", "header", "footer", "line-block",
                "replace", "date", "contents", "sectnum", "section-numbering", "target-notes",
                "footnotes");
        add(Content.BODY, 1, 0, true, true, "admonition", "topic");
        add(Content.BODY, 0, 1, true, true, "sidebar", "container", "table", "csv-table", "list-table");
        add(Content.PARSED_LITERAL, 0, 0, false, true, "parsed-literal");
        // meta's content is a field list of its own, not options
        add(Content.BODY, 0, 0, false, false, "meta");
        // class applies its classes to its content, or to the next element when it has none
        add(Content.BODY, 1, 0, true, true, "class");
        add(Content.NONE, 1, 0, true, true, "rubric", "title", "unicode", "default-role", "include",
                "centered", "tabularcolumns", "highlight", "literalinclude");
        add(Content.NONE, 1, 0, true, true, "image");
        add(Content.BODY, 1, 0, true, true, "figure");
        add(Content.BODY, 1, 0, true, true, "role");
        add(Content.LITERAL, 1, 0, true, true, "raw", "productionlist");
        add(Content.LITERAL, 0, 1, false, true, "code", "code-block", "sourcecode");
        add(Content.LITERAL, 0, 0, true, true, "math");
        // Sphinx
        add(Content.BODY, 0, 0, false, true, "seealso", "hlist", "todo", "todolist", "acks", "tabs");
        add(Content.BODY, 0, 1, true, true, "tab");
        // content that is a list of names or a diagram source, not body markup
        // glossary: Sphinx's own syntax (several terms over one definition), not a definition list
        add(Content.LITERAL, 0, 0, false, true, "glossary");
        add(Content.LITERAL, 0, 1, true, true, "toctree", "autosummary", "graphviz", "digraph", "graph",
                "blockdiag", "seqdiag", "nwdiag", "actdiag", "plantuml");
        add(Content.BODY, 1, 0, true, true, "only", "index", "deprecated");
        add(Content.BODY, 1, 1, true, true, "versionadded", "versionchanged", "versionremoved");
        add(Content.BODY, 1, 0, true, true, "default-domain", "describe", "object", "program", "option", "envvar",
                "currentmodule", "module", "function", "method", "attribute", "data", "exception",
                "automodule", "autoclass", "autofunction", "automethod", "autoattribute", "autoexception");
    }

    /** Directives that produce no visible element (docutils' Invisible nodes, or nothing at all). */
    private static final Set<String> INVISIBLE = Set.of("index", "meta", "contents", "sectnum", "section-numbering",
            "title", "default-role", "role", "class", "target-notes", "default-domain", "currentmodule", "module");

    /** Directives whose result is inline and so may define a substitution. */
    private static final Set<String> INLINE = Set.of("replace", "unicode", "date", "image", "raw");

    private final Map<String, Spec> known;
    private final Set<String> extra;

    private Directives(Map<String, Spec> known, Set<String> extra) {
        this.known = known;
        this.extra = extra;
    }

    /** Whether the directive {@code name} can define a substitution (its result is inline text or an image). */
    public boolean isInline(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return INLINE.contains(key) || extra.contains(key);
    }

    /** The standard set. */
    public static Directives standard() {
        return new Directives(STANDARD, Set.of());
    }

    /** The standard set plus {@code extraNames}, which take any arguments and body content. */
    public static Directives withExtra(Set<String> extraNames) {
        Map<String, Spec> map = new HashMap<>(STANDARD);
        Set<String> lowered = new java.util.HashSet<>();
        for (String name : extraNames) {
            String key = name.toLowerCase(Locale.ROOT);
            lowered.add(key);
            map.putIfAbsent(key, new Spec(key, 0, 1, true, true, Content.BODY));
        }
        return new Directives(map, Set.copyOf(lowered));
    }

    /**
     * Whether a directive named {@code name} leaves no visible element in the document (unknown
     * directives leave only an error): such directives may precede the document title.
     */
    public boolean isInvisible(String name) {
        return find(name) == null || INVISIBLE.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The spec of {@code name} (matched case-insensitively, also with a domain prefix like {@code py:function}), or null when unknown. */
    public Spec find(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        Spec spec = known.get(key);
        if (spec == null && key.indexOf(':') > 0) {
            // Sphinx domain directives (py:function, c:macro, ...): accept with a line of arguments.
            return new Spec(key, 0, 1, true, true, Content.BODY);
        }
        return spec;
    }
}
