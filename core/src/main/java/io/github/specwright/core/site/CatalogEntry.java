package io.github.specwright.core.site;

import java.util.List;

/**
 * One document of the catalog, with what a reader or a tool asks of it. Absent values are null (or empty lists).
 *
 * @param path        root-relative source path
 * @param kind        {@code spec}, {@code priorities}, {@code template} or {@code other}
 * @param title       the document title, plain text
 * @param role        the lifecycle directory it is in: approved, backlog, implemented, abandoned
 * @param release     the release it belongs to: from its path, its metadata, or a release
 *                    directory that lists it through a link (the newest)
 * @param status      its status field (RST field list or Markdown front matter), else its role
 * @param authors     its authors field
 * @param trackerLink the tracker URL before its first section
 * @param sections    its top-level section titles
 * @param listedIn    paths of the links that list it again (release directories)
 * @param formerPaths old paths that redirect to it
 * @param lastChanged the date of its last change (git, else the file's time), {@code YYYY-MM-DD}
 */
public record CatalogEntry(String path, String kind, String title, String role, String release, String status,
                           List<String> authors, String trackerLink, List<String> sections, List<String> listedIn,
                           List<String> formerPaths, String lastChanged) {

    public CatalogEntry {
        authors = List.copyOf(authors);
        sections = List.copyOf(sections);
        listedIn = List.copyOf(listedIn);
        formerPaths = List.copyOf(formerPaths);
    }
}
