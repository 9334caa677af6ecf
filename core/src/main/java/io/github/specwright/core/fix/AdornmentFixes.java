package io.github.specwright.core.fix;

import io.github.specwright.core.rst.ColumnWidth;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.ParsedDocument;
import io.github.specwright.core.model.Subtitle;
import io.github.specwright.core.model.Title;
import java.util.ArrayList;
import java.util.List;

/**
 * Lengthens title adornments that are shorter than their title, measured as docutils does
 * (display columns; an overlined title counts its indentation). An overline and underline of
 * different lengths both become the longest of the two and the title width, which also
 * settles docutils' "overline & underline mismatch".
 */
final class AdornmentFixes {

    private AdornmentFixes() {
    }

    /** Fixes {@code lines} in place; the line count never changes. */
    static void apply(ParsedDocument parsed, List<String> lines, List<Change> changes) {
        List<Title> titles = titles(parsed.document());
        for (Subtitle subtitle : subtitles(parsed.document())) {
            // A promoted subtitle keeps no adornment in the model: read it from the source.
            Title asTitle = TitleLines.subtitleAsTitle(subtitle, lines);
            if (asTitle != null) {
                titles.add(asTitle);
            }
        }
        for (Title title : titles) {
            TitleLines at = TitleLines.locate(title, lines);
            if (at == null) {
                continue;
            }
            String textLine = lines.get(at.text()).stripTrailing();
            int needed = title.overlined() ? ColumnWidth.of(textLine) : ColumnWidth.of(textLine.strip());
            int underline = lines.get(at.underline()).stripTrailing().length();
            int overline = at.overline() >= 0 ? lines.get(at.overline()).stripTrailing().length() : underline;
            int target = Math.max(needed, Math.max(underline, overline));
            String adornment = String.valueOf(title.adornment()).repeat(target);
            if (underline < target) {
                lines.set(at.underline(), adornment);
                changes.add(new Change(at.underline() + 1, "rst-title-underline",
                        "lengthened the underline of \"" + title.rawText() + "\" to " + target + " characters"));
            }
            if (at.overline() >= 0 && overline < target) {
                lines.set(at.overline(), adornment);
                changes.add(new Change(at.overline() + 1, "rst-title-underline",
                        "lengthened the overline of \"" + title.rawText() + "\" to " + target + " characters"));
            }
        }
    }

    static List<Subtitle> subtitles(Node root) {
        List<Subtitle> subtitles = new ArrayList<>();
        for (Node child : root.children()) {
            if (child instanceof Subtitle subtitle) {
                subtitles.add(subtitle);
            }
        }
        return subtitles;
    }

    static List<Title> titles(Node root) {
        List<Title> titles = new ArrayList<>();
        collect(root, titles);
        return titles;
    }

    private static void collect(Node node, List<Title> titles) {
        if (node instanceof Title title) {
            titles.add(title);
        }
        for (Node child : node.children()) {
            collect(child, titles);
        }
    }
}
