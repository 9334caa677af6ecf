package io.github.specwright.core.rst;

import io.github.specwright.core.model.Node;
import java.util.List;

/**
 * The lines of one nesting level and where their elements go. At the document level
 * {@code sections} collects elements and titles (only there may titles occur, as in docutils);
 * in nested content elements go straight to {@code parent}.
 */
final class Block {

    final List<SourceLine> lines;
    final Node parent;
    final SectionBuilder sections;
    final int depth;

    Block(List<SourceLine> lines, Node parent, SectionBuilder sections, int depth) {
        this.lines = lines;
        this.parent = parent;
        this.sections = sections;
        this.depth = depth;
    }

    boolean matchTitles() {
        return sections != null;
    }

    int size() {
        return lines.size();
    }

    SourceLine line(int index) {
        return lines.get(index);
    }

    boolean isBlank(int index) {
        return index >= lines.size() || lines.get(index).isBlank();
    }

    /** The 1-based source line of {@code index}, or the line after the block's end when it is past the end. */
    int lineNo(int index) {
        if (index < lines.size()) {
            return lines.get(index).lineNo();
        }
        return lines.isEmpty() ? 1 : lines.get(lines.size() - 1).lineNo() + 1;
    }

    void add(Node node) {
        if (sections != null) {
            sections.add(node);
        } else {
            parent.addChild(node);
        }
    }
}
