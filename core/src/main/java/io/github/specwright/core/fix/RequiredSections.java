package io.github.specwright.core.fix;

import io.github.specwright.core.model.ParsedDocument;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.model.Title;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The template sections a spec must hold, with the adornment styles the template writes its
 * section and subsection titles in (used when the spec itself shows no style for a level).
 *
 * @param sections        required top-level sections in template order
 * @param sectionStyle    the template's style for top-level sections, or null
 * @param subsectionStyle the template's style for subsections, or null
 */
public record RequiredSections(List<SectionOutline> sections, AdornmentStyle sectionStyle,
        AdornmentStyle subsectionStyle) {

    public RequiredSections {
        sections = List.copyOf(sections);
    }

    /** Nothing required: the fixer adds no section. */
    public static RequiredSections none() {
        return new RequiredSections(List.of(), null, null);
    }

    /** Every top-level section of the template, each with all its direct subsections. */
    public static RequiredSections fromTemplate(ParsedDocument template) {
        List<Section> top = SectionOutline.topLevelSections(template.document());
        AdornmentStyle sectionStyle = null;
        AdornmentStyle subsectionStyle = null;
        for (Section section : top) {
            if (sectionStyle == null) {
                sectionStyle = styleOf(section.title());
            }
            for (Section sub : section.childrenOf(Section.class)) {
                if (subsectionStyle == null) {
                    subsectionStyle = styleOf(sub.title());
                }
            }
        }
        return new RequiredSections(SectionOutline.of(template), sectionStyle, subsectionStyle);
    }

    /**
     * Only the named top-level sections, without their subsections: what a short spec (a
     * backlog spec) must hold. They come in template order; a name the template lacks comes last.
     * A template without any section (one that could not be read as sections) requires nothing.
     */
    public RequiredSections only(Set<String> titles) {
        if (sections.isEmpty()) {
            return this;
        }
        List<SectionOutline> kept = new ArrayList<>();
        Set<String> missing = new java.util.LinkedHashSet<>(titles);
        for (SectionOutline section : sections) {
            if (titles.contains(section.title())) {
                kept.add(new SectionOutline(section.title(), List.of()));
                missing.remove(section.title());
            }
        }
        for (String title : missing) {
            kept.add(new SectionOutline(title, List.of()));
        }
        return new RequiredSections(kept, sectionStyle, subsectionStyle);
    }

    static AdornmentStyle styleOf(Title title) {
        return title == null ? null : new AdornmentStyle(title.adornment(), title.overlined());
    }
}
