package io.github.specwright.core.fix;

import io.github.specwright.core.rst.ColumnWidth;
import io.github.specwright.core.internal.markdown.MarkdownParser;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.model.Title;
import io.github.specwright.core.parse.DocumentParsers;
import io.github.specwright.core.rst.RstParser;
import io.github.specwright.core.template.VersionMarker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings one spec's text to the latest template version: sets the version marker, renames the
 * sections the configuration renames (content kept, adornment re-measured), and adds the sections
 * and subsections the template has and the spec lacks (in template order, body "None"). Removes
 * nothing: only the marker, the renamed titles and the added stubs differ. reStructuredText and
 * Markdown (ATX and setext headings). Stateless.
 */
final class Migration {

    static final String RULE = "migrate";

    /**
     * What to bring a spec to.
     *
     * @param required the sections and subsections it must hold
     * @param renames  old title to new title
     * @param version  the version to declare, or null to leave the marker alone (an unversioned template)
     */
    record Plan(RequiredSections required, Map<String, String> renames, String version) {
    }

    private static final Pattern ATX = Pattern.compile("^( {0,3}#{1,6})[ \\t]+.*$");

    private Migration() {
    }

    static FileFix apply(String source, String name, Plan plan) {
        boolean markdown = DocumentParsers.formatOf(name) == DocumentParsers.Format.MARKDOWN;
        List<Change> changes = new ArrayList<>();
        List<Insertion> insertions = new ArrayList<>();
        List<String> lines = LineFixes.lines(source);
        rename(parse(source, name, markdown), lines, plan.renames(), markdown, changes);
        if (!plan.required().sections().isEmpty()) {
            if (markdown) {
                lines = MarkdownSections.apply(parse(join(lines), name, true), lines, plan.required(), changes,
                        insertions);
            } else {
                lines = SectionFixes.apply(RstParser.parse(join(lines), name), lines, plan.required(), changes,
                        insertions);
            }
        }
        String text = changes.isEmpty() ? source : join(lines);
        // The marker last, so that every change names its line in the file as read; it comes before any section.
        if (plan.version() != null) {
            List<Insertion> marker = new ArrayList<>();
            text = withMarker(text, markdown, plan.version(), changes, marker);
            int shift = marker.isEmpty() ? 0 : marker.get(0).lineCount();
            insertions.replaceAll(i -> new Insertion(i.firstLine() + shift, i.lineCount(), i.text()));
            insertions.addAll(0, marker);
            changes.sort(java.util.Comparator.comparingInt(Change::line));
        }
        return new FileFix(source, text, changes, insertions);
    }

    private static String withMarker(String source, boolean markdown, String version, List<Change> changes,
                                     List<Insertion> insertions) {
        VersionMarker.Found before = VersionMarker.find(source, markdown);
        if (before != null && before.version().equals(version)) {
            return source;
        }
        String text = VersionMarker.withVersion(source, markdown, version);
        VersionMarker.Found after = VersionMarker.find(text, markdown);
        if (before != null) {
            changes.add(new Change(before.line(), RULE, "template version " + before.version() + " is now " + version));
            return text;
        }
        changes.add(new Change(1, RULE, "declared template version " + version));
        boolean newFrontMatter = markdown && after.line() == 2 && !source.startsWith("---");
        if (!markdown || newFrontMatter) {
            int count = markdown ? 4 : 2;
            insertions.add(new Insertion(1, count, String.join("\n", LineFixes.lines(text).subList(0, count)) + "\n"));
        } else {
            insertions.add(new Insertion(after.line(), 1, VersionMarker.KEY + ": " + version + "\n"));
        }
        return text;
    }

    private static Document parse(String text, String name, boolean markdown) {
        return (markdown ? MarkdownParser.parse(text, name) : RstParser.parse(text, name)).document();
    }

    /** Renames every section (at any depth) whose title is an old title, unless a sibling already has the new one. */
    private static void rename(Node parent, List<String> lines, Map<String, String> renames, boolean markdown,
                               List<Change> changes) {
        if (renames.isEmpty()) {
            return;
        }
        List<Section> sections = parent.childrenOf(Section.class);
        for (Section section : sections) {
            Title title = section.title();
            String to = title == null ? null : renames.get(title.rawText());
            if (to != null && sections.stream().noneMatch(s -> s.title() != null && s.title().rawText().equals(to))
                    && (markdown ? renameMarkdown(title, to, lines) : renameRst(title, to, lines))) {
                changes.add(new Change(title.span().startLine(), RULE, "renamed the section \"" + title.rawText()
                        + "\" to \"" + to + "\""));
            }
            rename(section, lines, renames, markdown, changes);
        }
    }

    private static boolean renameRst(Title title, String to, List<String> lines) {
        TitleLines at = TitleLines.locate(title, lines);
        if (at == null) {
            return false;
        }
        String adornment = remeasured(lines.get(at.underline()), title.rawText(), to, 1);
        lines.set(at.text(), to);
        lines.set(at.underline(), adornment);
        if (at.overline() >= 0) {
            lines.set(at.overline(), adornment);
        }
        return true;
    }

    private static boolean renameMarkdown(Title title, String to, List<String> lines) {
        int line = title.span().startLine() - 1;
        if (line < 0 || line >= lines.size()) {
            return false;
        }
        Matcher atx = ATX.matcher(lines.get(line));
        if (atx.matches()) {
            lines.set(line, atx.group(1) + " " + to);
            return true;
        }
        // A one-line setext heading: its text, then a line of = or -.
        if (line + 1 < lines.size() && lines.get(line).strip().equals(title.rawText())
                && lines.get(line + 1).strip().matches("=+|-+")) {
            lines.set(line + 1, remeasured(lines.get(line + 1).strip(), title.rawText(), to, 3));
            lines.set(line, to);
            return true;
        }
        return false;
    }

    /** An adornment for the new title: as wide as it when it was as wide as the old one, else never shorter. */
    private static String remeasured(String adornment, String from, String to, int minimum) {
        String stripped = adornment.stripTrailing();
        int width = ColumnWidth.of(to);
        int length = stripped.length() == ColumnWidth.of(from) ? width : Math.max(stripped.length(), width);
        return String.valueOf(stripped.charAt(0)).repeat(Math.max(minimum, length));
    }

    private static String join(List<String> lines) {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }
}
