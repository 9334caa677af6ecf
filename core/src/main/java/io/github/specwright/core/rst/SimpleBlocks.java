package io.github.specwright.core.rst;

import io.github.specwright.core.model.Attribution;
import io.github.specwright.core.model.BlockQuote;
import io.github.specwright.core.model.Diagnostic.Level;
import io.github.specwright.core.model.DoctestBlock;
import io.github.specwright.core.model.Line;
import io.github.specwright.core.model.LineBlock;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Block quotes (with attributions), doctest blocks and line blocks. */
final class SimpleBlocks {

    private static final Pattern ATTRIBUTION = Pattern.compile("(---?(?!-)|\u2014) *(?=[^ \\n])");

    private final ParseContext ctx;
    private final BodyParser body;

    SimpleBlocks(ParseContext ctx, BodyParser body) {
        this.ctx = ctx;
        this.body = body;
    }

    /** An indented block at {@code i}: one or more block quotes. */
    int blockQuote(Block block, int i) {
        Indented indented = Indented.cut(block.lines, i, false, true, null, null);
        return blockQuotes(block, indented, "Block quote");
    }

    /** Block quotes made of {@code indented}; warns when it is not followed by a blank line. */
    int blockQuotes(Block block, Indented indented, String construct) {
        List<SourceLine> lines = indented.withoutLeadingBlanks();
        while (!lines.isEmpty()) {
            int attributionStart = -1;
            int attributionEnd = -1;
            int attributionIndent = 0;
            int markerEnd = 0;
            Integer blank = null;
            boolean nonBlankSeen = false;
            for (int k = 0; k < lines.size(); k++) {
                SourceLine line = lines.get(k);
                if (!line.isBlank()) {
                    if (nonBlankSeen && blank != null && blank == k - 1) {
                        Matcher m = ATTRIBUTION.matcher(line.text());
                        if (m.lookingAt()) {
                            int[] shape = attributionShape(lines, k);
                            if (shape != null) {
                                attributionStart = k;
                                attributionEnd = shape[0];
                                attributionIndent = shape[1];
                                markerEnd = m.end();
                                break;
                            }
                        }
                    }
                    nonBlankSeen = true;
                } else {
                    blank = k;
                }
            }
            List<SourceLine> quoteLines = attributionStart < 0 ? lines : lines.subList(0, attributionStart);
            BlockQuote quote = new BlockQuote(ctx.span(attributionStart < 0 ? lines : lines.subList(0, attributionEnd)));
            block.add(quote);
            body.parseNested(quoteLines, quote, block.depth + 1);
            if (attributionStart < 0) {
                break;
            }
            List<SourceLine> attribution = new ArrayList<>();
            for (int k = attributionStart; k < attributionEnd; k++) {
                SourceLine line = lines.get(k);
                attribution.add(k == attributionStart ? line.trimLeft(markerEnd) : line.trimLeft(attributionIndent));
            }
            SourceLine first = attribution.get(0);
            String text = SourceText.stripEnd(TextParser.join(attribution));
            quote.addChild(new Attribution(ctx.span(first, attribution.get(attribution.size() - 1)), text));
            lines = Indented.trimLeadingBlanks(lines.subList(attributionEnd, lines.size()));
        }
        if (!indented.blankFinish()) {
            body.unindentWarning(block, indented.end(), construct);
        }
        return indented.end();
    }

    /** The end index and continuation indent of an attribution starting at {@code start}, or null when its lines are ragged. */
    private static int[] attributionShape(List<SourceLine> lines, int start) {
        Integer indent = null;
        int k = start + 1;
        for (; k < lines.size(); k++) {
            SourceLine line = lines.get(k);
            if (line.isBlank()) {
                break;
            }
            if (indent == null) {
                indent = line.indent();
            } else if (line.indent() != indent) {
                return null;
            }
        }
        return new int[] {k, indent == null ? 0 : indent};
    }

    /** A doctest block: {@code >>>} and the lines up to the next blank line. */
    int doctest(Block block, int i) {
        int end = i;
        while (end < block.size() && !block.isBlank(end)) {
            end++;
        }
        List<SourceLine> lines = block.lines.subList(i, end);
        block.add(new DoctestBlock(ctx.span(lines), TextParser.join(lines)));
        return end;
    }

    /** A line block: lines starting with {@code |}, nested by their indentation after the bar. */
    int lineBlock(Block block, int i) {
        List<Line> lines = new ArrayList<>();
        List<Integer> indents = new ArrayList<>();
        int pos = i;
        boolean blankFinish;
        while (true) {
            SourceLine line = block.line(pos);
            Matcher m = Patterns.LINE_BLOCK.matcher(line.text());
            m.lookingAt();
            Indented indented = Indented.cut(block.lines, pos, true, true, null, m.end());
            List<SourceLine> text = indented.lines();
            SourceLine first = text.get(0);
            SourceLine last = text.get(text.size() - 1);
            String raw = TextParser.join(text);
            lines.add(new Line(first.text().isEmpty() && text.size() == 1 ? ctx.span(line, line) : ctx.span(first, last), raw));
            indents.add(line.text().strip().equals("|") ? null : m.end() - 2);
            blankFinish = indented.blankFinish();
            pos = indented.end();
            if (blankFinish || pos >= block.size() || !Patterns.starts(Patterns.LINE_BLOCK, block.line(pos).text())) {
                break;
            }
        }
        LineBlock lineBlock = new LineBlock(ctx.span(block.lines.subList(i, pos)));
        block.add(lineBlock);
        if (!blankFinish) {
            ctx.report(block.lineNo(i) + 1, Level.WARNING, "rst-missing-blank-line",
                    "line block starting on line " + block.lineNo(i) + " is not followed by a blank line; add one");
        }
        // Lines without their own indentation take the one of the line before, as docutils does.
        Integer previous = 0;
        int[] resolved = new int[indents.size()];
        for (int k = 0; k < indents.size(); k++) {
            Integer value = indents.get(k);
            previous = value == null ? previous : value;
            resolved[k] = previous;
        }
        nest(lineBlock, lines, resolved, 0, lines.size(), 0);
        return pos;
    }

    /** docutils' nest_line_block_segment: lines indented more than the least indented become a nested line block. */
    private void nest(Node parent, List<Line> lines, int[] indents, int from, int to, int depth) {
        int least = Integer.MAX_VALUE;
        for (int k = from; k < to; k++) {
            least = Math.min(least, indents[k]);
        }
        int k = from;
        while (k < to) {
            if (indents[k] > least && depth < ParseContext.MAX_DEPTH) {
                int start = k;
                while (k < to && indents[k] > least) {
                    k++;
                }
                LineBlock nested = new LineBlock(SourceSpan.of(lines.get(start).span().startLine(),
                        lines.get(start).span().startColumn(), lines.get(k - 1).span().endLine(),
                        lines.get(k - 1).span().endColumn()));
                parent.addChild(nested);
                nest(nested, lines, indents, start, k, depth + 1);
            } else {
                parent.addChild(lines.get(k));
                k++;
            }
        }
    }
}
