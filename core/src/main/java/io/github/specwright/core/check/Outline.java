package io.github.specwright.core.check;

import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.model.Title;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The structure template conformance compares: the top-level sections of a document (the
 * document title is not one) and the titles of their direct subsections, as raw source text.
 */
public record Outline(List<Heading> sections) {

    /** A section title and where it stands; {@code subsections} are its direct subsections. */
    public record Heading(String title, int line, int column, Section section, List<Heading> subsections) {

        /** The subsection with this exact title, or null. */
        Heading subsection(String name) {
            Heading found = null;
            for (Heading sub : subsections) {
                if (sub.title.equals(name)) {
                    found = sub;
                }
            }
            return found;
        }
    }

    public Outline {
        sections = List.copyOf(sections);
    }

    static Outline of(Document document) {
        List<Heading> sections = new ArrayList<>();
        for (Section section : document.childrenOf(Section.class)) {
            sections.add(heading(section, true));
        }
        return new Outline(sections);
    }

    private static Heading heading(Section section, boolean withSubsections) {
        Title title = section.title();
        String text = title == null ? "" : title.rawText();
        int[] position = titlePosition(section);
        List<Heading> subsections = new ArrayList<>();
        if (withSubsections) {
            for (Section sub : section.childrenOf(Section.class)) {
                subsections.add(heading(sub, false));
            }
        }
        return new Heading(text, position[0], position[1], section, List.copyOf(subsections));
    }

    /** The line and column of a section's title text (past an overline). */
    static int[] titlePosition(Node section) {
        Node title = section instanceof Section s && s.title() != null ? s.title() : section;
        int line = Math.max(1, title.span().startLine());
        int column = Math.max(1, title.span().startColumn());
        if (title instanceof Title t && t.overlined() && section.span().startLine() == t.span().startLine()
                && t.span().endLine() > t.span().startLine()) {
            // The span includes the overline: the text is on the next line.
            line++;
        }
        return new int[] {line, column};
    }

    /**
     * The section with this exact title, or null. When a title repeats, the last one counts, as
     * in ironic's test (it builds a dictionary).
     */
    Heading section(String title) {
        Heading found = null;
        for (Heading heading : sections) {
            if (heading.title.equals(title)) {
                found = heading;
            }
        }
        return found;
    }

    boolean has(String title) {
        return section(title) != null;
    }

    /** Titles compared for "did you mean": case and runs of whitespace do not count. */
    static String looseKey(String title) {
        return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
