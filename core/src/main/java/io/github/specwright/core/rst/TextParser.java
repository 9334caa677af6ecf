package io.github.specwright.core.rst;

import io.github.specwright.core.model.Classifier;
import io.github.specwright.core.internal.rst.inline.InlineParser;
import io.github.specwright.core.internal.rst.inline.Roles;
import io.github.specwright.core.model.Definition;
import io.github.specwright.core.model.DefinitionList;
import io.github.specwright.core.model.DefinitionListItem;
import io.github.specwright.core.model.Diagnostic.Level;
import io.github.specwright.core.model.LiteralBlock;
import io.github.specwright.core.model.Paragraph;
import io.github.specwright.core.model.SourceSpan;
import io.github.specwright.core.model.Term;
import io.github.specwright.core.model.Title;
import io.github.specwright.core.model.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines of plain text and what the line after them makes of them (docutils' Text and Line
 * states): paragraphs, section titles (underlined, or over- and underlined), transitions,
 * definition lists, and the literal blocks introduced by {@code ::}.
 */
final class TextParser {

    private static final Pattern CLASSIFIER_DELIMITER = Pattern.compile(" +: +");

    private final ParseContext ctx;
    private final BodyParser body;

    TextParser(ParseContext ctx, BodyParser body) {
        this.ctx = ctx;
        this.body = body;
    }

    /** A line of text at {@code i}: paragraph, underlined title or definition list term. */
    int text(Block block, int i) {
        int n = block.size();
        if (i + 1 >= n || block.isBlank(i + 1)) {
            return paragraph(block, i, i + 1);
        }
        SourceLine next = block.line(i + 1);
        if (next.startsIndented()) {
            return definitionList(block, i);
        }
        if (Patterns.isAdornment(next.text())) {
            int end = underlinedTitle(block, i);
            if (end >= 0) {
                return end;
            }
        }
        return paragraphFrom(block, i);
    }

    /** A paragraph starting at {@code i} running to the first blank line; an indented line ends it with an error. */
    int paragraphFrom(Block block, int i) {
        int end = i + 1;
        int n = block.size();
        while (end < n && !block.isBlank(end)) {
            if (block.line(end).startsIndented()) {
                ctx.report(block.lineNo(end), Level.ERROR, "rst-unexpected-indent",
                        "line " + block.lineNo(end) + " is indented but continues the paragraph above it without a blank line;"
                                + " add a blank line or remove the indentation");
                break;
            }
            end++;
        }
        return paragraph(block, i, end);
    }

    /** Builds the paragraph of lines {@code [from, to)} and the literal block its {@code ::} may announce. */
    private int paragraph(Block block, int from, int to) {
        List<SourceLine> lines = block.lines.subList(from, to);
        String data = join(lines);
        boolean literalNext = io.github.specwright.core.model.Paragraph.endsWithLiteralMarker(data);
        if (!(literalNext && data.equals("::"))) {
            block.add(new Paragraph(ctx.span(lines.get(0), lines.get(lines.size() - 1)), data));
        }
        if (literalNext) {
            return literalBlock(block, to);
        }
        return to;
    }

    /** The literal block expected at {@code start} after a paragraph ending in {@code ::}. */
    int literalBlock(Block block, int start) {
        Indented indented = Indented.cut(block.lines, start, false, true, null, null);
        List<SourceLine> content = Indented.trimTrailingBlanks(indented.withoutLeadingBlanks());
        if (!content.isEmpty()) {
            block.add(new LiteralBlock(ctx.span(content), join(content), null));
            if (!indented.blankFinish()) {
                body.unindentWarning(block, indented.end(), "Literal block");
            }
            return indented.end();
        }
        return quotedLiteralBlock(block, indented.end());
    }

    /** An unindented literal block: lines that all start with the same punctuation character. */
    private int quotedLiteralBlock(Block block, int start) {
        int n = block.size();
        if (start >= n || !Patterns.isPunct(block.line(start).text().charAt(0))) {
            int line = block.lineNo(start);
            ctx.report(line, Level.WARNING, "rst-literal-block",
                    "the paragraph ends with '::' but no literal block follows; indent the literal text"
                            + " or write ':' instead of '::'");
            return start;
        }
        char quote = block.line(start).text().charAt(0);
        int end = start;
        while (end < n && !block.isBlank(end)) {
            SourceLine line = block.line(end);
            if (line.startsIndented()) {
                ctx.report(line.lineNo(), Level.ERROR, "rst-unexpected-indent",
                        "line " + line.lineNo() + " is indented inside a quoted literal block; remove the indentation");
                break;
            }
            if (line.text().charAt(0) != quote) {
                ctx.report(line.lineNo(), Level.ERROR, "rst-literal-block",
                        "quoted literal block lines must all start with '" + quote + "'; line " + line.lineNo()
                                + " does not");
                break;
            }
            end++;
        }
        List<SourceLine> lines = block.lines.subList(start, end);
        block.add(new LiteralBlock(ctx.span(lines), join(lines), null));
        return end;
    }

