package io.github.specwright.core.rst;

import io.github.specwright.core.model.Diagnostic.Level;
import io.github.specwright.core.model.OptionList;
import io.github.specwright.core.model.OptionListItem;
import io.github.specwright.core.model.SourceSpan;
import java.util.List;

/** Option lists: command-line options ({@code -a, --all  description}) with their descriptions. */
final class OptionListParser {

    private final ParseContext ctx;
    private final BodyParser body;

    OptionListParser(ParseContext ctx, BodyParser body) {
        this.ctx = ctx;
        this.body = body;
    }

    /** An option list at {@code i}; -1 when the first item has no description (then it is text). */
    int optionList(Block block, int i) {
        String firstText = block.line(i).text();
        int firstEnd = Patterns.optionMarkerEnd(firstText);
        String error = checkOptions(firstText.substring(0, firstEnd));
        if (error != null) {
            ctx.report(block.lineNo(i), Level.ERROR, "rst-list", "invalid option list marker on line " + block.lineNo(i)
                    + ": " + error);
            Indented indented = Indented.cut(block.lines, i, false, true, null, firstEnd);
            return body.parseBlockQuotes(block, indented, "Option list");
        }
        Indented probe = Indented.cut(block.lines, i, false, true, null, firstEnd);
        if (probe.withoutLeadingBlanks().isEmpty()) {
            return -1;
        }
        OptionList list = new OptionList(SourceSpan.UNKNOWN);
        block.add(list);
        int pos = i;
        boolean blankFinish;
        while (true) {
            String text = block.line(pos).text();
            int markerEnd = Patterns.optionMarkerEnd(text);
            Indented indented = Indented.cut(block.lines, pos, false, true, null, markerEnd);
            List<SourceLine> content = indented.withoutLeadingBlanks();
            OptionListItem item = new OptionListItem(ctx.span(block.lines.subList(pos, indented.end())), Patterns.optionGroup(text, markerEnd));
            list.addChild(item);
            body.parseNested(content, item, block.depth + 1);
            blankFinish = indented.blankFinish();
            pos = indented.end();
            int j = ListParser.skipBlank(block, pos);
            if (j >= block.size() || block.line(j).startsIndented()) {
                break;
            }
            String next = block.line(j).text();
            if (BlockStart.startsEarlier(BlockStart.OPTION_MARKER, next)) {
                break;
            }
            int nextEnd = Patterns.optionMarkerEnd(next);
            if (nextEnd < 0 || checkOptions(next.substring(0, nextEnd)) != null
                    || Indented.cut(block.lines, j, false, true, null, nextEnd).withoutLeadingBlanks().isEmpty()) {
                break;
            }
            pos = j;
        }
        list.setSpan(ctx.span(block.lines.subList(i, pos)));
        if (!blankFinish) {
            body.unindentWarning(block, pos, "Option list");
        }
        return pos;
    }

    /** docutils' parse_option_marker checks: each option has one or two tokens; returns the problem or null. */
    private static String checkOptions(String marker) {
        for (String option : marker.strip().split(", ")) {
            String[] tokens = option.trim().split("\\s+");
            int count = tokens.length;
            String firstToken = tokens[0];
            if (firstToken.contains("=")) {
                count++;
            } else if (firstToken.length() > 2 && ((firstToken.startsWith("-") && !firstToken.startsWith("--"))
                    || firstToken.startsWith("+"))) {
                count++;
            }
            if (count > 2 && tokens.length > 1 && tokens[1].startsWith("<") && tokens[tokens.length - 1].endsWith(">")) {
                count = 2;
            }
            if (count > 2) {
                return "option '" + option + "' has " + count + " parts; an option takes at most one argument";
            }
        }
        return null;
    }
}
