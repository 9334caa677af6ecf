package io.github.specwright.core.site;

import java.util.List;

/**
 * What the renderer of one document asks of its surroundings: where other documents and labels are, whether
 * images and raw HTML are allowed, how to read an included file, and where findings go. The site builder
 * implements it per page; tests implement it with a few lines.
 */
public interface RenderContext {

    /** A link to another place of the site: an href relative to the page being rendered, and its default text. */
    record Link(String href, String title) {
    }

    /** Reports a rendering finding at a 1-based line and column of the document being rendered. */
    void report(int line, int column, String ruleId, String message);

    /** Whether {@code image} and {@code figure} render as images; when off they are findings. */
    default boolean allowImages() {
        return false;
    }

    /** Whether {@code .. raw:: html} passes its content through untouched; when off it is a finding. */
    default boolean allowRawHtml() {
        return false;
    }

    /** The document a {@code :doc:} target names, or null when there is none. */
    default Link resolveDocument(String target) {
        return null;
    }

    /** The place a {@code :ref:} label names anywhere in the site, or null when there is none. */
    default Link resolveLabel(String label) {
        return null;
    }

    /** The documents a {@code toctree} glob matches, in name order. */
    default List<Link> globDocuments(String pattern) {
        return List.of();
    }

    /**
     * The text of a file an {@code include} directive names, or null after reporting why it may not be read
     * (outside the repository, missing, unreadable).
     */
    default String readInclude(String path, int line, int column) {
        report(line, column, "site-include", "cannot include '" + path + "': includes are not available here");
        return null;
    }
}
