package io.github.specwright.core.internal.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.sequence.Escaping;
import io.github.specwright.core.model.Diagnostic;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code md-broken-fragment}, markdownlint's MD051: a link to {@code #fragment} in the same file
 * that names no heading anchor (as GitHub makes them, see {@link GithubAnchors}) and no HTML
 * {@code id} or {@code name}. GitHub's {@code #top} and line links ({@code #L10},
 * {@code #L10-L20}) always work. Inline links are reported where they are written, reference
 * links at their definition, where the fragment is written.
 */
final class BrokenFragments {

    private static final Pattern HTML_ANCHOR = Pattern.compile(
            "<[A-Za-z][^>]*?\\s(?:id|name)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))");
    private static final Pattern ALWAYS_THERE = Pattern.compile("top|L\\d+(?:C\\d+)?(?:-L\\d+(?:C\\d+)?)?");

    private final LineIndex index;
    private final List<Diagnostic> diagnostics;

    BrokenFragments(LineIndex index, List<Diagnostic> diagnostics) {
        this.index = index;
        this.diagnostics = diagnostics;
    }

    /** Checks the links of {@code ast}, whose headings have the anchors {@code headingAnchors} ({@link GithubAnchors#ofHeadings}). */
    void check(com.vladsch.flexmark.util.ast.Document ast, java.util.Map<Heading, String> headingAnchors) {
        Set<String> anchors = anchors(ast, headingAnchors);
        for (com.vladsch.flexmark.util.ast.Node node : ast.getDescendants()) {
            if (node instanceof Link link) {
                check(link.getUrl().toString(), node, anchors);
            } else if (node instanceof Reference definition) {
                check(definition.getUrl().toString(), node, anchors);
            }
        }
    }

    private void check(String written, com.vladsch.flexmark.util.ast.Node node, Set<String> anchors) {
        String url = Escaping.unescapeString(written);
        if (!url.startsWith("#") || url.length() == 1) {
            return;
        }
        String fragment = url.substring(1);
        if (anchors.contains(fragment) || anchors.contains(decoded(fragment)) || ALWAYS_THERE.matcher(fragment).matches()) {
            return;
        }
        int start = node.getStartOffset();
        diagnostics.add(new Diagnostic(index.line(start), index.column(start), Diagnostic.Level.ERROR,
                "md-broken-fragment", "the link to " + url + " names no heading or anchor of this file;"
                        + " link a heading's anchor (its text in lower case, punctuation dropped, spaces as -)"
                        + " or add the anchor"));
    }

    /** Every fragment the file defines: its headings' anchors and its HTML ids and names. */
    private static Set<String> anchors(com.vladsch.flexmark.util.ast.Document ast, java.util.Map<Heading, String> headingAnchors) {
        Set<String> anchors = new HashSet<>(headingAnchors.values());
        for (com.vladsch.flexmark.util.ast.Node node : ast.getDescendants()) {
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                Matcher anchor = HTML_ANCHOR.matcher(node.getChars());
                while (anchor.find()) {
                    String value = anchor.group(1) != null ? anchor.group(1)
                            : anchor.group(2) != null ? anchor.group(2) : anchor.group(3);
                    anchors.add(Escaping.unescapeHtml(value));
                }
            }
        }
        return anchors;
    }

    private static String decoded(String fragment) {
        try {
            return URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return fragment;
        }
    }
}
