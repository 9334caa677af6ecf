package io.github.specwright.core.internal.markdown;

import io.github.specwright.core.model.Comment;
import io.github.specwright.core.model.Diagnostic;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.FrontMatter;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.model.SourceSpan;
import io.github.specwright.core.model.Target;
import io.github.specwright.core.model.Title;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Turns the flat sequence of top-level blocks and headings into nested sections, the way RST
 * titles nest: a heading opens a section that holds everything up to the next heading of the same
 * or a higher level. A skipped level ({@code #} then {@code ###}) nests one level down, as the
 * next RST adornment style would, and is reported.
 *
 * <p>Title promotion follows docutils: when the document has exactly one {@code #} heading and
 * only invisible blocks (front matter, comments, link definitions) precede it, its title becomes
 * the document title, the invisible blocks follow it, and its {@code ##} sections are level 1.
 * Otherwise every {@code #} heading is a level-1 section, so a file with several of them is read
 * as several top-level sections (no title), which is what a template check should see.
 */
final class SectionNester {

    /**
     * A top-level block, or a heading's title.
     *
     * @param node         the mapped block, or the {@link Title} of a heading
     * @param headingLevel the number of {@code #} (1 or 2 for setext), 0 for a block
     */
    record Item(Node node, int headingLevel) {

        boolean isHeading() {
            return headingLevel > 0;
        }
    }

    /** An open section (or the document) and the Markdown level that opened it. */
    private record Open(Node container, int markdownLevel, int modelLevel) {
    }

    private final List<Diagnostic> diagnostics;

    SectionNester(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    void nest(Document document, List<Item> items) {
        reportSkippedLevels(items);
        int titleIndex = promotedTitle(items);
        Deque<Open> open = new ArrayDeque<>();
        if (titleIndex >= 0) {
            document.addChild(items.get(titleIndex).node());
            open.push(new Open(document, 1, 0));
        } else {
            open.push(new Open(document, 0, 0));
        }
        for (int i = 0; i < items.size(); i++) {
            if (i == titleIndex) {
                continue;
            }
            Item item = items.get(i);
            if (!item.isHeading()) {
                open.peek().container().addChild(item.node());
                continue;
            }
            while (open.size() > 1 && open.peek().markdownLevel() >= item.headingLevel()) {
                open.pop();
            }
            Open parent = open.peek();
            Section section = new Section(item.node().span(), parent.modelLevel() + 1);
            section.addChild(item.node());
            parent.container().addChild(section);
            open.push(new Open(section, item.headingLevel(), parent.modelLevel() + 1));
        }
        for (Node child : document.children()) {
            extendSectionSpans(child);
        }
    }

    /** The index of the heading to promote to document title, or -1. */
    private static int promotedTitle(List<Item> items) {
        int found = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).headingLevel() == 1) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        for (int i = 0; i < found; i++) {
            Node node = items.get(i).node();
            if (items.get(i).isHeading() || !(node instanceof FrontMatter || node instanceof Comment || node instanceof Target)) {
                return -1;
            }
        }
        return found;
    }

    private void reportSkippedLevels(List<Item> items) {
        int previous = 0;
        for (Item item : items) {
            if (!item.isHeading()) {
                continue;
            }
            int level = item.headingLevel();
            if (previous > 0 && level > previous + 1) {
                SourceSpan span = item.node().span();
                diagnostics.add(new Diagnostic(span.startLine(), span.startColumn(), Diagnostic.Level.WARNING,
                        "md-heading-skip", "heading level jumps from " + previous + " to " + level
                                + " (" + "#".repeat(previous) + " to " + "#".repeat(level) + "); use "
                                + "#".repeat(previous + 1) + " here or add the missing level above it"));
            }
            previous = level;
        }
    }

    /** A section spans from its title to the end of its last descendant. */
    private static void extendSectionSpans(Node node) {
        if (!(node instanceof Section section)) {
            return;
        }
        for (Node child : section.children()) {
            extendSectionSpans(child);
        }
        SourceSpan start = section.span();
        SourceSpan end = section.children().get(section.children().size() - 1).span();
        section.setSpan(SourceSpan.of(start.startLine(), start.startColumn(), end.endLine(), end.endColumn()));
    }
}
