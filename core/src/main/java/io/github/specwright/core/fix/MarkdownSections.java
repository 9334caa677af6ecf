package io.github.specwright.core.fix;

import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.model.Title;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Adds missing template sections to a Markdown spec, as {@link SectionFixes} does for
 * reStructuredText: a missing subsection at the end of its section, a missing section at the end
 * of the file, each in template order with the body "None", as ATX headings one level below the
 * spec's own sections' level for subsections (the level of its first section, {@code ##} when it
 * has none).
 */
final class MarkdownSections {

    private record Pending(int position, String title, int level, String ruleId) {
    }

    private MarkdownSections() {
    }

    static List<String> apply(Document document, List<String> lines, RequiredSections required, List<Change> changes,
                              List<Insertion> insertions) {
        List<Section> top = SectionOutline.topLevelSections(document);
        int level = top.isEmpty() ? 2 : levelOf(top.get(0).title(), lines);
        List<Pending> pending = new ArrayList<>();
        for (SectionOutline wanted : required.sections()) {
            Section section = find(top, wanted.title());
            if (section == null) {
                continue;
            }
            int end = endOf(top, top.indexOf(section), lines);
            for (String sub : wanted.subsections()) {
                if (find(section.childrenOf(Section.class), sub) == null) {
                    pending.add(new Pending(end, sub, level + 1, "missing-subsection"));
                }
            }
        }
        int endOfText = trimmed(lines, lines.size());
        for (SectionOutline wanted : required.sections()) {
            if (find(top, wanted.title()) == null) {
                pending.add(new Pending(endOfText, wanted.title(), level, "missing-section"));
                for (String sub : wanted.subsections()) {
                    pending.add(new Pending(endOfText, sub, level + 1, "missing-subsection"));
                }
            }
        }
        if (pending.isEmpty()) {
            return lines;
        }
        pending.sort(Comparator.comparingInt(Pending::position)); // stable: template order kept
        List<String> out = new ArrayList<>();
        int next = 0;
        for (Pending insert : pending) {
            while (next < insert.position()) {
                out.add(lines.get(next++));
            }
            List<String> block = new ArrayList<>();
            if (!out.isEmpty() && !out.get(out.size() - 1).isBlank()) {
                block.add("");
            }
            block.add("#".repeat(Math.min(6, insert.level())) + " " + insert.title());
            block.add("");
            block.add(SectionFixes.EMPTY_BODY);
            if (insert.position() < lines.size() && !lines.get(insert.position()).isBlank()) {
                block.add("");
            }
            insertions.add(new Insertion(out.size() + 1, block.size(), String.join("\n", block) + "\n"));
            out.addAll(block);
            changes.add(new Change(Math.max(1, insert.position()), insert.ruleId(), "added the missing "
                    + (insert.level() == level ? "section" : "subsection") + " \"" + insert.title()
                    + "\" with the body \"" + SectionFixes.EMPTY_BODY + "\""));
        }
        while (next < lines.size()) {
            out.add(lines.get(next++));
        }
        return out;
    }

    /** The heading level of a title: its number of {@code #}, or 1 and 2 for setext {@code =} and {@code -}. */
    private static int levelOf(Title title, List<String> lines) {
        if (title == null) {
            return 2;
        }
        if (title.adornment() != '#') {
            return title.adornment() == '=' ? 1 : 2;
        }
        String line = lines.get(Math.max(0, title.span().startLine() - 1)).strip();
        int hashes = 0;
        while (hashes < line.length() && line.charAt(hashes) == '#') {
            hashes++;
        }
        return Math.max(1, hashes);
    }

    private static Section find(List<Section> sections, String title) {
        for (Section section : sections) {
            if (section.title() != null && section.title().rawText().equals(title)) {
                return section;
            }
        }
        return null;
    }

    /** The 0-based index after the last non-blank line of section {@code index}: before the next section's heading. */
    private static int endOf(List<Section> top, int index, List<String> lines) {
        int limit = lines.size();
        if (index + 1 < top.size() && top.get(index + 1).title() != null) {
            limit = Math.min(limit, Math.max(0, top.get(index + 1).title().span().startLine() - 1));
        }
        return trimmed(lines, limit);
    }

    private static int trimmed(List<String> lines, int limit) {
        while (limit > 0 && lines.get(limit - 1).isBlank()) {
            limit--;
        }
        return limit;
    }
}