    /** A title at {@code i} underlined at {@code i + 1}; -1 when the underline is too short to be one. */
    private int underlinedTitle(Block block, int i) {
        SourceLine titleLine = block.line(i);
        SourceLine underline = block.line(i + 1);
        String title = titleLine.text();
        String adornment = underline.text().strip();
        int width = ColumnWidth.of(title);
        if (width > adornment.length()) {
            if (adornment.length() < 4) {
                return -1;
            }
            ctx.report(underline.lineNo(), Level.WARNING, "rst-title-underline",
                    "title '" + title + "' has an underline of " + adornment.length() + " characters; it needs at least "
                            + width);
        }
        if (!block.matchTitles()) {
            ctx.report(underline.lineNo(), Level.SEVERE, "rst-unexpected-title",
                    "section title '" + title + "' is not allowed here (inside a list, quote, directive or table);"
                            + " titles may only appear at the document or section level");
            return i + 2;
        }
        Title node = new Title(ctx.span(titleLine, 0, title.length()), title, adornment.charAt(0), false);
        if (width > adornment.length()) {
            ctx.noteWarnedTitle(node);
        }
        block.sections.title(node, String.valueOf(adornment.charAt(0)), titleLine.lineNo(),
                ctx.span(titleLine, underline), titleLine);
        return i + 2;
    }

    /** A line of punctuation at {@code i}: overline of a title, or a transition; -1 when it is ordinary text. */
    int adornmentLine(Block block, int i) {
        SourceLine overline = block.line(i);
        String marker = overline.text().strip();
        int n = block.size();
        if (!block.matchTitles()) {
            if (marker.equals("::") || marker.length() < 4) {
                return -1;
            }
            ctx.report(overline.lineNo(), Level.SEVERE, "rst-unexpected-title",
                    "a line of '" + marker.charAt(0) + "' characters (a section title or transition) is not allowed here;"
                            + " titles and transitions may only appear at the document or section level");
            return i + 1;
        }
        if (i + 1 >= n || block.isBlank(i + 1)) {
            if (marker.length() < 4) {
                return -1;
            }
            block.add(new Transition(ctx.span(overline, overline)));
            return i + 1;
        }
        SourceLine titleLine = block.line(i + 1);
        if (Patterns.isAdornment(titleLine.text()) && !titleLine.startsIndented()) {
            if (marker.length() < 4) {
                return -1;
            }
            ctx.report(overline.lineNo(), Level.ERROR, "rst-title-overline",
                    "two adornment lines in a row (lines " + overline.lineNo() + " and " + titleLine.lineNo()
                            + ") make neither a section title nor a transition");
            return i + 2;
        }
        if (i + 2 >= n) {
            if (marker.length() < 4) {
                return -1;
            }
            ctx.report(overline.lineNo(), Level.SEVERE, "rst-title-overline",
                    "section title '" + titleLine.text().strip() + "' has an overline but the document ends before its underline");
            return n;
        }
        SourceLine underline = block.line(i + 2);
        String under = underline.text().strip();
        if (!Patterns.isAdornment(underline.text())) {
            if (marker.length() < 4) {
                return -1;
            }
            ctx.report(overline.lineNo(), Level.SEVERE, "rst-title-overline",
                    "section title '" + titleLine.text().strip() + "' has an overline but no matching underline on line "
                            + underline.lineNo());
            return i + 3;
        }
        if (!marker.equals(under)) {
            if (marker.length() < 4) {
                return -1;
            }
            ctx.report(overline.lineNo(), Level.SEVERE, "rst-title-overline",
                    "the overline and underline of section title '" + titleLine.text().strip()
                            + "' differ; make them the same character and length");
            return i + 3;
        }
        String rawTitle = titleLine.text();
        int lead = 0;
        while (lead < rawTitle.length() && rawTitle.charAt(lead) == ' ') {
            lead++;
        }
        String title = rawTitle.substring(lead);
        int width = ColumnWidth.of(rawTitle);
        if (width > marker.length()) {
            if (marker.length() < 4) {
                return -1;
            }
            ctx.report(overline.lineNo(), Level.WARNING, "rst-title-underline",
                    "title '" + title + "' has an overline of " + marker.length() + " characters; it needs at least " + width);
        }
        Title node = new Title(ctx.span(titleLine, lead, title.length()), title, under.charAt(0), true);
        if (width > marker.length()) {
            ctx.noteWarnedTitle(node);
        }
        block.sections.title(node, "" + marker.charAt(0) + under.charAt(0), titleLine.lineNo(),
                ctx.span(overline, underline), titleLine);
        return i + 3;
    }

