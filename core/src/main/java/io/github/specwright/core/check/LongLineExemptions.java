package io.github.specwright.core.check;

import io.github.specwright.core.model.LiteralBlock;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.ParsedDocument;
import io.github.specwright.core.model.Target;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Which lines may be longer than the limit, the way doc8 decides: lines of literal blocks and
 * link targets (from the parse tree), and lines in "directive regions" found by doc8's own
 * line-based scan. That scan is reproduced as is, quirks included, for parity: a directive
 * start is any line matching {@code ^\s*..\s(.*?)::} (the dots match any two characters), a
 * region runs over the following blank or indented lines, and a line followed by a more
 * indented line (a definition-list term, to doc8) is exempt unless it starts a list item.
 */
final class LongLineExemptions implements IntPredicate {

    private static final Pattern DIRECTIVE_START =
            Pattern.compile("^\\s*..\\s(.*?)::\\s*", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LONE_LITERAL_MARKER = Pattern.compile("^::\\s*$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(\\* |- |#\\. |\\d+\\. )", Pattern.UNICODE_CHARACTER_CLASS);

    private final BitSet exempt = new BitSet();

    private LongLineExemptions() {
    }

    /** Exemptions from the lines alone (what doc8 does for any file). */
    static LongLineExemptions fromLines(List<String> lines) {
        LongLineExemptions result = new LongLineExemptions();
        result.addDirectiveRegions(lines);
        return result;
    }

    /** Adds the lines of literal blocks and targets of a parsed document. */
    LongLineExemptions withParse(ParsedDocument parsed) {
        if (parsed != null) {
            addNodes(parsed.document());
        }
        return this;
    }

    @Override
    public boolean test(int lineNumber) {
        return exempt.get(lineNumber);
    }

    private void addNodes(Node node) {
        if (node instanceof LiteralBlock || node instanceof Target) {
            int first = node.span().startLine();
            int last = node.span().endLine();
            if (first > 0 && last >= first) {
                exempt.set(first, last + 1);
            }
        }
        for (Node child : node.children()) {
            addNodes(child);
        }
    }

    private void addDirectiveRegions(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (DIRECTIVE_START.matcher(line).lookingAt() || LONE_LITERAL_MARKER.matcher(line).matches()) {
                int end = i;
                while (end + 1 < lines.size()) {
                    String next = lines.get(end + 1);
                    if (next.isBlank() || leadingWhitespace(next) >= 1) {
                        end++;
                    } else {
                        break;
                    }
                }
                exempt.set(i + 1, end + 2);
            }
        }
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || LIST_ITEM.matcher(line).lookingAt()) {
                continue;
            }
            if (leadingWhitespace(line) < leadingWhitespace(lines.get(i + 1))) {
                exempt.set(i + 1);
            }
        }
    }

    private static int leadingWhitespace(String line) {
        int count = 0;
        while (count < line.length() && FormatRules.isWhitespace(line.charAt(count))) {
            count++;
        }
        return count;
    }
}
