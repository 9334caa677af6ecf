package io.github.specwright.core.check;

import io.github.specwright.core.base.FindingSink;
import io.github.specwright.core.base.Rule;
import io.github.specwright.core.base.RuleGroup;

import static io.github.specwright.core.base.RuleGroup.FORMAT;

import io.github.specwright.core.model.LiteralBlock;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.ParsedDocument;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * The line-based formatting rules ({@link FormatRules}, doc8's D001 to D005) and invisible
 * characters. Runs on every decoded file, parsed or not: the tree only adds exemptions.
 */
final class FormatCheck implements DocumentCheck {

    private static final List<Rule> RULES = List.of(
            Rule.error(RuleIds.LINE_LENGTH, FORMAT, "first column past the limit",
                    "Lines are wrapped at the configured width (79 columns by default).",
                    "See the exemptions below."),
            Rule.error(RuleIds.TRAILING_WHITESPACE, FORMAT, "where the whitespace starts",
                    "Lines do not end with spaces or tabs.", "").repairedByFix(),
            Rule.error(RuleIds.TAB_INDENT, FORMAT, "the tab", "Indentation uses spaces, not tabs.",
                    "A tab in the leading whitespace.").repairedByFix(),
            Rule.error(RuleIds.CARRIAGE_RETURN, FORMAT, "the CR", "Lines end with LF only, never CR.",
                    "CR LF or lone CR line ends.").repairedByFix(),
            Rule.error(RuleIds.FINAL_NEWLINE, FORMAT, "after the last character", "The file ends with a newline.", "")
                    .repairedByFix(),
            Rule.error(RuleIds.INVISIBLE_CHARACTER, FORMAT, "the character",
                    "The text holds no character that changes what a reviewer sees without being seen.",
                    "A character that changes what a reviewer sees (see `invisible-characters`), named with its "
                            + "code point; `fix` removes zero-width spaces, word joiners, soft hyphens and BOMs "
                            + "after the start.").repairedByFix());

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");

    @Override
    public List<Rule> rules() {
        return RULES;
    }

    @Override
    public boolean needsTree() {
        return false;
    }

    @Override
    public void check(SpecDocument document, FindingSink sink) {
        List<String> lines = document.lines();
        ParsedDocument tree = document.parsed();
        IntPredicate exemptions = LongLineExemptions.whenNeeded(() -> document.isMarkdown()
                ? LongLineExemptions.forMarkdown(lines, tree)
                : LongLineExemptions.fromLines(lines).withParse(tree));
        List<Problem> problems = new ArrayList<>(FormatRules.check(document.text(), lines,
                document.config().maxLineLength(), exemptions));
        for (int i = 0; i < lines.size(); i++) {
            problems.addAll(document.config().invisibleCharacters().check(lines.get(i), i + 1));
        }
        if (tree != null && document.isMarkdown() && !document.config().checksTabsInMarkdownCode()) {
            dropTabsInFencedCode(problems, tree.document(), lines);
        }
        problems.forEach(problem -> sink.report(problem.line(), problem.column(), problem.ruleId(), problem.message()));
    }

    /**
     * Tab indentation inside a fenced Markdown code block is the code's own (Go, Makefiles): not a
     * finding by default. (In an indented code block the tab is the markup itself, and still reported.)
     */
    private static void dropTabsInFencedCode(List<Problem> problems, Node document, List<String> lines) {
        BitSet code = new BitSet();
        markFencedCode(document, lines, code);
        problems.removeIf(problem -> problem.ruleId().equals(RuleIds.TAB_INDENT) && code.get(problem.line()));
    }

    private static void markFencedCode(Node node, List<String> lines, BitSet code) {
        int first = node.span().startLine();
        if (node instanceof LiteralBlock && first > 0 && first <= lines.size()
                && FENCE.matcher(lines.get(first - 1)).find()) {
            code.set(first, node.span().endLine() + 1);
            return;
        }
        for (Node child : node.children()) {
            markFencedCode(child, lines, code);
        }
    }
}
