package io.github.specwright.core.rst;

import io.github.specwright.core.model.Diagnostic.Level;
import io.github.specwright.core.model.LiteralBlock;
import io.github.specwright.core.model.Table;
import java.util.List;

/** Grid tables and simple tables (first version: the table is isolated and kept whole). */
final class TableParser {

    private final ParseContext ctx;
    private final BodyParser body;

    TableParser(ParseContext ctx, BodyParser body) {
        this.ctx = ctx;
        this.body = body;
    }

    int gridTable(Block block, int i) {
        int end = i;
        while (end < block.size() && !block.isBlank(end)) {
            end++;
        }
        List<SourceLine> lines = block.lines.subList(i, end);
        block.add(new Table(ctx.span(lines), Table.Kind.GRID));
        return end;
    }

    int simpleTable(Block block, int i) {
        int end = i;
        while (end < block.size() && !block.isBlank(end)) {
            end++;
        }
        List<SourceLine> lines = block.lines.subList(i, end);
        block.add(new Table(ctx.span(lines), Table.Kind.SIMPLE));
        return end;
    }
}
