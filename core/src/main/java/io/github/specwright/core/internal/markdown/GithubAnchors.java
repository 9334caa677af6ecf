package io.github.specwright.core.internal.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Heading anchors as GitHub makes them for Markdown files: the heading's text lower-cased, every
 * character but letters, marks, digits, connector punctuation ({@code _}), hyphens and spaces
 * dropped, spaces turned into hyphens; a repeated anchor gets {@code -1}, {@code -2}... in
 * document order. markdownlint's MD051 reads fragments the same way. One instance per document;
 * {@link #ofHeadings} gives every heading of a parsed file its anchor, which the model's titles
 * carry (the site's ids, md-broken-fragment and the priorities check read them).
 */
public final class GithubAnchors {

    private static final Pattern DROPPED = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}\\p{Nl}\\p{No}\\p{Pc}\\- ]");

    private final Map<String, Integer> seen = new HashMap<>();

    /** The anchor of the next heading with the visible text {@code headingText}. */
    public String next(String headingText) {
        String slug = slug(headingText);
        String anchor = slug;
        // The second "x" is x-1, unless a heading already took x-1: then x-2, and so on.
        while (seen.containsKey(anchor)) {
            int count = seen.merge(slug, 1, Integer::sum);
            anchor = slug + "-" + count;
        }
        seen.put(anchor, 0);
        return anchor;
    }

    /** The anchor of {@code headingText} before duplicates are numbered. */
    public static String slug(String headingText) {
        String lower = headingText.strip().toLowerCase(Locale.ROOT);
        return DROPPED.matcher(lower).replaceAll("").replace(' ', '-');
    }

    /** The anchor of every heading of {@code ast}, wherever it stands (in a quote or list item too), in document order. */
    static Map<Heading, String> ofHeadings(com.vladsch.flexmark.util.ast.Document ast) {
        GithubAnchors anchors = new GithubAnchors();
        Map<Heading, String> byHeading = new IdentityHashMap<>();
        for (com.vladsch.flexmark.util.ast.Node node : ast.getDescendants()) {
            if (node instanceof Heading heading) {
                byHeading.put(heading, anchors.next(visibleText(heading)));
            }
        }
        return byHeading;
    }

    /** A heading's text as GitHub slugs it: text and code, without markup, raw HTML or images. */
    static String visibleText(com.vladsch.flexmark.util.ast.Node parent) {
        StringBuilder out = new StringBuilder();
        for (com.vladsch.flexmark.util.ast.Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof com.vladsch.flexmark.ast.Text) {
                out.append(Escaping.unescapeString(node.getChars()));
            } else if (node instanceof Code code) {
                out.append(code.getText());
            } else if (node instanceof HtmlEntity) {
                out.append(Escaping.unescapeHtml(node.getChars()));
            } else if (node instanceof SoftLineBreak) {
                out.append(' ');
            } else if (!(node instanceof HtmlInlineBase || node instanceof Image || node instanceof ImageRef)) {
                out.append(visibleText(node));
            }
        }
        return out.toString();
    }
}
