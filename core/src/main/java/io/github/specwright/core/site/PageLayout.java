package io.github.specwright.core.site;

/** The frame every page shares: head, header with search, optional contents sidebar, footer. */
final class PageLayout {

    private PageLayout() {
    }

    /**
     * A whole HTML5 page.
     *
     * @param siteTitle  the site's title
     * @param pageTitle  this page's title (plain text), or null for the site title alone
     * @param outputPath where the page goes, relative to the site root (sets the relative links)
     * @param sidebar    HTML of the contents navigation, or null
     * @param main       HTML of the main content
     * @param footer     HTML of the page-specific footer line, or null
     * @param scripts    script files (relative to the site root) to load at the end of the body
     */
    static String page(String siteTitle, String pageTitle, String outputPath, String sidebar, String main, String footer,
            String... scripts) {
        String root = SitePaths.rootOf(outputPath);
        StringBuilder out = new StringBuilder(main.length() + 2048);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"generator\" content=\"Specwright\"/>\n<title>");
        if (pageTitle != null) {
            out.append(Html.escape(pageTitle)).append(" \u2014 ");
        }
        out.append(Html.escape(siteTitle)).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(root).append("style.css\"/>\n")
                .append("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"").append(Html.escape(siteTitle))
                .append("\" href=\"").append(root).append("feed.xml\"/>\n</head>\n<body>\n")
                .append("<header class=\"site-header\">\n<a class=\"site-title\" href=\"").append(root).append("index.html\">")
                .append(Html.escape(siteTitle)).append("</a>\n")
                .append("<form class=\"search-form\" action=\"").append(root).append("search.html\" method=\"get\" role=\"search\">")
                .append("<input type=\"search\" name=\"q\" placeholder=\"Search titles and text\" aria-label=\"Search\"/>")
                .append("<button type=\"submit\">Search</button></form>\n</header>\n")
                .append("<div class=\"layout").append(sidebar == null ? " no-sidebar" : "").append("\">\n");
        if (sidebar != null) {
            out.append("<nav class=\"toc\" aria-label=\"Contents\">\n").append(sidebar).append("</nav>\n");
        }
        out.append("<main id=\"content\">\n").append(main).append("</main>\n</div>\n<footer class=\"site-footer\">");
        if (footer != null) {
            out.append(footer).append(" \u00b7 ");
        }
        out.append("<a href=\"").append(root).append("index.html\">Index</a> \u00b7 <a href=\"").append(root)
                .append("feed.xml\">Atom feed</a> \u00b7 Rendered by Specwright</footer>\n");
        for (String script : scripts) {
            out.append("<script src=\"").append(root).append(script).append("\"></script>\n");
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }
}
