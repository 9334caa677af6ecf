package io.github.specwright.core.base;

import java.util.List;

/**
 * How a priorities document is laid out and what it may contain.
 *
 * @param detailsTitles  titles of the section whose subsections describe the priorities, compared
 *                       case-insensitively; the first one present wins. When none is present, every
 *                       section of the document that holds no priority table counts as a description
 *                       (the layout of the oldest ironic documents).
 * @param maxContacts    the most primary contacts one row may name
 * @param contactHeaders words that mark a table's contacts column in its header row, compared
 *                       case-insensitively as substrings; the default "contact" matches "Primary
 *                       Contacts" (add "champion" to hold work-item champions to the limit too)
 */
public record PrioritiesOptions(List<String> detailsTitles, int maxContacts, List<String> contactHeaders) {

    public PrioritiesOptions {
        detailsTitles = List.copyOf(detailsTitles);
        contactHeaders = List.copyOf(contactHeaders);
        if (maxContacts < 1) {
            throw new IllegalArgumentException("maxContacts must be at least 1, was " + maxContacts);
        }
    }

    /** ironic's conventions: "Details" or "Goals Details", at most 2 contacts. */
    public static PrioritiesOptions defaults() {
        return new PrioritiesOptions(List.of("Details", "Goals Details"), 2,
                List.of("contact"));
    }

    public PrioritiesOptions withDetailsTitles(List<String> titles) {
        return new PrioritiesOptions(titles, maxContacts, contactHeaders);
    }

    public PrioritiesOptions withMaxContacts(int max) {
        return new PrioritiesOptions(detailsTitles, max, contactHeaders);
    }

    public PrioritiesOptions withContactHeaders(List<String> headers) {
        return new PrioritiesOptions(detailsTitles, maxContacts, headers);
    }
}