    /** A definition list starting with the term at {@code i} (its definition is indented on the next line). */
    private int definitionList(Block block, int i) {
        DefinitionList list = new DefinitionList(SourceSpan.UNKNOWN);
        block.add(list);
        int n = block.size();
        int pos = i;
        boolean blankFinish = true;
        SourceLine first = block.line(i);
        SourceLine last = first;
        while (true) {
            Indented definition = Indented.cut(block.lines, pos + 1, false, true, null, null);
            list.addChild(item(block, block.line(pos), definition));
            blankFinish = definition.blankFinish();
            last = lastNonBlank(block, pos, definition.end());
            pos = definition.end();
            int j = pos;
            while (j < n && block.isBlank(j)) {
                j++;
            }
            if (j >= n || block.line(j).startsIndented() || BlockStart.startsNonText(block.line(j).text())
                    || j + 1 >= n || !block.line(j + 1).startsIndented() || block.isBlank(j + 1)) {
                break;
            }
            pos = j;
        }
        list.setSpan(ctx.span(first, last));
        if (!blankFinish) {
            body.unindentWarning(block, pos, "Definition list");
        }
        return pos;
    }

    private DefinitionListItem item(Block block, SourceLine termLine, Indented definition) {
        List<SourceLine> content = definition.withoutLeadingBlanks();
        SourceLine last = lastNonBlank(block.lines, content, termLine);
        DefinitionListItem item = new DefinitionListItem(ctx.span(termLine, last));
        addTermAndClassifiers(item, termLine);
        SourceSpan defSpan = content.isEmpty() ? SourceSpan.UNKNOWN : ctx.span(content);
        Definition def = new Definition(defSpan);
        item.addChild(def);
        body.parseNested(content, def, block.depth + 1);
        return item;
    }

    private void addTermAndClassifiers(DefinitionListItem item, SourceLine termLine) {
        String text = termLine.text();
        Matcher m = CLASSIFIER_DELIMITER.matcher(text);
        int start = 0;
        boolean first = true;
        List<int[]> parts = new ArrayList<>();
        List<int[]> markup = m.find() ? inlineMarkupRanges(text) : List.of();
        for (m.reset(); m.find(); ) {
            if (insideAny(markup, m.start(), m.end())) {
                continue;
            }
            parts.add(new int[] {start, m.start()});
            start = m.end();
        }
        parts.add(new int[] {start, text.length()});
        for (int[] part : parts) {
            String piece = text.substring(part[0], part[1]);
            if (first) {
                String termText = parts.size() > 1 ? SourceText.stripEnd(piece) : piece;
                item.addChild(new Term(ctx.span(termLine, part[0], termText.length()), termText));
                first = false;
            } else {
                item.addChild(new Classifier(ctx.span(termLine, part[0], piece.length()), piece));
            }
        }
    }

    /**
     * The ranges of a term line that inline markup covers: docutils looks for the classifier delimiter only in
     * the term's plain text, after its inline markup is read ({@code ``a : b``} is one literal, not a classifier).
     */
    private static List<int[]> inlineMarkupRanges(String text) {
        List<int[]> ranges = new ArrayList<>();
        InlineParser.Result result = new InlineParser(Roles.standard()).parse(text, 1, 1);
        for (io.github.specwright.core.model.Node node : result.nodes()) {
            if (!(node instanceof io.github.specwright.core.model.Text) && node.span().startLine() == 1
                    && node.span().endLine() == 1) {
                ranges.add(new int[] {node.span().startColumn() - 1, node.span().endColumn() - 1});
            }
        }
        return ranges;
    }

    private static boolean insideAny(List<int[]> ranges, int start, int end) {
        for (int[] range : ranges) {
            if (start < range[1] && end > range[0]) {
                return true;
            }
        }
        return false;
    }

    private static SourceLine lastNonBlank(List<SourceLine> all, List<SourceLine> content, SourceLine fallback) {
        for (int k = content.size() - 1; k >= 0; k--) {
            if (!content.get(k).isBlank()) {
                return content.get(k);
            }
        }
        return fallback;
    }

    private static SourceLine lastNonBlank(Block block, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            if (!block.isBlank(k)) {
                return block.line(k);
            }
        }
        return block.line(from);
    }

    static String join(List<SourceLine> lines) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < lines.size(); k++) {
            if (k > 0) {
                out.append('\n');
            }
            out.append(lines.get(k).text());
        }
        return out.toString();
    }
}
