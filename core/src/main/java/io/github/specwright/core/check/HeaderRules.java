package io.github.specwright.core.check;

import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.model.Title;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a spec must say before its sections: the licence text before the title, and a link to
 * its tracker story (or an explicit opt-out marker) before the first section.
 */
final class HeaderRules {

    private final CheckConfig config;
    private final boolean markdown;

    /** @param markdown whether the file is Markdown (the default opt-out marker is an RST comment) */
    HeaderRules(CheckConfig config, boolean markdown) {
        this.config = config;
        this.markdown = markdown;
    }

    List<Problem> check(Document document, List<String> lines) {
        List<Problem> problems = new ArrayList<>();
        if (config.licenseHeader() != null) {
            checkLicense(document, lines, problems);
        }
        if (config.trackerLink() != null) {
            checkTrackerLink(document, lines, problems);
        }
        return problems;
    }

    /**
     * The licence must appear, whitespace aside, in the lines before the document title (before
     * the first section when there is no title; anywhere in a file without either).
     */
    private void checkLicense(Document document, List<String> lines, List<Problem> problems) {
        int end = firstLineOf(document.title(), firstSection(document), lines.size() + 1);
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < end - 1 && i < lines.size(); i++) {
            header.append(' ').append(lines.get(i));
        }
        String expected = squeeze(config.licenseHeader());
        if (!squeeze(header.toString()).contains(expected)) {
            problems.add(new Problem(1, 1, RuleIds.LICENSE_HEADER,
                    "licence header missing before the title; expected the text '" + expected + "'"));
        }
    }

    /** A line matching the tracker pattern, or the opt-out marker, before the first section. */
    private void checkTrackerLink(Document document, List<String> lines, List<Problem> problems) {
        Section first = firstSection(document);
        int end = first == null ? lines.size() + 1 : Math.max(1, first.span().startLine());
        Pattern link = config.trackerLink();
        String marker = config.linkOptOutMarker();
        // In Markdown the default marker would show as text: its HTML-comment form is accepted
        // too, and is the one suggested.
        String markdownMarker = markdown && CheckConfig.DEFAULT_LINK_OPT_OUT_MARKER.equals(marker)
                ? CheckConfig.DEFAULT_MARKDOWN_LINK_OPT_OUT_MARKER : null;
        for (int i = 0; i < end - 1 && i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (link.matcher(line).find() || marker != null && line.startsWith(marker)
                    || markdownMarker != null && line.startsWith(markdownMarker)) {
                return;
            }
        }
        int[] where = first == null ? new int[] {1, 1} : Outline.titlePosition(first);
        String before = first == null ? "in the file" : "before the first section '"
                + (first.title() == null ? "" : first.title().rawText()) + "'";
        String suggested = markdownMarker != null ? markdownMarker : marker;
        String optOut = suggested == null ? "" : " or the line '" + suggested + "'";
        problems.add(new Problem(where[0], where[1], RuleIds.STORY_LINK,
                "no tracker link " + before + "; add the link to the story (a URL matching "
                        + config.trackerLinkPattern() + ")" + optOut));
    }

    private static Section firstSection(Document document) {
        List<Section> sections = document.childrenOf(Section.class);
        return sections.isEmpty() ? null : sections.get(0);
    }

    /** The first source line of the title, else of the section, else {@code fallback}. */
    private static int firstLineOf(Title title, Section section, int fallback) {
        if (title != null && title.span().startLine() > 0) {
            return title.span().startLine();
        }
        if (section != null && section.span().startLine() > 0) {
            return section.span().startLine();
        }
        return fallback;
    }

    private static String squeeze(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
