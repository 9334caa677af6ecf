package io.github.specwright.core.site;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** An Atom (RFC 4287) feed of specs, newest first. Links are relative to the feed unless a base URL is known. */
final class AtomFeed {

    private AtomFeed() {
    }

    record Entry(String title, String url, String path, Instant updated, String summary) {
    }

    static String xml(String siteTitle, String baseUrl, List<Entry> newestFirst) {
        Instant updated = newestFirst.isEmpty() ? Instant.EPOCH : newestFirst.get(0).updated();
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <title>").append(Html.escape(siteTitle)).append("</title>\n")
                .append("  <id>").append(uuid("site:" + siteTitle)).append("</id>\n")
                .append("  <updated>").append(date(updated)).append("</updated>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Html.escape(link(baseUrl, "index.html"))).append("\"/>\n");
        if (baseUrl != null) {
            out.append("  <link rel=\"self\" href=\"").append(Html.escape(baseUrl + "feed.xml")).append("\"/>\n");
        }
        out.append("  <generator>Specwright</generator>\n");
        for (Entry entry : newestFirst) {
            out.append("  <entry>\n    <title>").append(Html.escape(entry.title())).append("</title>\n")
                    .append("    <id>").append(uuid("spec:" + entry.path())).append("</id>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Html.escape(link(baseUrl, entry.url()))).append("\"/>\n")
                    .append("    <updated>").append(date(entry.updated())).append("</updated>\n")
                    .append("    <author><name>").append(Html.escape(siteTitle)).append("</name></author>\n")
                    .append("    <summary>").append(Html.escape(entry.summary())).append("</summary>\n")
                    .append("  </entry>\n");
        }
        return out.append("</feed>\n").toString();
    }

    private static String link(String baseUrl, String url) {
        return baseUrl == null ? url : baseUrl + url;
    }

    /** A stable entry id: the same path always gets the same id, wherever the site is published. */
    private static String uuid(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static String date(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
