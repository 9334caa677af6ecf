package io.github.specwright.core.rst;

import io.github.specwright.core.model.BulletList;
import io.github.specwright.core.model.Diagnostic.Level;
import io.github.specwright.core.model.Directive;
import io.github.specwright.core.model.LiteralBlock;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.SourceSpan;
import io.github.specwright.core.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Directives: {@code .. name:: arguments}, an option field list, a blank line and the
 * content. Arguments, options and content are split as docutils does for the directive's
 * {@link Directives.Spec}; body content is parsed into the node, literal content becomes a
 * {@link LiteralBlock}. Unknown directives are kept with an error.
 */
final class DirectiveParser {

    /** Directives whose argument is a title (inline markup parsed): the tables' and the rubric's text. */
    private static final Set<String> TITLED = Set.of("table", "list-table", "csv-table", "rubric", "topic",
            "sidebar", "admonition");

    /** Directives that must have content. */
    private static final Set<String> NEEDS_CONTENT = Set.of("attention", "caution", "danger", "error", "hint",
            "important", "note", "tip", "warning", "admonition", "seealso", "todo", "code", "topic", "sidebar",
            "line-block", "parsed-literal", "epigraph", "highlights", "pull-quote", "compound", "container", "replace", "table");

    private final ParseContext ctx;
    private final BodyParser body;
    /** Set while the directive of a substitution definition is built (images align differently there). */
    private boolean inSubstitution;

    DirectiveParser(ParseContext ctx, BodyParser body) {
        this.ctx = ctx;
        this.body = body;
    }

    ExplicitMarkupParser.End directive(Block block, int i, Patterns.Start m, ExplicitMarkupParser.Sink sink) {
        String name = m.name();
        int lineNo = block.lineNo(i);
        Directives.Spec spec = ctx.directives().find(name);
        if (spec == null) {
            Indented indented = Indented.cut(block.lines, i, false, false, null, 0);
            ctx.report(lineNo, Level.ERROR, "rst-unknown-directive",
                    "unknown directive '" + name + "'; check its spelling or register it as an extra directive");
            String arguments = block.line(i).text().substring(m.end()).strip();
            List<SourceLine> rest = dedent(Indented.trimTrailingBlanks(
                    Indented.trimLeadingBlanks(indented.lines().subList(1, indented.lines().size()))));
            Directive node = new Directive(ctx.span(Indented.trimTrailingBlanks(indented.lines())), name, arguments,
                    Map.of(), TextParser.join(rest), rest.isEmpty() ? 0 : rest.get(0).lineNo());
            sink.add(node);
            return new ExplicitMarkupParser.End(indented.end(), indented.blankFinish());
        }
        Indented indented = Indented.cut(block.lines, i, false, true, null, m.end());
        SourceSpan span = ctx.span(block.lines.subList(i, indented.end()));
        Directive node = build(name, spec, indented.lines(), lineNo, span, block.depth);
        if (node != null) {
            sink.add(node);
        }
        return new ExplicitMarkupParser.End(indented.end(), indented.blankFinish());
    }

    /**
     * A directive embedded in a substitution definition; {@code lines} start at the directive
     * name. Returns whether it gave the substitution its content.
     */
    boolean embedded(List<SourceLine> lines, Patterns.Start m, Node parent, int depth) {
        String name = m.name();
        Directives.Spec spec = ctx.directives().find(name);
        int lineNo = lines.get(0).lineNo();
        List<SourceLine> block = new ArrayList<>();
        block.add(lines.get(0).trimLeft(m.end()));
        block.addAll(lines.subList(1, lines.size()));
        if (spec == null) {
            ctx.report(lineNo, Level.ERROR, "rst-unknown-directive",
                    "unknown directive '" + name + "'; check its spelling or register it as an extra directive");
            parent.addChild(new Directive(ctx.span(lines), name, block.get(0).text().strip(), Map.of(), "", 0));
            return false;
        }
        inSubstitution = true;
        Directive node;
        try {
            node = build(name, spec, block, lineNo, ctx.span(lines), depth);
        } finally {
            inSubstitution = false;
        }
        if (node == null) {
            return false;
        }
        parent.addChild(node);
        return ctx.directives().isInline(name) && !replaceFailed;
    }

