package io.github.specwright.core.internal.rst.inline;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The interpreted text roles a document may use without error: docutils' standard roles (with
 * their English aliases) and the roles a Sphinx build adds, including the standard domains'.
 * Role names are compared case-insensitively, as docutils does. Immutable; {@link #with} returns
 * an extended copy, for projects that register their own roles.
 */
public final class Roles {

    private static final Set<String> DOCUTILS = Set.of(
            "abbreviation", "ab", "acronym", "ac", "anonymous-reference", "citation-reference",
            "code", "emphasis", "footnote-reference", "index", "i", "literal", "math",
            "named-reference", "pep-reference", "pep", "raw", "rfc-reference", "rfc", "strong",
            "subscript", "sub", "substitution-reference", "superscript", "sup", "target",
            "title-reference", "title", "t", "uri-reference", "uri", "url",
            "restructuredtext-unimplemented-role");

    private static final Set<String> SPHINX = Set.of(
            "any", "doc", "download", "envvar", "keyword", "numref", "option", "ref", "term",
            "token", "abbr", "command", "dfn", "file", "guilabel", "kbd", "mailheader", "makevar",
            "manpage", "menuselection", "mimetype", "newsgroup", "program", "regexp", "samp",
            "eq", "cve", "cwe", "pep", "rfc", "index", "math", "code", "todo");

    /** Roles of Sphinx's domains; each is known bare (default domain py) and prefixed. */
    private static final String[][] DOMAIN_ROLES = {
        {"py", "attr", "class", "const", "data", "exc", "func", "meth", "mod", "obj", "type"},
        {"c", "data", "enum", "enumerator", "expr", "func", "macro", "member", "struct", "texpr",
            "type", "union", "var"},
        {"cpp", "any", "class", "concept", "enum", "enumerator", "expr", "func", "member", "struct",
            "texpr", "type", "union", "var"},
        {"js", "attr", "class", "data", "func", "meth", "mod"},
        {"rst", "dir", "role"},
        {"std", "doc", "envvar", "keyword", "numref", "option", "ref", "term", "token"},
        {"math", "numref"},
    };

    private static final Roles STANDARD = new Roles(standardNames());

    private final Set<String> names;

    private Roles(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    /** docutils' and Sphinx's roles. */
    public static Roles standard() {
        return STANDARD;
    }

    /** A copy that also knows {@code extra} role names. */
    public Roles with(Collection<String> extra) {
        Set<String> all = new HashSet<>(names);
        for (String name : extra) {
            all.add(name.toLowerCase(Locale.ROOT));
        }
        return new Roles(all);
    }

    public boolean isKnown(String role) {
        return names.contains(role.toLowerCase(Locale.ROOT));
    }

    private static Set<String> standardNames() {
        Set<String> all = new HashSet<>(DOCUTILS);
        all.addAll(SPHINX);
        for (String[] domain : DOMAIN_ROLES) {
            for (int i = 1; i < domain.length; i++) {
                all.add(domain[0] + ":" + domain[i]);
                if (domain[0].equals("py") || domain[0].equals("std")) {
                    all.add(domain[i]);
                }
            }
        }
        return all;
    }
}
