package io.github.specwright.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogQueryTest {

    private static CatalogEntry spec(String path, String title, String role, String release, String status,
                                     List<String> authors) {
        return new CatalogEntry(path, "spec", title, role, release, status, authors, null, List.of("Problem description"),
                List.of(), List.of(), "2027-01-02");
    }

    private static final SpecCatalog CATALOG = new SpecCatalog(List.of(
            spec("specs/approved/a.rst", "Faster, builds", "approved", "2027.1", "approved", List.of("Ana")),
            spec("specs/implemented/b.rst", "Better \"docs\"", "implemented", "2026.2", "implemented", List.of("Bo", "Ana")),
            spec("specs/backlog/c.md", "Idea", "backlog", null, "draft", List.of()),
            new CatalogEntry("priorities/2027.1-priorities.rst", "priorities", "P", null, "2027.1", null, List.of(), null,
                    List.of(), List.of(), List.of(), null)));

    private static List<String> paths(CatalogQuery query) {
        return query.select(CATALOG).stream().map(CatalogEntry::path).toList();
    }

    @Test
    void criteriaCombine() {
        assertThat(paths(CatalogQuery.ALL)).hasSize(4);
        assertThat(paths(new CatalogQuery(null, null, "approved", null, null))).containsExactly("specs/approved/a.rst");
        assertThat(paths(new CatalogQuery(null, null, "specs/implemented", null, null))).containsExactly("specs/implemented/b.rst");
        assertThat(paths(new CatalogQuery(null, null, "specs", null, null))).hasSize(3);
        assertThat(paths(new CatalogQuery(null, "2027.1", null, null, null)))
                .containsExactly("specs/approved/a.rst", "priorities/2027.1-priorities.rst");
        assertThat(paths(new CatalogQuery(null, null, null, "ana", null))).containsExactly("specs/approved/a.rst", "specs/implemented/b.rst");
        assertThat(paths(new CatalogQuery("IMPLEMENTED", null, null, "ana", null))).containsExactly("specs/implemented/b.rst");
        assertThat(paths(new CatalogQuery(null, null, null, null, "problem"))).hasSize(3);
        assertThat(paths(new CatalogQuery(null, null, null, null, "c.md"))).containsExactly("specs/backlog/c.md");
    }

    @Test
    void formats() {
        List<CatalogEntry> two = CATALOG.entries().subList(0, 2);
        assertThat(CatalogFormats.entries(two, CatalogFormats.Format.CSV)).isEqualTo(
                "path,title,role,release,status,authors,trackerLink,lastChanged\r\n"
                        + "specs/approved/a.rst,\"Faster, builds\",approved,2027.1,approved,Ana,,2027-01-02\r\n"
                        + "specs/implemented/b.rst,\"Better \"\"docs\"\"\",implemented,2026.2,implemented,Bo; Ana,,2027-01-02\r\n");
        assertThat(CatalogFormats.entries(two, CatalogFormats.Format.TABLE)).isEqualTo(
                "path                     title           role         release  status\n"
                        + "specs/approved/a.rst     Faster, builds  approved     2027.1   approved\n"
                        + "specs/implemented/b.rst  Better \"docs\"   implemented  2026.2   implemented\n");
        assertThat(CatalogFormats.entries(two, CatalogFormats.Format.JSON)).startsWith("{\n  \"version\": 1,");
    }

    @Test
    void stats() {
        Map<String, Map<String, Integer>> stats = CatalogStats.of(CATALOG);
        assertThat(stats).isEqualTo(Map.of(
                "directory", Map.of("specs/approved", 1, "specs/implemented", 1, "specs/backlog", 1),
                "release", Map.of("2027.1", 1, "2026.2", 1, "(none)", 1),
                "status", Map.of("approved", 1, "implemented", 1, "draft", 1)));
        assertThat(CatalogFormats.counts(stats, CatalogFormats.Format.JSON)).isEqualTo("{\n"
                + "  \"directory\": {\"specs/approved\": 1, \"specs/backlog\": 1, \"specs/implemented\": 1},\n"
                + "  \"release\": {\"(none)\": 1, \"2026.2\": 1, \"2027.1\": 1},\n"
                + "  \"status\": {\"approved\": 1, \"draft\": 1, \"implemented\": 1}\n}\n");
        assertThat(CatalogFormats.counts(stats, CatalogFormats.Format.TABLE)).startsWith(
                "group      value              count\ndirectory  specs/approved     1\n");
    }
}
