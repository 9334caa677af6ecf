package io.github.specwright.core.rst;

import io.github.specwright.core.model.BulletList;
import io.github.specwright.core.model.EnumeratedList;
import io.github.specwright.core.model.ListItem;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.SourceSpan;
import java.util.List;
import java.util.regex.Matcher;

/** Bullet lists and enumerated lists: consecutive items of the same kind, blank lines allowed between them. */
final class ListParser {

    private final ParseContext ctx;
    private final BodyParser body;

    ListParser(ParseContext ctx, BodyParser body) {
        this.ctx = ctx;
        this.body = body;
    }

    int bulletList(Block block, int i) {
        char bullet = block.line(i).text().charAt(0);
        BulletList list = new BulletList(SourceSpan.UNKNOWN, bullet);
        block.add(list);
        int pos = i;
        boolean blankFinish;
        while (true) {
            Matcher m = Patterns.BULLET.matcher(block.line(pos).text());
            m.lookingAt();
            Indented item = listItem(block, pos, m.end(), list);
            blankFinish = item.blankFinish();
            pos = item.end();
            int j = skipBlank(block, pos);
            if (j >= block.size() || block.line(j).startsIndented()
                    || !Patterns.starts(Patterns.BULLET, block.line(j).text()) || block.line(j).text().charAt(0) != bullet) {
                break;
            }
            pos = j;
        }
        finish(block, list, i, pos);
        if (!blankFinish) {
            body.unindentWarning(block, pos, "Bullet list");
        }
        return pos;
    }

    /** An enumerated list at {@code i}; -1 when the marker does not start a list (then it is ordinary text). */
    int enumeratedList(Block block, int i) {
        Enumerator first = Enumerator.parse(block.line(i).text(), null);
        if (first == null || !isItem(block, i, first)) {
            return -1;
        }
        String enumType = first.sequence().equals("#") ? "arabic" : first.sequence();
        EnumeratedList list = new EnumeratedList(SourceSpan.UNKNOWN, enumType, first.prefix(), first.suffix(),
                first.ordinal());
        block.add(list);
        boolean auto = first.sequence().equals("#");
        int lastOrdinal = first.ordinal();
        int pos = i;
        Enumerator current = first;
        boolean blankFinish;
        while (true) {
            Indented item = listItem(block, pos, current.end(), list);
            blankFinish = item.blankFinish();
            pos = item.end();
            int j = skipBlank(block, pos);
            if (j >= block.size() || block.line(j).startsIndented()) {
                break;
            }
            Enumerator next = Patterns.starts(Patterns.ENUMERATOR, block.line(j).text())
                    ? Enumerator.parse(block.line(j).text(), enumType) : null;
            if (next == null || !next.format().equals(first.format())
                    || (!next.sequence().equals("#") && (!next.sequence().equals(enumType) || auto
                        || next.ordinal() == null || next.ordinal() != lastOrdinal + 1))
                    || !isItem(block, j, next)) {
                break;
            }
            if (next.sequence().equals("#")) {
                auto = true;
            }
            lastOrdinal = next.ordinal();
            current = next;
            pos = j;
        }
        finish(block, list, i, pos);
        if (!blankFinish) {
            body.unindentWarning(block, pos, "Enumerated list");
        }
        return pos;
    }

    /** docutils' check that a marker really starts an item: valid ordinal, and the next line is blank, indented or the next item. */
    private static boolean isItem(Block block, int i, Enumerator e) {
        if (e.ordinal() == null) {
            return false;
        }
        if (i + 1 >= block.size()) {
            return true;
        }
        String next = block.line(i + 1).text();
        if (next.isEmpty() || next.charAt(0) == ' ') {
            return true;
        }
        String[] markers = Enumerator.next(e.ordinal() + 1, e.sequence(), e.format());
        return markers != null && (next.startsWith(markers[0]) || next.startsWith(markers[1]));
    }

    /** One item whose marker takes {@code markerEnd} characters; its content is parsed into a new ListItem of {@code list}. */
    private Indented listItem(Block block, int i, int markerEnd, Node list) {
        SourceLine line = block.line(i);
        Indented indented = line.text().length() > markerEnd
                ? Indented.cut(block.lines, i, false, true, markerEnd, null)
                : Indented.cut(block.lines, i, false, true, null, markerEnd);
        List<SourceLine> content = indented.withoutLeadingBlanks();
        SourceSpan span = ctx.span(block.lines.subList(i, indented.end()));
        ListItem item = new ListItem(span);
        list.addChild(item);
        body.parseNested(content, item, block.depth + 1);
        return indented;
    }

    private void finish(Block block, Node list, int from, int to) {
        list.setSpan(ctx.span(block.lines.subList(from, to)));
    }

    static int skipBlank(Block block, int j) {
        while (j < block.size() && block.isBlank(j)) {
            j++;
        }
        return j;
    }
}
