package io.github.specwright.core.rst;

import java.util.ArrayList;
import java.util.List;

/**
 * An indented block cut from a list of lines, with docutils' rules for where it ends: the
 * block runs while lines are blank or indented; {@code blankFinish} tells whether it ended on
 * a blank line (or at the end of input), which decides the "ends without a blank line"
 * warnings.
 *
 * @param lines       the block's lines with the indentation removed
 * @param indent      the indentation removed from the lines after the first
 * @param end         index in the source list just past the block
 * @param blankFinish whether the block was followed by a blank line or the end of input
 */
record Indented(List<SourceLine> lines, int indent, int end, boolean blankFinish) {

    /**
     * Cuts the block starting at {@code start}.
     *
     * @param untilBlank  stop at the first blank line
     * @param stripIndent remove the common indentation
     * @param blockIndent when not null, the known indentation every line must have
     * @param firstIndent when not null, the first line is taken whatever its indentation
     *                    and this many characters are cut from it
     */
    static Indented cut(List<SourceLine> source, int start, boolean untilBlank, boolean stripIndent,
                        Integer blockIndent, Integer firstIndent) {
        Integer indent = blockIndent;
        int end = start;
        if (blockIndent != null && firstIndent == null) {
            firstIndent = blockIndent;
        }
        if (firstIndent != null) {
            end++;
        }
        int last = source.size();
        boolean blankFinish = true;
        while (end < last) {
            SourceLine line = source.get(end);
            if (line.length() > 0 && (!line.startsIndented() || (blockIndent != null && !line.blankPrefix(blockIndent)))) {
                blankFinish = end > start && source.get(end - 1).isBlank();
                break;
            }
            if (line.isBlank()) {
                if (untilBlank) {
                    blankFinish = true;
                    break;
                }
            } else if (blockIndent == null) {
                int lineIndent = source.get(end).indent();
                indent = indent == null ? lineIndent : Math.min(indent, lineIndent);
            }
            end++;
        }
        end = Math.min(end, last);
        List<SourceLine> block = new ArrayList<>(Math.max(0, end - start));
        for (int i = start; i < end; i++) {
            SourceLine line = source.get(i);
            if (i == start && firstIndent != null) {
                line = line.trimLeft(firstIndent);
            } else if (indent != null && indent > 0 && stripIndent) {
                line = line.trimLeft(indent);
            }
            block.add(line);
        }
        return new Indented(block, indent == null ? 0 : indent, end, blankFinish);
    }

    /** The lines without leading blank lines. */
    List<SourceLine> withoutLeadingBlanks() {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return lines.subList(i, lines.size());
    }

    static List<SourceLine> trimTrailingBlanks(List<SourceLine> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        return lines.subList(0, end);
    }

    static List<SourceLine> trimLeadingBlanks(List<SourceLine> lines) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return lines.subList(i, lines.size());
    }
}
