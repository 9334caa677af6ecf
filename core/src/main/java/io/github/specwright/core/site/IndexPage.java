package io.github.specwright.core.site;

import io.github.specwright.core.internal.check.consistency.DocumentKind;
import io.github.specwright.core.lifecycle.ReleaseNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The front page: priorities documents, then specs grouped by the directory they are listed in (status or release,
 * newest release first), then templates and other documents. A spec listed under several releases through symbolic
 * links appears in each group and links to its one page.
 */
final class IndexPage {

    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)*");
    private static final List<String> STATUS_ORDER = List.of("backlog", "approved", "not-implemented", "implemented");
    private static final List<String> LAST = List.of("retired", "abandoned", "superseded", "obsolete");

    /** One line of the index: a document listed under a directory, possibly through a link. */
    record Entry(String listedPath, SitePage page) {
        boolean isAlias() {
            return !listedPath.equals(page.sourcePath());
        }
    }

    private IndexPage() {
    }

    /**
     * The index page; {@code catalog} (source path to entry) gives each spec its status and release, which the
     * facets filter on.
     */
    static String html(String siteTitle, List<SitePage> pages, Map<String, SitePage> aliases,
            Map<String, CatalogEntry> catalog) {
        Map<String, List<Entry>> specGroups = new TreeMap<>(IndexPage::compareGroups);
        List<Entry> priorities = new ArrayList<>();
        List<Entry> templates = new ArrayList<>();
        List<Entry> others = new ArrayList<>();
        for (SitePage page : pages) {
            add(new Entry(page.sourcePath(), page), specGroups, priorities, templates, others);
        }
        for (Map.Entry<String, SitePage> alias : aliases.entrySet()) {
            add(new Entry(alias.getKey(), alias.getValue()), specGroups, priorities, templates, others);
        }
        StringBuilder main = new StringBuilder(64 * 1024);
        long specCount = pages.stream().filter(p -> p.kind() == DocumentKind.SPEC).count();
        main.append("<h1 class=\"title\">").append(Html.escape(siteTitle)).append("</h1>\n")
                .append("<p class=\"summary\">").append(specCount).append(" specs in ").append(specGroups.size())
                .append(" directories, ").append(priorities.size()).append(" priorities documents. ")
                .append("<a href=\"search.html\">Search</a> \u00b7 <a href=\"feed.xml\">Atom feed</a></p>\n");
        StringBuilder sidebar = new StringBuilder("<p class=\"toc-title\">On this page</p>\n<ul>\n");
        if (!priorities.isEmpty()) {
            priorities.sort(Comparator.comparing((Entry e) -> releaseKey(e.listedPath())).reversed());
            section(main, sidebar, "priorities", "Priorities", priorities, false);
        }
        if (!specGroups.isEmpty()) {
            main.append("<section id=\"specs\">\n<h2>Specifications</h2>\n");
            main.append(IndexFacets.form(specGroups, catalog));
            sidebar.append("<li><a href=\"#specs\">Specifications</a>\n<ul>\n");
            for (Map.Entry<String, List<Entry>> group : specGroups.entrySet()) {
                String name = group.getKey().startsWith("specs/") ? group.getKey().substring("specs/".length()) : group.getKey();
                group.getValue().sort(Comparator.comparing((Entry e) -> e.page().title().toLowerCase(Locale.ROOT))
                        .thenComparing(Entry::listedPath));
                groupList(main, sidebar, "group-" + io.github.specwright.core.resolve.DocutilsIds.makeId(group.getKey().replace('.', '-')), name, group.getValue(),
                        catalog);
            }
            sidebar.append("</ul></li>\n");
            main.append("</section>\n");
        }
        if (!templates.isEmpty()) {
            section(main, sidebar, "templates", "Templates", templates, true);
        }
        if (!others.isEmpty()) {
            section(main, sidebar, "other-documents", "Other documents", others, true);
        }
        sidebar.append("</ul>\n");
        String[] scripts = specGroups.isEmpty() ? new String[0] : new String[] {"facets.js"};
        return PageLayout.page(siteTitle, null, "index.html", sidebar.toString(), main.toString(), null, scripts);
    }

    private static void add(Entry entry, Map<String, List<Entry>> specGroups, List<Entry> priorities,
            List<Entry> templates, List<Entry> others) {
        switch (DocumentKind.of(entry.listedPath())) {
            case SPEC -> specGroups.computeIfAbsent(SitePage.directoryOf(entry.listedPath()), k -> new ArrayList<>()).add(entry);
            case PRIORITIES -> priorities.add(entry);
            case TEMPLATE -> templates.add(entry);
            default -> others.add(entry);
        }
    }

    private static void section(StringBuilder main, StringBuilder sidebar, String id, String heading, List<Entry> entries,
            boolean sortByPath) {
        if (sortByPath) {
            entries.sort(Comparator.comparing(Entry::listedPath));
        }
        main.append("<section id=\"").append(id).append("\">\n<h2>").append(Html.escape(heading)).append("</h2>\n");
        entryList(main, entries, null);
        main.append("</section>\n");
        sidebar.append("<li><a href=\"#").append(id).append("\">").append(Html.escape(heading)).append("</a></li>\n");
    }

    private static void groupList(StringBuilder main, StringBuilder sidebar, String id, String name, List<Entry> entries,
            Map<String, CatalogEntry> catalog) {
        main.append("<section class=\"group\" id=\"").append(id).append("\">\n<h3>").append(Html.escape(name))
                .append(" <span class=\"count\">").append(entries.size()).append("</span></h3>\n");
        entryList(main, entries, catalog);
        main.append("</section>\n");
        sidebar.append("<li><a href=\"#").append(id).append("\">").append(Html.escape(name)).append("</a></li>\n");
    }

    /** The entries of a list; with a catalog, each carries the values the facets filter on as data attributes. */
    private static void entryList(StringBuilder main, List<Entry> entries, Map<String, CatalogEntry> catalog) {
        main.append("<ul class=\"entries\">\n");
        for (Entry entry : entries) {
            main.append("<li");
            if (catalog != null) {
                main.append(IndexFacets.dataAttributes(entry, catalog.get(entry.page().sourcePath())));
            }
            main.append("><a href=\"").append(Html.escape(entry.page().outputPath())).append("\">")
                    .append(Html.escape(entry.page().title())).append("</a> <span class=\"path\">")
                    .append(Html.escape(entry.listedPath())).append("</span>");
            if (entry.isAlias()) {
                main.append(" <span class=\"alias\">link to ").append(Html.escape(SitePage.directoryOf(entry.page().sourcePath())))
                        .append("</span>");
            }
            main.append("</li>\n");
        }
        main.append("</ul>\n");
    }

    /** Status directories first, then numbered releases newest first, then named releases newest first, then retired ones. */
    static int compareGroups(String a, String b) {
        return Comparator.comparing(IndexPage::groupRank).thenComparing(IndexPage::releaseKey, Comparator.reverseOrder())
                .thenComparing(Comparator.naturalOrder()).compare(a, b);
    }

    private static int groupRank(String group) {
        String name = group.substring(group.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        int status = STATUS_ORDER.indexOf(name);
        if (status >= 0) {
            return status;
        }
        if (LAST.contains(name)) {
            return 10;
        }
        return VERSION.matcher(name).matches() ? 5 : 6;
    }

    /** The release order of the last path segment's name (see {@link ReleaseNames}). */
    static String releaseKey(String path) {
        return ReleaseNames.sortKey(path.substring(path.lastIndexOf('/') + 1));
    }
}
