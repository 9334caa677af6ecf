package io.github.specwright.core.internal.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import io.github.specwright.core.model.Comment;
import io.github.specwright.core.model.Diagnostic;
import io.github.specwright.core.model.Directive;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.EnumeratedList;
import io.github.specwright.core.model.Footnote;
import io.github.specwright.core.model.ListItem;
import io.github.specwright.core.model.LiteralBlock;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.SourceSpan;
import io.github.specwright.core.model.Table;
import io.github.specwright.core.model.Target;
import io.github.specwright.core.model.Text;
import io.github.specwright.core.model.Title;
import io.github.specwright.core.model.Transition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the model tree from flexmark's: maps each block, then hands the top-level blocks and
 * headings to {@link SectionNester}. Reports the Markdown problems flexmark accepts silently:
 * unclosed code fences, duplicate link definitions and (through {@link InlineBuilder}) references
 * to undefined labels.
 */
final class MarkdownTreeBuilder {

    /** Deeper nesting than this is no spec's; stopping here keeps every visitor of the tree safe. */
    static final int MAX_DEPTH = 100;

    private final String text;
    private final String sourceName;
    private final LineIndex index;
    private final List<Diagnostic> diagnostics;
    private InlineBuilder inlines;
    private RecoveredDefinitions recovered;
    /** Every heading's anchor as GitHub makes it, worked out once for the whole file. */
    private Map<Heading, String> headingAnchors;
    private boolean tooDeepReported;

    MarkdownTreeBuilder(String text, String sourceName, List<Diagnostic> diagnostics) {
        this.text = text;
        this.sourceName = sourceName;
        this.index = new LineIndex(text);
        this.diagnostics = diagnostics;
    }

