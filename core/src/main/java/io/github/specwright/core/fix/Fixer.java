package io.github.specwright.core.fix;

import io.github.specwright.core.internal.markdown.MarkdownParser;
import io.github.specwright.core.model.ParsedDocument;
import io.github.specwright.core.parse.DocumentParsers;
import io.github.specwright.core.rst.RstParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Fixes what can be fixed without a human: line ends, indentation tabs, trailing whitespace,
 * the final newline, short title adornments, missing template sections (appended with the
 * body "None") and, on request, over-long plain paragraphs.
 *
 * <p>Markdown files ({@code .md}, {@code .markdown}) get the line fixes only: line ends,
 * trailing whitespace (the trailing spaces of a hard line break become a backslash) and the
 * final newline; tabs, titles, paragraphs and sections are left as they are.
 *
 * <p>The guarantee: only whitespace and adornment characters change, and added sections are
 * only added; no other character of the text is lost, moved out of its block or altered.
 * Literal blocks, tables and directive bodies are never re-wrapped. Stateless and thread-safe.
 */
public final class Fixer {

    private final FixOptions options;

    public Fixer(FixOptions options) {
        this.options = options;
    }

    /**
     * Fixes one text.
     *
     * @param source   the text as read
     * @param name     the file's name, for the parser's messages
     * @param required the template sections this file must hold ({@link RequiredSections#none()}
     *                 for files that are not specs)
     */
    public FileFix fix(String source, String name, RequiredSections required) {
        List<Change> changes = new ArrayList<>();
        List<Insertion> insertions = new ArrayList<>();
        if (DocumentParsers.formatOf(name) == DocumentParsers.Format.MARKDOWN) {
            // Markdown gets the line fixes only: its titles have no adornment to lengthen, and
            // re-wrapping or adding sections would need a Markdown writer.
            String fixed = LineFixes.applyMarkdown(source, changes, MarkdownParser.trailingSpaceBreakLines(source));
            return new FileFix(source, fixed, changes, insertions);
        }
        String text = LineFixes.apply(source, changes);

        List<String> lines = LineFixes.lines(text);
        ParsedDocument parsed = RstParser.parse(text, name);
        AdornmentFixes.apply(parsed, lines, changes);

        if (options.rewrap()) {
            String adorned = join(lines);
            lines = Rewrap.apply(RstParser.parse(adorned, name), lines, options.lineLength(), changes);
        }
        if (!required.sections().isEmpty()) {
            String before = join(lines);
            lines = SectionFixes.apply(RstParser.parse(before, name), lines, required, changes, insertions);
        }
        String fixed = text.isEmpty() ? text : join(lines);
        return new FileFix(source, fixed, changes, insertions);
    }

    private static String join(List<String> lines) {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }
}
