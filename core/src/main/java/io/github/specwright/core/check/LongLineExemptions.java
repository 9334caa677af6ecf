package io.github.specwright.core.check;

import io.github.specwright.core.model.CitationReference;
import io.github.specwright.core.model.Emphasis;
import io.github.specwright.core.model.FootnoteReference;
import io.github.specwright.core.model.InlineLiteral;
import io.github.specwright.core.model.InlineTarget;
import io.github.specwright.core.model.InterpretedText;
import io.github.specwright.core.model.Strong;
import io.github.specwright.core.model.SubstitutionReference;
import io.github.specwright.core.model.Text;
import io.github.specwright.core.model.LiteralBlock;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Paragraph;
import io.github.specwright.core.model.ParsedDocument;
import io.github.specwright.core.model.Table;
import io.github.specwright.core.model.Reference;
import io.github.specwright.core.model.Target;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Which lines may be longer than the limit, the way doc8 decides: lines of literal blocks and
 * link targets (from the parse tree), and lines in "directive regions" found by doc8's own
 * line-based scan. That scan is reproduced as is, quirks included, for parity: a directive
 * start is any line matching {@code ^\s*..\s(.*?)::} (the dots match any two characters), a
 * region runs over the following blank or indented lines, and a line followed by a more
 * indented line (a definition-list term, to doc8) is exempt unless it starts a list item.
 *
 * <p>doc8 also skips a line when the smallest docutils nodes "containing" it include a target.
 * docutils gives inline nodes the line of their paragraph's first line, so the first line of a
 * paragraph holding an inline target ({@code `text <url>`_} or {@code _`name`}) is exempt,
 * whichever line of the paragraph the link is on. We reproduce that for paragraphs.
 */
final class LongLineExemptions implements IntPredicate {

    private static final Pattern DIRECTIVE_START =
            Pattern.compile("^\\s*..\\s(.*?)::\\s*", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LONE_LITERAL_MARKER = Pattern.compile("^::\\s*$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(\\* |- |#\\. |\\d+\\. )", Pattern.UNICODE_CHARACTER_CLASS);

    private final BitSet exempt = new BitSet();
    private final List<String> lines;

    private LongLineExemptions(List<String> lines) {
        this.lines = lines;
    }

    /**
     * Exemptions worked out only when a line is over the limit, which few are: the scan of the
     * lines and of the parse tree is then skipped for most files.
     */
    static IntPredicate whenNeeded(Supplier<LongLineExemptions> exemptions) {
        return new IntPredicate() {
            private LongLineExemptions built;

            @Override
            public boolean test(int lineNumber) {
                if (built == null) {
                    built = exemptions.get();
                }
                return built.test(lineNumber);
            }
        };
    }

    /** Exemptions from the lines alone (what doc8 does for any file). */
    static LongLineExemptions fromLines(List<String> lines) {
        LongLineExemptions result = new LongLineExemptions(lines);
        result.addDirectiveRegions(lines);
        return result;
    }

    /**
     * Exemptions for a Markdown file: fenced and indented code, tables and link reference
     * definitions (URLs are exempt for every format). doc8's line scan is for RST only.
     */
    static LongLineExemptions forMarkdown(List<String> lines, ParsedDocument parsed) {
        LongLineExemptions result = new LongLineExemptions(lines);
        if (parsed != null) {
            result.addNodes(parsed.document(), true);
        }
        return result;
    }

    /** Adds the lines of literal blocks and targets of a parsed document. */
    LongLineExemptions withParse(ParsedDocument parsed) {
        if (parsed != null) {
            addNodes(parsed.document(), false);
        }
        return this;
    }

    @Override
    public boolean test(int lineNumber) {
        return exempt.get(lineNumber);
    }

    private void addNodes(Node node, boolean markdown) {
        if (node instanceof LiteralBlock || node instanceof Target || markdown && node instanceof Table) {
            int first = node.span().startLine();
            int last = node.span().endLine();
            if (first > 0 && last >= first) {
                exempt.set(first, last + 1);
            }
        }
        if (!markdown && createsInlineTarget(node)) {
            Node block = node.parent();
            while (block != null && !(block instanceof Paragraph) && isInline(block)) {
                block = block.parent();
            }
            if (block instanceof Paragraph && block.span().startLine() > 0) {
                exempt.set(block.span().startLine());
            }
        }
        for (Node child : node.children()) {
            addNodes(child, markdown);
        }
    }

    /** An inline target, or a named reference with an embedded URI: docutils makes a target node of both. */
    private boolean createsInlineTarget(Node node) {
        if (node instanceof InlineTarget) {
            return true;
        }
        if (!(node instanceof Reference reference) || reference.refUri() == null || reference.anonymous()) {
            return false;
        }
        int line = reference.span().startLine();
        int column = reference.span().startColumn();
        if (line < 1 || line > lines.size() || column < 1) {
            return false;
        }
        String text = lines.get(line - 1);
        return column - 1 < text.length() && text.charAt(column - 1) == '`';
    }

    private static boolean isInline(Node node) {
        return node instanceof Text || node instanceof Emphasis || node instanceof Strong
                || node instanceof InlineLiteral || node instanceof InterpretedText || node instanceof Reference
                || node instanceof FootnoteReference || node instanceof CitationReference
                || node instanceof SubstitutionReference || node instanceof InlineTarget;
    }

    private void addDirectiveRegions(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            // Both patterns need a "::"; most lines have none, and testing that is far cheaper.
            if (line.contains("::")
                    && (DIRECTIVE_START.matcher(line).lookingAt() || LONE_LITERAL_MARKER.matcher(line).matches())) {
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