    private Directive build(String name, Directives.Spec spec, List<SourceLine> block, int lineNo, SourceSpan span, int depth) {
        replaceFailed = false;
        List<SourceLine> lines = new ArrayList<>(block);
        if (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        lines = new ArrayList<>(Indented.trimTrailingBlanks(lines));
        boolean takesArguments = spec.requiredArguments() + spec.optionalArguments() > 0;
        List<SourceLine> argBlock = new ArrayList<>();
        List<SourceLine> content;
        int firstBlank = lines.size();
        if (!lines.isEmpty() && (takesArguments || spec.takesOptions())) {
            for (int k = 0; k < lines.size(); k++) {
                if (lines.get(k).isBlank()) {
                    firstBlank = k;
                    break;
                }
            }
            argBlock.addAll(lines.subList(0, firstBlank));
            content = new ArrayList<>(lines.subList(Math.min(lines.size(), firstBlank + 1), lines.size()));
        } else {
            content = new ArrayList<>(lines);
        }
        Map<String, String> options = new LinkedHashMap<>();
        if (spec.takesOptions()) {
            int optionStart = -1;
            for (int k = 0; k < argBlock.size(); k++) {
                if (Patterns.fieldMarkerEnd(argBlock.get(k).text()) >= 0) {
                    optionStart = k;
                    break;
                }
            }
            if (optionStart >= 0) {
                String problem = parseOptions(argBlock.subList(optionStart, argBlock.size()), options, spec.optionNames());
                if (problem != null) {
                    return error(name, lineNo, problem);
                }
                argBlock = new ArrayList<>(argBlock.subList(0, optionStart));
            }
        }
        String lowerName = name.toLowerCase(Locale.ROOT);
        if (lowerName.equals("image") || lowerName.equals("figure")) {
            String problem = ImageOptions.problem(lowerName, options, inSubstitution);
            if (problem != null) {
                return error(name, lineNo, problem);
            }
        }
        if (!argBlock.isEmpty() && !takesArguments) {
            List<SourceLine> merged = new ArrayList<>(argBlock);
            merged.addAll(lines.subList(Math.min(firstBlank, lines.size()), lines.size()));
            content = merged;
            argBlock.clear();
        }
        content = new ArrayList<>(Indented.trimLeadingBlanks(content));
        String arguments = "";
        if (takesArguments) {
            StringBuilder text = new StringBuilder();
            for (SourceLine line : argBlock) {
                text.append(text.length() > 0 ? "\n" : "").append(line.text());
            }
            String argText = text.toString().strip();
            String[] words = argText.isEmpty() ? new String[0] : argText.split("\\s+");
            int max = spec.requiredArguments() + spec.optionalArguments();
            if (words.length < spec.requiredArguments()) {
                return error(name, lineNo, spec.requiredArguments() + " argument(s) required, " + words.length + " given");
            }
            if (words.length > max && !spec.finalArgumentWhitespace()) {
                return error(name, lineNo, "at most " + max + " argument(s) allowed, " + words.length + " given");
            }
            arguments = argText;
        }
        if (!content.isEmpty() && spec.content() == Directives.Content.NONE) {
            return error(name, lineNo, "it takes no content, but has some on line " + content.get(0).lineNo());
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("unicode") && inSubstitution) {
            // docutils: "Invalid character code"; the substitution is left without content
            String invalid = io.github.specwright.core.internal.text.UnicodeCodes.firstInvalid(arguments);
            if (invalid != null) {
                return error(name, lineNo, "the character code '" + invalid + "' is beyond U+10FFFF, the last"
                        + " Unicode character; give a code up to U+10FFFF (1114111 in decimal)");
            }
        }
        if (content.isEmpty() && NEEDS_CONTENT.contains(lower)) {
            // docutils replaces such a directive by its error message: nothing is left in the tree.
            ctx.report(lineNo, Level.ERROR, "rst-directive-error",
                    "the '" + name + "' directive on line " + lineNo + " needs content; none found");
            return null;
        }
        Directive node = new Directive(span, name, arguments, options, TextParser.join(content),
                content.isEmpty() ? 0 : content.get(0).lineNo());
        if (TITLED.contains(lower) && !arguments.isBlank() && !argBlock.isEmpty()) {
            node.setTitle(new io.github.specwright.core.model.Title(ctx.span(argBlock), arguments, ' ', false));
        }
        if (!content.isEmpty()) {
            // Literal content keeps its indentation relative to the directive's whole block (options and
            // arguments included), as docutils keeps it: content indented past the options keeps the extra.
            if (spec.content() == Directives.Content.PARSED_LITERAL) {
                node.addChild(new io.github.specwright.core.model.ParsedLiteral(ctx.span(content),
                        TextParser.join(content)));
            } else if (spec.content() == Directives.Content.LITERAL) {
                String language = lower.equals("code") || lower.equals("code-block") || lower.equals("sourcecode")
                        ? (arguments.isEmpty() ? null : arguments.split("\\s+")[0]) : null;
                node.addChild(new LiteralBlock(ctx.span(content), TextParser.join(content), language));
            } else if (lower.equals("line-block")) {
                // each content line is a line, its indentation nesting it: read as "| " line-block syntax
                List<SourceLine> lineBlock = new ArrayList<>();
                for (SourceLine line : dedent(content)) {
                    lineBlock.add(line.isBlank() ? new SourceLine(line.lineNo(), line.column(), "|")
                            : new SourceLine(line.lineNo(), Math.max(1, line.column() - 2), "| " + line.text()));
                }
                body.parseNested(lineBlock, node, depth + 1);
            } else if (lower.equals("csv-table")) {
                // CSV data, not body markup: each cell is parsed on its own
                if (!new CsvTableParser(ctx, body).parse(node, dedent(content), depth)) {
                    return null;
                }
            } else {
                int before = ctx.diagnosticCount();
                body.parseNested(content, node, depth + 1);
                if (lower.equals("replace")) {
                    checkReplace(node, name, lineNo);
                }
                if (lower.equals("table") && (node.children().size() != 1 || !(node.children().get(0) instanceof Table))) {
                    ctx.report(lineNo, Level.ERROR, "rst-directive-error", "the '" + name + "' directive on line " + lineNo
                            + " must hold exactly one table; put one grid or simple table in its content");
                    return null;
                }
                if (lower.equals("list-table")
                        && !checkListTable(node, name, lineNo, ctx.diagnosticsAtDepth(before, depth + 1) > 0, options)) {
                    return null;
                }
            }
        } else if (lower.equals("list-table") || lower.equals("csv-table")) {
            ctx.report(lineNo, Level.ERROR, "rst-directive-error",
                    "the '" + name + "' directive on line " + lineNo + " is empty; it needs content");
            return null;
        }
        return node;
    }

    /**
     * docutils' list-table check: the content must be one bullet list whose items each hold one
     * bullet list, all of the same length (problems reported inside the content count as extra
     * elements, as docutils' system messages do). Returns false (the table is dropped, as docutils
     * drops it) when the check fails.
     */
    private boolean checkListTable(Directive node, String name, int lineNo, boolean messagesInside, Map<String, String> options) {
        String problem = null;
        if (messagesInside || node.children().size() != 1 || !(node.children().get(0) instanceof BulletList rows)) {
            problem = "its content must be exactly one bullet list";
        } else {
            int columns = 0;
            for (int r = 0; r < rows.children().size() && problem == null; r++) {
                Node row = rows.children().get(r);
                if (row.children().size() != 1 || !(row.children().get(0) instanceof BulletList cells)) {
                    problem = "row " + (r + 1) + " does not hold a second-level bullet list";
                } else if (r == 0) {
                    columns = cells.children().size();
                } else if (cells.children().size() != columns) {
                    problem = "row " + (r + 1) + " has " + cells.children().size() + " items but row 1 has " + columns;
                }
            }
            String widths = options.get("widths");
            if (problem == null && widths != null && !widths.strip().equals("auto") && !widths.isBlank()
                    && widths.strip().split("[\\s,]+").length != columns) {
                problem = "its widths give " + widths.strip().split("[\\s,]+").length + " columns but the rows have "
                        + columns;
            }
            String stubColumns = options.get("stub-columns");
            if (problem == null && stubColumns != null && stubColumns.strip().matches("[0-9]+")
                    && Integer.parseInt(stubColumns.strip()) >= columns && columns > 0) {
                problem = stubColumns.strip() + " stub column(s) given but the rows have " + columns + "; none is left for"
                        + " the table body; lower :stub-columns:";
            }
            String headerRows = options.get("header-rows");
            if (problem == null && headerRows != null && headerRows.strip().matches("[0-9]+")
                    && Integer.parseInt(headerRows.strip()) > rows.children().size()) {
                problem = headerRows.strip() + " header row(s) given but the table has only " + rows.children().size()
                        + " row(s)";
            }
        }
        if (problem != null) {
            ctx.report(lineNo, Level.ERROR, "rst-directive-error",
                    "the '" + name + "' directive on line " + lineNo + " must hold a uniform two-level bullet list: " + problem);
        }
        return problem == null;
    }

    /** Set when the last replace directive did not hold exactly one paragraph (then it gives no text). */
    private boolean replaceFailed;

    /** docutils' replace: the content must be one paragraph (problems reported inside it aside). */
    private void checkReplace(Directive node, String name, int lineNo) {
        int paragraphs = 0;
        boolean other = false;
        for (Node child : node.children()) {
            if (child instanceof io.github.specwright.core.model.Paragraph) {
                paragraphs++;
            } else {
                other = true;
            }
        }
        replaceFailed = other || paragraphs != 1;
        if (other || paragraphs > 1) {
            ctx.report(lineNo, Level.ERROR, "rst-directive-error",
                    "error in the '" + name + "' directive: its content must be a single paragraph");
        }
    }

    private Directive error(String name, int lineNo, String problem) {
        ctx.report(lineNo, Level.ERROR, "rst-directive-error", "error in the '" + name + "' directive: " + problem);
        return null;
    }

    /** Parses the option field list; returns a problem description or null. */
    private static String parseOptions(List<SourceLine> lines, Map<String, String> options, Set<String> allowed) {
        int k = 0;
        while (k < lines.size()) {
            SourceLine line = lines.get(k);
            int end = Patterns.fieldMarkerEnd(line.text());
            if (end < 0) {
                return "invalid option block on line " + line.lineNo();
            }
            String key = Patterns.fieldName(line.text(), end).toLowerCase(Locale.ROOT);
            StringBuilder value = new StringBuilder(line.text().substring(end).strip());
            k++;
            while (k < lines.size() && lines.get(k).startsIndented()) {
                value.append(value.length() > 0 ? "\n" : "").append(lines.get(k).text().strip());
                k++;
            }
            if (allowed != null && !allowed.contains(key)) {
                return "unknown option '" + key + "'" + (allowed.isEmpty() ? "; it takes none"
                        : "; it takes " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
            if (options.containsKey(key)) {
                return "duplicate option '" + key + "'";
            }
            options.put(key, value.toString());
        }
        return null;
    }

    /** Lines with their common indentation removed. */
    private static List<SourceLine> dedent(List<SourceLine> lines) {
        int min = Integer.MAX_VALUE;
        for (SourceLine line : lines) {
            if (!line.isBlank()) {
                min = Math.min(min, line.indent());
            }
        }
        if (min == 0 || min == Integer.MAX_VALUE) {
            return lines;
        }
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (SourceLine line : lines) {
            out.add(line.trimLeft(min));
        }
        return out;
    }
}
