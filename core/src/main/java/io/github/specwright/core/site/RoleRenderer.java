package io.github.specwright.core.site;

import io.github.specwright.core.model.InterpretedText;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders interpreted text: {@code :doc:} and {@code :ref:} become links resolved across the site (broken ones are
 * findings), code-like roles become {@code code}, and the standard docutils roles keep their meaning.
 */
final class RoleRenderer {

    /** {@code Title <target>}: an explicit link text before the target in angle brackets. */
    private static final Pattern EXPLICIT = Pattern.compile("^(.*?)\\s*<([^<>]+)>$", Pattern.DOTALL);

    /** Sphinx roles that name code objects, files, commands and options: shown as code. */
    private static final Set<String> CODE_ROLES = Set.of("code", "literal", "samp", "file", "command", "program",
            "mod", "class", "func", "meth", "attr", "exc", "obj", "data", "const", "envvar", "option", "makevar",
            "mailheader", "mimetype", "newsgroup", "regexp", "token", "keyword", "download", "py:mod", "py:class",
            "py:func", "py:meth", "py:attr", "py:exc", "py:obj", "py:data", "py:const", "any", "config", "oslo.config:option",
            "oslo.config:group", "rst:dir", "rst:role", "c:func", "c:type", "http:get", "http:post", "http:put",
            "http:patch", "http:delete", "http:head");

    private final HtmlRenderer html;

    RoleRenderer(HtmlRenderer html) {
        this.html = html;
    }

    void render(InterpretedText node) {
        String role = node.role() == null ? "title-reference" : node.role().toLowerCase(Locale.ROOT);
        String text = node.text();
        switch (role) {
            case "doc" -> documentReference(node);
            case "ref" -> labelReference(node);
            case "title-reference", "title", "t" -> wrap("cite", null, text);
            case "emphasis" -> wrap("em", null, text);
            case "strong" -> wrap("strong", null, text);
            case "subscript", "sub" -> wrap("sub", null, text);
            case "superscript", "sup" -> wrap("sup", null, text);
            case "kbd" -> wrap("kbd", null, text);
            case "dfn" -> wrap("dfn", null, text);
            case "abbr", "abbreviation", "acronym" -> abbreviation(text);
            case "term" -> wrap("em", "term", text);
            case "guilabel", "menuselection" -> wrap("span", role, text);
            case "math" -> wrap("code", "math", node.literalText());
            case "code" -> wrap("code", "xref code", node.literalText());
            case "raw-html" -> rawHtml(node, text);
            case "rfc", "rfc-reference" -> numbered(node, text, "RFC ", "https://datatracker.ietf.org/doc/html/rfc%s");
            case "pep", "pep-reference" -> numbered(node, text, "PEP ", "https://peps.python.org/pep-%04d/");
            default -> {
                if (CODE_ROLES.contains(role)) {
                    wrap("code", "xref " + role.replaceAll("[^a-z0-9-]", "-"), displayText(text));
                } else {
                    html.report(node, "site-unknown-role", "unknown role ':" + node.role() + ":': shown as code");
                    wrap("code", "unknown-role", text);
                }
            }
        }
    }

    /** Inline HTML of a Markdown document: passed through only when raw HTML is allowed, else shown as text. */
    private void rawHtml(InterpretedText node, String text) {
        if (html.context().allowRawHtml()) {
            html.tag(text);
            return;
        }
        if (html.sanitizedHtml(text)) {
            return;
        }
        html.report(node, "site-raw-html", "raw HTML is off: shown as text (a spec must not inject markup)");
        wrap("code", "raw-html", text);
    }

    /** Code roles may be written {@code ~a.b.c} (show the last part) or {@code title <target>}. */
    private static String displayText(String text) {
        Matcher explicit = EXPLICIT.matcher(text);
        if (explicit.matches() && !explicit.group(1).isEmpty()) {
            return explicit.group(1);
        }
        if (text.startsWith("~")) {
            String target = text.substring(1);
            return target.substring(target.lastIndexOf('.') + 1);
        }
        return text.startsWith("!") ? text.substring(1) : text;
    }

    private void wrap(String tag, String cssClass, String text) {
        html.tag("<").tag(tag);
        if (cssClass != null) {
            html.tag(" class=\"").text(cssClass).tag("\"");
        }
        html.tag(">").text(text).tag("</").tag(tag).tag(">");
    }

    private void abbreviation(String text) {
        Matcher explicit = EXPLICIT.matcher(text.replace('(', '<').replace(')', '>'));
        if (explicit.matches() && text.endsWith(")")) {
            html.tag("<abbr title=\"").text(explicit.group(2)).tag("\">").text(explicit.group(1)).tag("</abbr>");
        } else {
            wrap("abbr", null, text);
        }
    }

    private void numbered(InterpretedText node, String text, String prefix, String urlFormat) {
        String number = text.strip();
        if (!number.matches("\\d{1,6}")) {
            html.report(node, "site-broken-ref", prefix.strip() + " number expected, found '" + text + "'");
            wrap("span", null, text);
            return;
        }
        String url = String.format(Locale.ROOT, urlFormat, Integer.parseInt(number));
        html.link(url, "reference external", () -> html.text(prefix + number));
    }

    private void documentReference(InterpretedText node) {
        TitledTarget ref = TitledTarget.of(node.text());
        RenderContext.Link link = html.context().resolveDocument(ref.target());
        if (link == null) {
            html.report(node, "site-broken-doc-ref",
                    ":doc: names '" + ref.target() + "', which is not a document of this repository");
            unresolved(ref.shown(ref.target()));
            return;
        }
        html.link(link.href(), "reference internal", () -> html.text(ref.shown(link.title())));
    }

    private void labelReference(InterpretedText node) {
        TitledTarget ref = TitledTarget.of(node.text());
        String label = ref.target();
        RenderContext.Link link = html.context().resolveLabel(label);
        if (link == null) {
            // Like Sphinx's autosectionlabel, a section title of this document is a label too.
            var section = html.index().sectionNamed(label);
            if (section != null) {
                link = new RenderContext.Link("#" + html.index().idOf(section), section.title().rawText());
            }
        }
        if (link == null) {
            html.report(node, "site-broken-ref", ":ref: names '" + label + "', which is no label or section of this repository");
            unresolved(ref.shown(label));
            return;
        }
        RenderContext.Link resolved = link;
        html.link(resolved.href(), "reference internal", () -> html.text(ref.shown(resolved.title())));
    }

    private void unresolved(String shown) {
        html.tag("<span class=\"reference unresolved\">").text(shown).tag("</span>");
    }

    /** A cross-reference role's text: {@code title <target>} or a bare target. */
    private record TitledTarget(String title, String target) {

        static TitledTarget of(String text) {
            String target = text.strip();
            Matcher explicit = EXPLICIT.matcher(target);
            return explicit.matches()
                    ? new TitledTarget(explicit.group(1).strip(), explicit.group(2).strip())
                    : new TitledTarget(null, target);
        }

        /** The title given in the role, else {@code fallback}. */
        String shown(String fallback) {
            return title == null || title.isEmpty() ? fallback : title;
        }
    }
}
