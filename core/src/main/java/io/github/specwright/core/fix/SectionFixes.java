package io.github.specwright.core.fix;

import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.ParsedDocument;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.model.Title;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Restores missing template sections: a missing subsection is appended at the end of its
 * section, a missing top-level section at the end of the file, each in template order, with
 * the body "None" (the template's own word for "nothing to say"). Titles are adorned in the
 * style the spec already uses for that level, else the template's, else an unused one.
 */
final class SectionFixes {

    static final String EMPTY_BODY = "None";
    private static final String SPARE_CHARACTERS = "=-~^'\"`#*+.:_";

    private record Pending(int position, String title, int level, String ruleId) {
    }

    private SectionFixes() {
    }

    /** Returns the new lines; records the inserted blocks and the changes. */
    static List<String> apply(ParsedDocument parsed, List<String> lines, RequiredSections required,
            List<Change> changes, List<Insertion> insertions) {
        if (required.sections().isEmpty()) {
            return lines;
        }
        Document document = parsed.document();
        List<Section> top = SectionOutline.topLevelSections(document);
        List<Pending> pending = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (Section section : top) {
            if (section.title() != null) {
                present.add(section.title().rawText());
            }
        }
        for (SectionOutline wanted : required.sections()) {
            if (!present.contains(wanted.title())) {
                continue;
            }
            Section section = find(top, wanted.title());
            Set<String> subsections = new HashSet<>();
            for (Section sub : section.childrenOf(Section.class)) {
                if (sub.title() != null) {
                    subsections.add(sub.title().rawText());
                }
            }
            int end = endOf(section, top, lines);
            if (end < 0) {
                continue; // the section's extent cannot be told: leave it alone
            }
            for (String sub : wanted.subsections()) {
                if (!subsections.contains(sub)) {
                    pending.add(new Pending(end, sub, 2, "missing-subsection"));
                }
            }
        }
        int endOfText = lines.size();
        while (endOfText > 0 && lines.get(endOfText - 1).isBlank()) {
            endOfText--;
        }
        for (SectionOutline wanted : required.sections()) {
            if (!present.contains(wanted.title())) {
                pending.add(new Pending(endOfText, wanted.title(), 1, "missing-section"));
                // Its subsections come with it, so that one fix leaves nothing missing.
                for (String sub : wanted.subsections()) {
                    pending.add(new Pending(endOfText, sub, 2, "missing-subsection"));
                }
            }
        }
        if (pending.isEmpty()) {
            return lines;
        }
        pending.sort(Comparator.comparingInt(Pending::position)); // stable: template order kept
        Styles styles = Styles.of(document, top, required);

        List<String> out = new ArrayList<>();
        int next = 0;
        for (Pending insert : pending) {
            while (next < insert.position()) {
                out.add(lines.get(next++));
            }
            int first = out.size();
            List<String> block = new ArrayList<>();
            if (out.isEmpty() || !out.get(out.size() - 1).isBlank()) {
                block.add("");
            }
            block.addAll((insert.level() == 1 ? styles.section : styles.subsection).render(insert.title()));
            block.add("");
            block.add(EMPTY_BODY);
            if (insert.position() < lines.size() && !lines.get(insert.position()).isBlank()) {
                block.add(""); // keep a blank line before what follows
            }
            out.addAll(block);
            insertions.add(new Insertion(first + 1, block.size(), String.join("\n", block) + "\n"));
            String kind = insert.level() == 1 ? "section" : "subsection";
            changes.add(new Change(Math.max(1, insert.position()), insert.ruleId(),
                    "added the missing " + kind + " \"" + insert.title() + "\" with the body \"" + EMPTY_BODY + "\""));
        }
        while (next < lines.size()) {
            out.add(lines.get(next++));
        }
        return out;
    }

    private static Section find(List<Section> sections, String title) {
        for (Section section : sections) {
            if (section.title() != null && section.title().rawText().equals(title)) {
                return section;
            }
        }
        throw new IllegalStateException("no section " + title);
    }

    /**
     * The 0-based index just after the last non-blank line of {@code section}: the line before
     * the next top-level section's title block, or the end of the file. -1 when unknown.
     */
    private static int endOf(Section section, List<Section> top, List<String> lines) {
        int index = top.indexOf(section);
        int limit = lines.size();
        if (index + 1 < top.size()) {
            Title nextTitle = top.get(index + 1).title();
            TitleLines at = nextTitle == null ? null : TitleLines.locate(nextTitle, lines);
            if (at == null) {
                return -1;
            }
            limit = at.first();
        }
        while (limit > 0 && lines.get(limit - 1).isBlank()) {
            limit--;
        }
        return limit;
    }

    /** The adornment styles for new sections and subsections, never one used by another level. */
    private record Styles(AdornmentStyle section, AdornmentStyle subsection) {

        static Styles of(Document document, List<Section> top, RequiredSections required) {
            Set<AdornmentStyle> used = new LinkedHashSet<>();
            AdornmentStyle documentTitle = null;
            for (Title title : document.childrenOf(Title.class)) {
                documentTitle = RequiredSections.styleOf(title);
            }
            if (top.size() == 1 && document.childrenOf(Title.class).isEmpty() && !document.childrenOf(Section.class).isEmpty()) {
                documentTitle = RequiredSections.styleOf(document.childrenOf(Section.class).get(0).title());
            }
            if (documentTitle != null) {
                used.add(documentTitle);
            }
            AdornmentStyle section = null;
            AdornmentStyle subsection = null;
            for (Section s : top) {
                if (section == null) {
                    section = RequiredSections.styleOf(s.title());
                }
                for (Section sub : s.childrenOf(Section.class)) {
                    if (subsection == null) {
                        subsection = RequiredSections.styleOf(sub.title());
                    }
                }
            }
            collectDeeperStyles(top, used, section, subsection);
            if (section == null) {
                section = pick(required.sectionStyle(), used, subsection);
            }
            used.add(section);
            if (subsection == null) {
                subsection = pick(required.subsectionStyle(), used, null);
            }
            return new Styles(section, subsection);
        }

        /** Styles of sub-subsections and deeper, which a new title must not reuse. */
        private static void collectDeeperStyles(List<Section> top, Set<AdornmentStyle> used,
                AdornmentStyle section, AdornmentStyle subsection) {
            List<Section> queue = new ArrayList<>();
            for (Section s : top) {
                for (Section sub : s.childrenOf(Section.class)) {
                    queue.addAll(sub.childrenOf(Section.class));
                }
            }
            while (!queue.isEmpty()) {
                Section s = queue.remove(queue.size() - 1);
                AdornmentStyle style = RequiredSections.styleOf(s.title());
                if (style != null && !style.equals(section) && !style.equals(subsection)) {
                    used.add(style);
                }
                queue.addAll(s.childrenOf(Section.class));
            }
        }

        private static AdornmentStyle pick(AdornmentStyle preferred, Set<AdornmentStyle> used, AdornmentStyle alsoUsed) {
            if (preferred != null && !used.contains(preferred) && !preferred.equals(alsoUsed)) {
                return preferred;
            }
            for (char c : SPARE_CHARACTERS.toCharArray()) {
                AdornmentStyle candidate = new AdornmentStyle(c, false);
                if (!used.contains(candidate) && !candidate.equals(alsoUsed)) {
                    return candidate;
                }
            }
            throw new IllegalStateException("every adornment style is in use");
        }
    }
}
