package io.github.specwright.core.rst;

import io.github.specwright.core.model.Comment;
import io.github.specwright.core.model.Diagnostic.Level;
import io.github.specwright.core.model.Directive;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.model.SourceSpan;
import io.github.specwright.core.model.SubstitutionDefinition;
import io.github.specwright.core.model.Subtitle;
import io.github.specwright.core.model.Target;
import io.github.specwright.core.model.Title;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the document-level elements and titles in order, decides each title's level from
 * the order in which adornment styles first appear (reporting inconsistent levels as docutils
 * does), then builds the section tree without recursion, promoting a lone top title to the
 * document title and a lone subtitle to {@link Subtitle} as docutils' DocTitle transform does.
 */
final class SectionBuilder {

    /** A title seen during parsing: its node, its level by style and the span of its adornments. */
    private record TitleEntry(Title title, int level, SourceSpan headSpan) {
    }

    private final ParseContext ctx;
    private final List<String> styles = new ArrayList<>();
    private final List<Object> items = new ArrayList<>();
    private int currentLevel;

    SectionBuilder(ParseContext ctx) {
        this.ctx = ctx;
    }

    void add(Node node) {
        items.add(node);
    }

    /** A title with adornment {@code style} (one character, or overline + underline characters). */
    void title(Title title, String style, int titleLineNo, SourceSpan headSpan, SourceLine titleLine) {
        int index = styles.indexOf(style);
        int level;
        if (index < 0) {
            if (styles.size() != currentLevel) {
                inconsistent(title, style, titleLineNo);
                return;
            }
            styles.add(style);
            level = styles.size();
        } else {
            level = index + 1;
            if (level > currentLevel + 1) {
                inconsistent(title, style, titleLineNo);
                return;
            }
        }
        currentLevel = level;
        items.add(new TitleEntry(title, level, headSpan));
    }

    private void inconsistent(Title title, String style, int lineNo) {
        ctx.report(lineNo, Level.SEVERE, "rst-title-level",
                "section title '" + title.rawText() + "' uses the adornment style " + describe(style)
                        + ", which does not match the level it stands at; styles in use from the top: " + describeAll());
    }

    private static String describe(String style) {
        return style.length() == 2 ? "'" + style.charAt(1) + "' over and under" : "'" + style + "' underline";
    }

    private String describeAll() {
        List<String> out = new ArrayList<>();
        for (String style : styles) {
            out.add(describe(style));
        }
        return String.join(", ", out);
    }

    /** Builds the sections into {@code document}, applying title promotion. */
    void build(Document document) {
        int shift = 0;
        int start = 0;
        int titleIndex = firstVisible(0);
        if (titleIndex >= 0 && items.get(titleIndex) instanceof TitleEntry top && top.level() == 1
                && !hasTitleAtOrAbove(titleIndex + 1, 1)) {
            // docutils' DocTitle: the lone top section becomes the document.
            document.addChild(top.title());
            List<Object> before = new ArrayList<>(items.subList(0, titleIndex));
            List<Object> after = new ArrayList<>(items.subList(titleIndex + 1, items.size()));
            shift = 1;
            Target beforeTitle = lastTarget(before);
            Target beforeSubtitle = null;
            int subIndex = firstVisibleIn(after);
            if (subIndex >= 0 && after.get(subIndex) instanceof TitleEntry sub && sub.level() == 2
                    && !hasTitleAtOrAbove(after, subIndex + 1, 2)) {
                Title subTitle = sub.title();
                document.addChild(new Subtitle(subTitle.span(), subTitle.rawText()));
                beforeSubtitle = lastTarget(after.subList(0, subIndex));
                List<Object> rest = new ArrayList<>(before);
                rest.addAll(after.subList(0, subIndex));
                rest.addAll(after.subList(subIndex + 1, after.size()));
                shift = 2;
                items.clear();
                items.addAll(rest);
            } else {
                items.clear();
                items.addAll(before);
                items.addAll(after);
            }
            document.setTargetsBeforePromotedTitles(beforeTitle, beforeSubtitle);
        }
        nest(document, shift, start);
    }

    private static Target lastTarget(List<Object> list) {
        return !list.isEmpty() && list.get(list.size() - 1) instanceof Target target ? target : null;
    }

    private void nest(Document document, int shift, int start) {
        List<Node> stack = new ArrayList<>();
        stack.add(document);
        for (int k = start; k < items.size(); k++) {
            Object item = items.get(k);
            if (item instanceof TitleEntry entry) {
                int level = entry.level() - shift;
                while (stack.size() > level) {
                    close(stack.remove(stack.size() - 1));
                }
                Section section = new Section(entry.headSpan(), level);
                section.addChild(entry.title());
                stack.get(stack.size() - 1).addChild(section);
                stack.add(section);
            } else {
                stack.get(stack.size() - 1).addChild((Node) item);
            }
        }
        while (stack.size() > 1) {
            close(stack.remove(stack.size() - 1));
        }
    }

    /** Extends a finished section's span to its last child. */
    private static void close(Node section) {
        SourceSpan head = section.span();
        List<Node> children = section.children();
        for (int k = children.size() - 1; k >= 0; k--) {
            SourceSpan last = children.get(k).span();
            if (last != SourceSpan.UNKNOWN && last.endLine() >= head.endLine()) {
                section.setSpan(SourceSpan.of(head.startLine(), head.startColumn(), last.endLine(), last.endColumn()));
                return;
            }
        }
    }

    private int firstVisible(int from) {
        for (int k = from; k < items.size(); k++) {
            if (!isInvisible(items.get(k))) {
                return k;
            }
        }
        return -1;
    }

    private int firstVisibleIn(List<Object> list) {
        for (int k = 0; k < list.size(); k++) {
            if (!isInvisible(list.get(k))) {
                return k;
            }
        }
        return -1;
    }

    /** Elements docutils lets precede the document title (comments, targets, substitution definitions). */
    private boolean isInvisible(Object item) {
        return item instanceof Comment || item instanceof Target || item instanceof SubstitutionDefinition
                || (item instanceof Directive directive && ctx.directives().isInvisible(directive.name()));
    }

    private boolean hasTitleAtOrAbove(int from, int level) {
        return hasTitleAtOrAbove(items, from, level);
    }

    private static boolean hasTitleAtOrAbove(List<Object> list, int from, int level) {
        for (int k = from; k < list.size(); k++) {
            if (list.get(k) instanceof TitleEntry entry && entry.level() <= level) {
                return true;
            }
        }
        return false;
    }
}
