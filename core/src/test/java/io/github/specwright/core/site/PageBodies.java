package io.github.specwright.core.site;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one normalisation under which a Markdown page body is compared with a reference renderer's
 * HTML (the CommonMark spec's in CommonMarkSpecTest, flexmark's in FlexmarkGfmParityTest; both
 * described in docs/markdown.md). It takes away what the site adds (section wrappers, the ¶ link
 * after a heading, {@code id} attributes, {@code class} attributes but a code block's
 * {@code language-} one) and writes what may be written several ways one way: tags with sorted
 * attributes, a boolean attribute bare, void elements without a slash, no whitespace between
 * tags, character references as the characters they stand for (but {@code &amp;}, {@code &lt;}
 * and {@code &gt;}: the sanitizer writes {@code "} as {@code &#34;}), links to a footnote and
 * back whatever the anchor's name (flexmark names them by number, the site by label as GitHub
 * does), and a task box's following no-break space (flexmark's) as a space.
 */
final class PageBodies {

    private static final Pattern SECTION_TAG = Pattern.compile("</?section[^>]*>");
    private static final Pattern HEADER_LINK = Pattern.compile("<a class=\"headerlink\"[^>]*>\u00b6</a>");
    private static final Pattern FOOTNOTE_LINK = Pattern.compile("href=\"#fn-[^\"]*\"");
    private static final Pattern FOOTNOTE_BACK_LINK = Pattern.compile("href=\"#fnref-[^\"]*\"");
    private static final Pattern TASK_BOX_SPACE = Pattern.compile("(<input[^>]*>)(?:\u00a0|&nbsp;|&#160;)");
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)((?:\\s+[^\\s=>/]+(?:=\"[^\"]*\")?)*)\\s*/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=>/]+)(?:=\"([^\"]*)\")?");
    private static final Pattern BETWEEN_TAGS = Pattern.compile(">\\s+<");
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#(?:([0-9]+)|[xX]([0-9a-fA-F]+));|&quot;");

    private PageBodies() {
    }

    static String normalise(String html) {
        String out = SECTION_TAG.matcher(html).replaceAll("");
        out = HEADER_LINK.matcher(out).replaceAll("");
        out = FOOTNOTE_LINK.matcher(out).replaceAll("href=\"#fn\"");
        out = FOOTNOTE_BACK_LINK.matcher(out).replaceAll("href=\"#fnref\"");
        out = TASK_BOX_SPACE.matcher(out).replaceAll("$1 ");
        Matcher tag = TAG.matcher(out);
        StringBuilder tags = new StringBuilder();
        while (tag.find()) {
            tag.appendReplacement(tags, Matcher.quoteReplacement(normaliseTag(tag.group(1), tag.group(2))));
        }
        tag.appendTail(tags);
        out = BETWEEN_TAGS.matcher(tags).replaceAll("><");
        return canonicalCharacterReferences(out).strip();
    }

    private static String normaliseTag(String name, String attributes) {
        Map<String, String> sorted = new TreeMap<>();
        Matcher attribute = ATTRIBUTE.matcher(attributes);
        while (attribute.find()) {
            String key = attribute.group(1).toLowerCase();
            String value = attribute.group(2);
            boolean decoration = key.equals("id") || key.equals("class") && (value == null || !value.startsWith("language-"));
            if (!decoration) {
                // A boolean attribute written bare, empty or as its own name means the same.
                sorted.put(key, value == null || value.isEmpty() || value.equals(key) ? key : value);
            }
        }
        StringBuilder out = new StringBuilder("<").append(name.toLowerCase());
        sorted.forEach((key, value) -> out.append(' ').append(key).append(value.equals(key) ? "" : "=\"" + value + "\""));
        return out.append('>').toString();
    }

    private static String canonicalCharacterReferences(String html) {
        return CHARACTER_REFERENCE.matcher(html).replaceAll(match -> {
            int code = match.group(1) != null ? Integer.parseInt(match.group(1))
                    : match.group(2) != null ? Integer.parseInt(match.group(2), 16) : '"';
            String character = code > 0x10FFFF ? "\uFFFD" : Character.toString(code);
            String escaped = switch (character) {
                case "&" -> "&amp;";
                case "<" -> "&lt;";
                case ">" -> "&gt;";
                default -> character;
            };
            return Matcher.quoteReplacement(escaped);
        });
    }
}
