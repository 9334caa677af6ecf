package io.github.specwright.core.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@code specwright stats}: how many specs per directory, release and status (nova's
 * count-blueprints, offline, over the catalog).
 */
public final class CatalogStats {

    private CatalogStats() {
    }

    /**
     * Group name ("directory", "release", "status") to value to the number of specs, then one group
     * per priorities document ("priorities RELEASE") to its tables' counts of priorities.
     */
    public static Map<String, Map<String, Integer>> of(SpecCatalog catalog) {
        List<CatalogEntry> specs = catalog.entries().stream().filter(entry -> entry.kind().equals("spec")).toList();
        Map<String, Map<String, Integer>> groups = new LinkedHashMap<>();
        groups.put("directory", count(specs, entry -> SitePage.directoryOf(entry.path())));
        groups.put("release", count(specs, CatalogEntry::release));
        groups.put("status", count(specs, CatalogEntry::status));
        catalog.priorityTables().forEach((release, tables) -> groups.put("priorities " + release, tables));
        return groups;
    }

    private static Map<String, Integer> count(List<CatalogEntry> entries, Function<CatalogEntry, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        for (CatalogEntry entry : entries) {
            String value = key.apply(entry);
            counts.merge(value == null ? "(none)" : value, 1, Integer::sum);
        }
        return counts;
    }
}
