package io.github.specwright.core.site;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A filter over the catalog, as {@code specwright query} takes it: every given criterion must
 * hold; a null criterion is no criterion. Comparisons ignore case.
 *
 * @param status    the status, exactly
 * @param release   the release, exactly
 * @param directory a lifecycle role (approved, backlog, implemented, abandoned) or a directory path
 *                  the document is in (at any depth)
 * @param author    a substring of one of the authors
 * @param text      a substring of the title, the path or a section title
 */
public record CatalogQuery(String status, String release, String directory, String author, String text)
        implements Predicate<CatalogEntry> {

    public static final CatalogQuery ALL = new CatalogQuery(null, null, null, null, null);

    @Override
    public boolean test(CatalogEntry entry) {
        return (status == null || status.equalsIgnoreCase(String.valueOf(entry.status())))
                && (release == null || release.equalsIgnoreCase(String.valueOf(entry.release())))
                && (directory == null || inDirectory(entry))
                && (author == null || entry.authors().stream().anyMatch(name -> contains(name, author)))
                && (text == null || contains(entry.title(), text) || contains(entry.path(), text)
                        || entry.sections().stream().anyMatch(section -> contains(section, text)));
    }

    public List<CatalogEntry> select(SpecCatalog catalog) {
        return catalog.entries().stream().filter(this).toList();
    }

    private boolean inDirectory(CatalogEntry entry) {
        if (directory.equalsIgnoreCase(String.valueOf(entry.role()))) {
            return true;
        }
        String prefix = directory.endsWith("/") ? directory : directory + "/";
        return entry.path().startsWith(prefix);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }
}
