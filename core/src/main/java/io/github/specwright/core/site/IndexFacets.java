package io.github.specwright.core.site;

import io.github.specwright.core.lifecycle.ReleaseNames;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The index page's filters by status, release and directory. Each listed spec carries its values as
 * {@code data-*} attributes and the form lists every value with its count; {@code facets.js} shows the form and
 * hides what does not match. Without script the form stays hidden and the list is complete: nothing depends on a
 * server or on script to be read.
 */
final class IndexFacets {

    /** The value of an entry that has no status or release, shown as "(none)". */
    static final String NONE = "none";

    private IndexFacets() {
    }

    /** The {@code data-status}, {@code data-release} and {@code data-dir} attributes of one listed spec. */
    static String dataAttributes(IndexPage.Entry entry, CatalogEntry catalogEntry) {
        return " data-status=\"" + Html.escape(status(catalogEntry)) + "\" data-release=\""
                + Html.escape(release(catalogEntry)) + "\" data-dir=\""
                + Html.escape(SitePage.directoryOf(entry.listedPath())) + "\"";
    }

    /** The form: one select per facet, each value with the number of listed specs that have it. */
    static String form(Map<String, List<IndexPage.Entry>> specGroups, Map<String, CatalogEntry> catalog) {
        Map<String, Integer> statuses = new TreeMap<>(Comparator.comparing((String s) -> s.equals(NONE))
                .thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> releases = new TreeMap<>(Comparator.comparing((String s) -> s.equals(NONE))
                .thenComparing(ReleaseNames.ORDER.reversed()));
        Map<String, Integer> directories = new LinkedHashMap<>();
        int total = 0;
        for (Map.Entry<String, List<IndexPage.Entry>> group : specGroups.entrySet()) {
            for (IndexPage.Entry entry : group.getValue()) {
                CatalogEntry catalogEntry = catalog.get(entry.page().sourcePath());
                statuses.merge(status(catalogEntry), 1, Integer::sum);
                releases.merge(release(catalogEntry), 1, Integer::sum);
                directories.merge(group.getKey(), 1, Integer::sum);
                total++;
            }
        }
        StringBuilder out = new StringBuilder(4096);
        out.append("<form class=\"facets\" id=\"facets\" hidden=\"hidden\">\n<fieldset>\n")
                .append("<legend>Show only</legend>\n");
        select(out, "status", "Status", statuses);
        select(out, "release", "Release", releases);
        select(out, "dir", "Directory", directories);
        out.append("<button type=\"reset\">Show all</button>\n")
                .append("<p class=\"facet-count\" id=\"facet-count\" aria-live=\"polite\">").append(total)
                .append(" of ").append(total).append(" listed</p>\n</fieldset>\n</form>\n");
        return out.toString();
    }

    private static void select(StringBuilder out, String name, String label, Map<String, Integer> counts) {
        out.append("<label>").append(label).append(" <select name=\"").append(name).append("\" id=\"facet-")
                .append(name).append("\">\n<option value=\"\">all</option>\n");
        for (Map.Entry<String, Integer> value : counts.entrySet()) {
            String shown = value.getKey().equals(NONE) ? "(none)"
                    : name.equals("dir") && value.getKey().startsWith("specs/") ? value.getKey().substring(6) : value.getKey();
            out.append("<option value=\"").append(Html.escape(value.getKey())).append("\">").append(Html.escape(shown))
                    .append(" (").append(value.getValue()).append(")</option>\n");
        }
        out.append("</select></label>\n");
    }

    private static String status(CatalogEntry entry) {
        return entry == null || entry.status() == null ? NONE : entry.status();
    }

    private static String release(CatalogEntry entry) {
        return entry == null || entry.release() == null ? NONE : entry.release();
    }
}
