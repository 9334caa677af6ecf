package io.github.specwright.core.internal.markdown;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Heading anchors as GitHub makes them for Markdown files: the heading's text lower-cased, every
 * character but letters, marks, digits, connector punctuation ({@code _}), hyphens and spaces
 * dropped, spaces turned into hyphens; a repeated anchor gets {@code -1}, {@code -2}... in
 * document order. markdownlint's MD051 reads fragments the same way. One instance per document.
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
}
