package io.github.specwright.core.site;

import java.util.ArrayList;
import java.util.List;

/**
 * The line under a spec's title that tells a reader where it stands: release, status, authors and tracker link,
 * read from the same {@link CatalogEntry} that {@code specs.json} publishes, so the page and the data never disagree.
 */
final class SpecMetadataLine {

    private SpecMetadataLine() {
    }

    /** The line's HTML, or the empty string when the entry has nothing to show. */
    static String html(CatalogEntry entry) {
        List<String> items = new ArrayList<>();
        if (entry.release() != null) {
            items.add(item("release", "Release", Html.escape(entry.release())));
        }
        if (entry.status() != null) {
            items.add(item("status", "Status", Html.escape(entry.status())));
        }
        if (!entry.authors().isEmpty()) {
            items.add(item("authors", entry.authors().size() == 1 ? "Author" : "Authors",
                    Html.escape(String.join(", ", entry.authors()))));
        }
        String tracker = entry.trackerLink();
        if (tracker != null && Html.isSafeUri(tracker)) {
            items.add(item("tracker", "Tracker", "<a href=\"" + Html.escape(tracker) + "\">" + Html.escape(tracker) + "</a>"));
        }
        if (items.isEmpty()) {
            return "";
        }
        return "<p class=\"spec-meta\">" + String.join(" <span class=\"sep\" aria-hidden=\"true\">\u00b7</span> ", items)
                + "</p>\n";
    }

    private static String item(String name, String label, String valueHtml) {
        return "<span class=\"meta-" + name + "\"><span class=\"meta-label\">" + label + ":</span> " + valueHtml + "</span>";
    }

    /** The page body with the line placed right after the document title (or first when there is no title). */
    static String insertAfterTitle(String body, String line) {
        if (line.isEmpty()) {
            return body;
        }
        String titleEnd = "</h1>\n";
        int at = body.startsWith("<h1 class=\"title\">") ? body.indexOf(titleEnd) : -1;
        if (at < 0) {
            return line + body;
        }
        int insertAt = at + titleEnd.length();
        // A subtitle belongs with the title.
        if (body.startsWith("<p class=\"subtitle\">", insertAt)) {
            insertAt = body.indexOf("</p>\n", insertAt) + "</p>\n".length();
        }
        return body.substring(0, insertAt) + line + body.substring(insertAt);
    }
}
