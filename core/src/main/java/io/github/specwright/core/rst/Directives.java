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
        /** No content is permitted. */
        NONE
    }

    /** The shape of a directive: argument counts, whether the last argument may hold spaces, options and content. */
    public record Spec(String name, int requiredArguments, int optionalArguments, boolean finalArgumentWhitespace,
                       boolean hasOptions, Content content) {
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
                "parsed-literal", "replace", "date", "meta", "contents", "sectnum", "section-numbering", "target-notes",
                "footnotes");
        add(Content.BODY, 1, 0, true, true, "admonition", "topic");
        add(Content.BODY, 0, 1, true, true, "sidebar", "container", "table", "csv-table", "list-table");
        add(Content.NONE, 1, 0, true, true, "rubric", "title", "class", "unicode", "default-role", "include",
                "centered", "tabularcolumns", "highlight", "literalinclude");
        add(Content.NONE, 1, 0, false, true, "image");
        add(Content.BODY, 1, 0, false, true, "figure");
        add(Content.BODY, 1, 0, true, true, "role");
        add(Content.LITERAL, 1, 0, true, true, "raw", "productionlist");
        add(Content.LITERAL, 0, 1, false, true, "code", "code-block", "sourcecode");
        add(Content.LITERAL, 0, 0, true, true, "math");
        // Sphinx
        add(Content.BODY, 0, 0, false, true, "glossary", "seealso", "hlist", "todo", "todolist", "acks", "tabs");
        add(Content.BODY, 0, 1, true, true, "tab");
        // content that is a list of names or a diagram source, not body markup
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

    private final Map<String, Spec> known;

    private Directives(Map<String, Spec> known) {
        this.known = known;
    }

    /** The standard set. */
    public static Directives standard() {
        return new Directives(STANDARD);
    }

    /** The standard set plus {@code extraNames}, which take any arguments and body content. */
    public static Directives withExtra(Set<String> extraNames) {
        Map<String, Spec> map = new HashMap<>(STANDARD);
        for (String name : extraNames) {
            String key = name.toLowerCase(Locale.ROOT);
            map.putIfAbsent(key, new Spec(key, 0, 1, true, true, Content.BODY));
        }
        return new Directives(map);
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
