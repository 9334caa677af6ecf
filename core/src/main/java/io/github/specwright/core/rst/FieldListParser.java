package io.github.specwright.core.rst;

import io.github.specwright.core.model.Field;
import io.github.specwright.core.model.FieldBody;
import io.github.specwright.core.model.FieldList;
import io.github.specwright.core.model.FieldName;
import io.github.specwright.core.model.SourceSpan;
import java.util.List;

/** Field lists: {@code :name: body} items; the body may continue on indented lines. */
final class FieldListParser {

    private final ParseContext ctx;
    private final BodyParser body;

    FieldListParser(ParseContext ctx, BodyParser body) {
        this.ctx = ctx;
        this.body = body;
    }

    int fieldList(Block block, int i) {
        FieldList list = new FieldList(SourceSpan.UNKNOWN);
        block.add(list);
        int pos = i;
        boolean blankFinish;
        while (true) {
            Indented field = field(block, pos, list);
            blankFinish = field.blankFinish();
            pos = field.end();
            int j = ListParser.skipBlank(block, pos);
            if (j >= block.size() || block.line(j).startsIndented()
                    || Patterns.fieldMarkerEnd(block.line(j).text()) < 0) {
                break;
            }
            pos = j;
        }
        list.setSpan(ctx.span(block.lines.subList(i, pos)));
        if (!blankFinish) {
            body.unindentWarning(block, pos, "Field list");
        }
        return pos;
    }

    private Indented field(Block block, int i, FieldList list) {
        SourceLine line = block.line(i);
        int markerEnd = Patterns.fieldMarkerEnd(line.text());
        String name = Patterns.fieldName(line.text(), markerEnd);
        Indented indented = Indented.cut(block.lines, i, false, true, null, markerEnd);
        Field field = new Field(ctx.span(block.lines.subList(i, indented.end())));
        field.addChild(new FieldName(ctx.span(line, 1, name.length()), name));
        List<SourceLine> content = indented.withoutLeadingBlanks();
        FieldBody fieldBody = new FieldBody(content.isEmpty() ? SourceSpan.UNKNOWN : ctx.span(content));
        field.addChild(fieldBody);
        list.addChild(field);
        body.parseNested(content, fieldBody, block.depth + 1);
        return indented;
    }
}
