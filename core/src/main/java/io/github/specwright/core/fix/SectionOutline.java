package io.github.specwright.core.fix;

import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.ParsedDocument;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.model.Title;
import java.util.ArrayList;
import java.util.List;

/**
 * One top-level section a spec must have, with the direct subsections it must hold: the part
 * of the template's structure the fixer restores. Titles are compared exactly, as raw text.
 *
 * @param title       the raw title text
 * @param subsections the raw titles of its required direct subsections, in template order
 */
public record SectionOutline(String title, List<String> subsections) {

    public SectionOutline {
        subsections = List.copyOf(subsections);
    }

    /** The top-level sections of a parsed template, each with its direct subsections, in order. */
    public static List<SectionOutline> of(ParsedDocument template) {
        List<SectionOutline> outline = new ArrayList<>();
        for (Section section : topLevelSections(template.document())) {
            List<String> subsections = new ArrayList<>();
            for (Section sub : section.childrenOf(Section.class)) {
                if (sub.title() != null) {
                    subsections.add(sub.title().rawText());
                }
            }
            Title title = section.title();
            if (title != null) {
                outline.add(new SectionOutline(title.rawText(), subsections));
            }
        }
        return outline;
    }

    /**
     * The top-level sections of a document: its section children, or, when the document holds
     * a single section (a document title the parser did not promote), that section's children.
     */
    static List<Section> topLevelSections(Document document) {
        List<Section> sections = document.childrenOf(Section.class);
        if (sections.size() == 1 && document.childrenOf(Title.class).isEmpty()) {
            return sections.get(0).childrenOf(Section.class);
        }
        return sections;
    }
}