    Document build(com.vladsch.flexmark.util.ast.Document ast) {
        recovered = new RecoveredDefinitions(ast);
        inlines = new InlineBuilder(index, ast, recovered, diagnostics);
        reportDuplicateDefinitions(ast);
        headingAnchors = GithubAnchors.ofHeadings(ast);
        new BrokenFragments(index, diagnostics).check(ast, headingAnchors);
        List<SectionNester.Item> items = new ArrayList<>();
        for (com.vladsch.flexmark.util.ast.Node child = ast.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading heading) {
                items.add(new SectionNester.Item(title(heading), heading.getLevel()));
            } else {
                Node node = block(child, 1);
                if (node != null) {
                    items.add(new SectionNester.Item(node, 0));
                }
            }
        }
        Document document = new Document(index.span(0, text.length()), sourceName);
        new SectionNester(diagnostics).nest(document, items);
        return document;
    }

    private Node block(com.vladsch.flexmark.util.ast.Node node, int depth) {
        if (depth > MAX_DEPTH) {
            reportTooDeep(node);
            return null;
        }
        SourceSpan span = index.span(node.getStartOffset(), node.getEndOffset());
        if (node instanceof Paragraph paragraph) {
            return withInlines(new io.github.specwright.core.model.Paragraph(span, paragraphText(paragraph)), node);
        } else if (node instanceof Heading heading) {
            // Only top-level headings open sections; one in a quote or list item is RST's rubric.
            Title title = title(heading);
            Directive rubric = new Directive(span, "rubric", title.rawText(), Map.of(), "", 0);
            rubric.addChildren(List.copyOf(title.children()));
            // the heading's level goes with it (the site shows it as GitHub does); its inlines stay the rubric's
            rubric.setTitle(new Title(span, title.rawText(), title.adornment(), false)
                    .withHeadingLevel(heading.getLevel()).withGithubAnchor(title.githubAnchor()));
            return rubric;
        } else if (node instanceof FencedCodeBlock fence) {
            return fencedCode(fence, span);
        } else if (node instanceof IndentedCodeBlock code) {
            return new LiteralBlock(span, contentText(code.getContentLines()), null);
        } else if (node instanceof BlockQuote) {
            return withBlocks(new io.github.specwright.core.model.BlockQuote(span), node, depth);
        } else if (node instanceof ListBlock list) {
            return list(list, span, depth);
        } else if (node instanceof ThematicBreak) {
            return new Transition(span);
        } else if (node instanceof HtmlCommentBlock) {
            return new Comment(span, commentText(node.getChars().toString()));
        } else if (node instanceof HtmlBlock) {
            // Raw HTML is RST's ".. raw:: html": kept, but not prose.
            return new Directive(span, "raw", "html", Map.of(), stripTrailingNewlines(node.getChars().toString()),
                    index.line(node.getStartOffset()));
        } else if (node instanceof Reference definition) {
            return new Target(span, InlineBuilder.normaliseLabel(definition.getReference().toString()),
                    Escaping.unescapeString(definition.getUrl()), null, false);
        } else if (node instanceof TableBlock table) {
            return table(table, span);
        } else if (node instanceof FootnoteBlock footnote) {
            // GitHub's [^label]: definition, the model's footnote (shown at the end of the page).
            return withBlocks(new Footnote(span, footnote.getText().toString()), node, depth);
        } else if (node instanceof YamlFrontMatterBlock) {
            return new FrontMatterReader(text, index, diagnostics).read(node.getStartOffset(), node.getEndOffset());
        }
        // Nothing else reaches here with the extensions we load; keep the text rather than lose it.
        io.github.specwright.core.model.Paragraph fallback =
                new io.github.specwright.core.model.Paragraph(span, node.getChars().toString().strip());
        fallback.addChild(new Text(span, node.getChars().toString().strip()));
        return fallback;
    }

    private Title title(Heading heading) {
        SourceSpan span = index.span(heading.getStartOffset(), heading.getEndOffset());
        // A setext heading may run over several lines; its title text is them joined by spaces.
        String rawText = String.join(" ", heading.getText().toString().strip().split("\\s*\n\\s*"));
        char adornment = heading.isAtxHeading() ? '#' : heading.getLevel() == 1 ? '=' : '-';
        Title title = new Title(span, rawText, adornment, false).withHeadingLevel(heading.getLevel())
                .withGithubAnchor(headingAnchors.get(heading));
        title.addChildren(inlines.children(heading));
        return title;
    }

    private LiteralBlock fencedCode(FencedCodeBlock fence, SourceSpan span) {
        String info = fence.getInfo().toString().strip();
        String language = info.isEmpty() ? null : Escaping.unescapeString(info.split("\\s+")[0]);
        if (fence.getClosingMarker().isEmpty()) {
            int start = fence.getStartOffset();
            boolean toEnd = text.substring(fence.getEndOffset()).isBlank();
            diagnostics.add(new Diagnostic(index.line(start), index.column(start), Diagnostic.Level.ERROR,
                    "md-unclosed-fence", "code fence " + fence.getOpeningMarker() + " is never closed, so "
                            + (toEnd ? "everything to the end of the file" : "the rest of its list item or quote")
                            + " reads as code; close it with a line " + fence.getOpeningMarker()));
        }
        // Without its last line end, as every literal block's text; but the blank lines before the
        // closing fence are code and stay (CommonMark).
        String content = String.join("", fence.getContentLines());
        return new LiteralBlock(span, content.endsWith("\n") ? content.substring(0, content.length() - 1) : content,
                language);
    }

    private Node list(ListBlock list, SourceSpan span, int depth) {
        Node result;
        if (list instanceof OrderedList ordered) {
            result = new EnumeratedList(span, "arabic", "", String.valueOf(ordered.getDelimiter()), ordered.getStartNumber())
                    .withLoose(list.isLoose());
        } else {
            result = new io.github.specwright.core.model.BulletList(span, ((BulletList) list).getOpeningMarker())
                    .withLoose(list.isLoose());
        }
        for (com.vladsch.flexmark.util.ast.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (depth + 1 > MAX_DEPTH) {
                reportTooDeep(item);
                break;
            }
            result.addChild(withBlocks(new ListItem(index.span(item.getStartOffset(), item.getEndOffset()), task(item)),
                    item, depth + 1));
        }
        return result;
    }

    /** A task list item's state ({@code - [ ]} open, {@code - [x]} done); other items are no task. */
    private static ListItem.Task task(com.vladsch.flexmark.util.ast.Node item) {
        if (item instanceof TaskListItem taskItem) {
            return taskItem.isItemDoneMarker() ? ListItem.Task.DONE : ListItem.Task.OPEN;
        }
        return ListItem.Task.NONE;
    }

    private Node table(TableBlock table, SourceSpan span) {
        Table result = new Table(span, Table.Kind.PIPE);
        int columns = 0;
        for (com.vladsch.flexmark.util.ast.Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            // The separator row (|---|) is syntax, not content; captions are switched off.
            if (part instanceof TableHead || part instanceof TableBody) {
                for (com.vladsch.flexmark.util.ast.Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow tableRow) {
                        if (part instanceof TableHead) {
                            columns = TableRowCells.starts(tableRow.getChars().toString()).size();
                        } else {
                            reportColumnCount(tableRow, columns);
                        }
                        result.addChild(row(tableRow, part instanceof TableHead));
                    }
                }
            }
        }
        return result;
    }

    /**
     * A body row with more or fewer cells than the header (markdownlint's MD056): GitHub pads a
     * short row with empty cells and drops the extra cells of a long one, so data goes missing.
     */
    private void reportColumnCount(TableRow row, int columns) {
        String written = row.getChars().toString();
        List<Integer> cells = TableRowCells.starts(written);
        if (cells.size() == columns || columns == 0) {
            return;
        }
        boolean tooFew = cells.size() < columns;
        // Too few: at the row's last character, where the missing cells would go; too many: at the first extra cell.
        int at = row.getStartOffset() + (tooFew ? written.stripTrailing().length() - 1 : cells.get(columns));
        diagnostics.add(new Diagnostic(index.line(at), index.column(at), Diagnostic.Level.ERROR, "md-table-columns",
                "this table row has " + cells.size() + (cells.size() == 1 ? " cell" : " cells") + " but the header has "
                        + columns + "; " + (tooFew ? "the missing cells show empty" : "the extra cells are not shown")
                        + ", so add or remove cells to match the header"));
    }

    private Node row(TableRow row, boolean header) {
        io.github.specwright.core.model.TableRow result = new io.github.specwright.core.model.TableRow(
                index.span(row.getStartOffset(), row.getEndOffset()), header);
        for (com.vladsch.flexmark.util.ast.Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell tableCell) {
                result.addChild(cell(tableCell));
            }
        }
        return result;
    }

    /** A cell spans its text, trimmed; like docutils' cells, it holds a paragraph when it is not empty. */
    private Node cell(TableCell cell) {
        BasedSequence content = cell.getText();
        BasedSequence trimmed = content.trim();
        SourceSpan span = trimmed.isEmpty()
                ? index.exactSpan(content.getStartOffset(), content.getStartOffset())
                : index.exactSpan(trimmed.getStartOffset(), trimmed.getEndOffset());
        io.github.specwright.core.model.TableCell result = new io.github.specwright.core.model.TableCell(span, 1, Math.max(1, cell.getSpan()), alignment(cell));
        if (!trimmed.isEmpty()) {
            result.addChild(withInlines(new io.github.specwright.core.model.Paragraph(span, trimmed.toString()), cell));
        }
        return result;
    }

    private static io.github.specwright.core.model.TableCell.Alignment alignment(TableCell cell) {
        if (cell.getAlignment() == null) {
            // flexmark leaves a column without a colon in its separator unaligned (null).
            return io.github.specwright.core.model.TableCell.Alignment.NONE;
        }
        return switch (cell.getAlignment()) {
            case LEFT -> io.github.specwright.core.model.TableCell.Alignment.LEFT;
            case CENTER -> io.github.specwright.core.model.TableCell.Alignment.CENTER;
            case RIGHT -> io.github.specwright.core.model.TableCell.Alignment.RIGHT;
            default -> io.github.specwright.core.model.TableCell.Alignment.NONE;
        };
    }

    private Node withBlocks(Node parent, com.vladsch.flexmark.util.ast.Node node, int depth) {
        for (com.vladsch.flexmark.util.ast.Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            List<RecoveredDefinitions.Definition> definitions = recovered.of(child);
            if (definitions != null) {
                for (RecoveredDefinitions.Definition definition : definitions) {
                    parent.addChild(new Target(index.span(definition.start(), definition.end()),
                            InlineBuilder.normaliseLabel(definition.label()), Escaping.unescapeString(definition.url()), null, false));
                }
                continue;
            }
            Node mapped = block(child, depth + 1);
            if (mapped != null) {
                parent.addChild(mapped);
            }
        }
        return parent;
    }

    private Node withInlines(Node parent, com.vladsch.flexmark.util.ast.Node node) {
        parent.addChildren(inlines.children(node));
        return parent;
    }

    /** The duplicate of a link label: CommonMark uses the first definition and ignores the rest. */
    private void reportDuplicateDefinitions(com.vladsch.flexmark.util.ast.Document ast) {
        Map<String, Integer> firstLines = new HashMap<>();
        for (com.vladsch.flexmark.util.ast.Node node : ast.getDescendants()) {
            if (node instanceof Reference definition) {
                String label = InlineBuilder.normaliseLabel(definition.getReference().toString());
                int line = index.line(node.getStartOffset());
                Integer first = firstLines.putIfAbsent(label, line);
                if (first != null) {
                    diagnostics.add(new Diagnostic(line, index.column(node.getStartOffset()), Diagnostic.Level.WARNING,
                            "md-duplicate-definition", "link label [" + definition.getReference()
                                    + "] is defined again; the definition on line " + first
                                    + " is the one used, so remove or rename this one"));
                }
            }
        }
    }

    private void reportTooDeep(com.vladsch.flexmark.util.ast.Node node) {
        if (!tooDeepReported) {
            tooDeepReported = true;
            int start = node.getStartOffset();
            diagnostics.add(new Diagnostic(index.line(start), index.column(start), Diagnostic.Level.ERROR,
                    "md-too-deep", "blocks are nested more than " + MAX_DEPTH
                            + " levels deep here; the deeper content is left out"));
        }
    }

    /** A paragraph's lines without the markers of the quotes and lists around it and without indentation. */
    private static String paragraphText(Paragraph paragraph) {
        List<String> lines = new ArrayList<>();
        for (BasedSequence line : paragraph.getContentLines()) {
            lines.add(line.toString().strip());
        }
        return String.join("\n", lines).strip();
    }

    private static String contentText(List<BasedSequence> lines) {
        StringBuilder out = new StringBuilder();
        for (BasedSequence line : lines) {
            out.append(line);
        }
        return stripTrailingNewlines(out.toString());
    }

    private static String commentText(String html) {
        String inner = html.strip();
        if (inner.startsWith("<!--")) {
            inner = inner.substring(4);
        }
        int close = inner.lastIndexOf("-->");
        if (close >= 0) {
            inner = inner.substring(0, close);
        }
        return inner.strip();
    }

    private static String stripTrailingNewlines(String value) {
        int end = value.length();
        while (end > 0 && value.charAt(end - 1) == '\n') {
            end--;
        }
        return value.substring(0, end);
    }
}
