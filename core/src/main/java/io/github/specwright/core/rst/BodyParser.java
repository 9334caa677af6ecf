package io.github.specwright.core.rst;

import io.github.specwright.core.model.Diagnostic.Level;
import io.github.specwright.core.model.LiteralBlock;
import io.github.specwright.core.model.Node;
import java.util.List;

/**
 * The block stage's main loop (docutils' Body state): looks at the first line of each element
 * and hands it to the parser of the construct it starts. Nested content (list items, block
 * quotes, directive bodies) is parsed by a nested call, bounded by {@link ParseContext#MAX_DEPTH}
 * so deeply nested input cannot exhaust the stack.
 */
final class BodyParser {

    private final ParseContext ctx;
    private final TextParser text;
    private final ListParser lists;
    private final FieldListParser fields;
    private final OptionListParser options;
    private final ExplicitMarkupParser explicit;
    private final TableParser tables;
    private final SimpleBlocks simple;

    BodyParser(ParseContext ctx) {
        this.ctx = ctx;
        this.text = new TextParser(ctx, this);
        this.lists = new ListParser(ctx, this);
        this.fields = new FieldListParser(ctx, this);
        this.options = new OptionListParser(ctx, this);
        this.explicit = new ExplicitMarkupParser(ctx, this);
        this.tables = new TableParser(ctx, this);
        this.simple = new SimpleBlocks(ctx, this);
    }

    ParseContext context() {
        return ctx;
    }

    TextParser text() {
        return text;
    }

    /** Parses nested body content into {@code parent}; titles are not allowed there. */
    void parseNested(List<SourceLine> lines, Node parent, int depth) {
        if (depth > ParseContext.MAX_DEPTH) {
            List<SourceLine> content = Indented.trimTrailingBlanks(Indented.trimLeadingBlanks(lines));
            if (!content.isEmpty()) {
                ctx.reportTooDeep(content.get(0).lineNo());
                StringBuilder literal = new StringBuilder();
                for (SourceLine line : content) {
                    if (literal.length() > 0) {
                        literal.append('\n');
                    }
                    literal.append(line.text());
                }
                parent.addChild(new LiteralBlock(ctx.span(content), literal.toString(), null));
            }
            return;
        }
        run(new Block(lines, parent, null, depth));
    }

    /** Parses a whole block, element after element. */
    void run(Block block) {
        int i = 0;
        int n = block.size();
        int outerDepth = ctx.enterDepth(block.depth);
        while (i < n) {
            if (block.isBlank(i)) {
                i++;
                continue;
            }
            int next = parseElement(block, i);
            // Nested parses change the depth; problems of this block are reported at its own.
            ctx.enterDepth(block.depth);
            // Every construct consumes at least its first line; guard against a stalled loop anyway.
            i = Math.max(next, i + 1);
        }
        ctx.enterDepth(outerDepth);
    }

    /** Parses the element starting at {@code i}; returns the index after it. */
    int parseElement(Block block, int i) {
        SourceLine line = block.line(i);
        if (line.startsIndented()) {
            return simple.blockQuote(block, i);
        }
        String s = line.text();
        for (BlockStart start : BlockStart.ORDER) {
            if (start.matches(s)) {
                int end = parse(start, block, i);
                if (end >= 0 || !start.mayDecline) {
                    return end;
                }
            }
        }
        return text.text(block, i);
    }

    /** Hands the element at {@code i} to the parser of {@code start}; -1 when that parser turns it down. */
    private int parse(BlockStart start, Block block, int i) {
        switch (start) {
            case BULLET:
                return lists.bulletList(block, i);
            case ENUMERATOR:
                return lists.enumeratedList(block, i);
            case FIELD_MARKER:
                return fields.fieldList(block, i);
            case OPTION_MARKER:
                return options.optionList(block, i);
            case DOCTEST:
                return simple.doctest(block, i);
            case LINE_BLOCK:
                return simple.lineBlock(block, i);
            case GRID_TABLE_TOP:
                return tables.gridTable(block, i);
            case SIMPLE_TABLE_TOP:
                return tables.simpleTable(block, i);
            case EXPLICIT_MARKUP:
            case ANONYMOUS_TARGET:
                return explicit.explicitMarkup(block, i);
            default:
                return text.adornmentLine(block, i);
        }
    }

    /** Block quotes made of {@code indented} (also used for an option list with a bad marker). */
    int parseBlockQuotes(Block block, Indented indented, String construct) {
        return simple.blockQuotes(block, indented, construct);
    }

    /** docutils' "X ends without a blank line; unexpected unindent." warning, at the first line after the construct. */
    void unindentWarning(Block block, int end, String construct) {
        ctx.report(block.lineNo(end), Level.WARNING, "rst-missing-blank-line",
                construct + " ends at line " + (block.lineNo(end) - 1)
                        + " without a blank line before the next, less indented text; add a blank line");
    }
}
