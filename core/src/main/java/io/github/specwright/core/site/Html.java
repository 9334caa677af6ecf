package io.github.specwright.core.site;

import java.util.Locale;
import java.util.regex.Pattern;

/** Escaping and small helpers shared by everything that writes HTML. Every byte of source text goes through here. */
public final class Html {

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    private Html() {
    }

    /** Escapes text for element content and for double-quoted attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            boolean control = c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c == '\uFFFE' || c == '\uFFFF';
            if (replacement == null && !control) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16);
                out.append(text, 0, i);
            }
            // Control characters are not allowed in HTML text; drop them rather than emit invalid markup.
            if (replacement != null) {
                out.append(replacement);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * Whether a URI may be put in an {@code href} or {@code src}. Schemes that run code or embed content in the
     * page ({@code javascript:}, {@code vbscript:}, {@code data:}, {@code blob:}) are refused, so a spec cannot inject
     * script; browsers ignore tabs, newlines and controls inside a scheme, so those are removed before looking.
     */
    public static boolean isSafeUri(String uri) {
        if (uri == null) {
            return false;
        }
        StringBuilder cleaned = new StringBuilder();
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c > 0x20 && c != 0x7f) {
                cleaned.append(c);
            }
        }
        var matcher = SCHEME.matcher(cleaned);
        if (!matcher.find()) {
            return true;
        }
        return switch (matcher.group(1).toLowerCase(Locale.ROOT)) {
            case "javascript", "vbscript", "livescript", "data", "blob" -> false;
            default -> true;
        };
    }

}
