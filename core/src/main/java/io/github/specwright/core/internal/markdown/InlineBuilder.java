package io.github.specwright.core.internal.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.util.sequence.Escaping;
import io.github.specwright.core.model.Diagnostic;
import io.github.specwright.core.model.Directive;
import io.github.specwright.core.model.FootnoteReference;
import io.github.specwright.core.model.InlineLiteral;
import io.github.specwright.core.model.InterpretedText;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Reference;
import io.github.specwright.core.model.Strong;
import io.github.specwright.core.model.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Maps flexmark's inline nodes onto the model's: text, emphasis, literals, references and
 * images. Runs of text (with line breaks and entities) become one {@link Text} node; the bare
 * URLs GitHub links (flexmark's extended autolinks, GFM's rules of where one may start) become
 * {@link Reference}s, as docutils makes standalone URIs references, so header and link checks
 * see the same nodes in both formats.
 */
final class InlineBuilder {

    private static final Pattern LINE_END_AND_INDENTATION = Pattern.compile("\n[ \t]*");

    private final LineIndex index;
    private final com.vladsch.flexmark.util.ast.Document ast;
    private final List<Diagnostic> diagnostics;
    /** Every link definition by normalised label, the first one winning, wherever it is nested. */
    private final Map<String, String> definitions = new HashMap<>();
    /** The titles of the definitions that give one, by normalised label. */
    private final Map<String, String> definitionTitles = new HashMap<>();

    InlineBuilder(LineIndex index, com.vladsch.flexmark.util.ast.Document ast, RecoveredDefinitions recovered,
            List<Diagnostic> diagnostics) {
        this.index = index;
        this.ast = ast;
        this.diagnostics = diagnostics;
        // flexmark's own lookup misses the definitions it failed to read in list items (see
        // RecoveredDefinitions), which GitHub and markdownlint both find; so look them up here.
        for (com.vladsch.flexmark.util.ast.Node node : ast.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Reference definition) {
                String label = normaliseLabel(definition.getReference().toString());
                if (definitions.putIfAbsent(label, url(definition.getUrl())) == null && definition.getTitle().isNotNull()) {
                    definitionTitles.put(label, Escaping.unescapeString(definition.getTitle()));
                }
            }
        }
        for (RecoveredDefinitions.Definition definition : recovered.all()) {
            definitions.putIfAbsent(normaliseLabel(definition.label()), url(definition.url()));
        }
    }

    /** The model nodes for the inline children of {@code parent}. */
    List<Node> children(com.vladsch.flexmark.util.ast.Node parent) {
        Output out = new Output();
        addChildren(parent, out);
        return out.finish();
    }

    private void addChildren(com.vladsch.flexmark.util.ast.Node parent, Output out) {
        for (com.vladsch.flexmark.util.ast.Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            add(child, out);
        }
    }

    private void add(com.vladsch.flexmark.util.ast.Node node, Output out) {
        int start = node.getStartOffset();
        int end = node.getEndOffset();
        if (node instanceof com.vladsch.flexmark.ast.TextBase) {
            // The autolink extension wraps a text holding URLs into text and autolink pieces.
            addChildren(node, out);
        } else if (node instanceof com.vladsch.flexmark.ast.Text) {
            // flexmark pieces some text together from several stretches of the source (after a hard
            // line break in a list item, say): the span is the node's, not one per character.
            out.text(Escaping.unescapeString(node.getChars().toString()), start, end);
        } else if (node instanceof HardLineBreak) {
            out.node(new io.github.specwright.core.model.LineBreak(span(start, end)));
        } else if (node instanceof SoftLineBreak) {
            out.text("\n", start, end);
        } else if (node instanceof HtmlEntity && !tooLongNumber(node.getChars().toString())) {
            out.text(Escaping.unescapeHtml(node.getChars()), start, end);
        } else if (node instanceof HtmlEntity) {
            // CommonMark: a numeric reference has at most 7 decimal or 6 hexadecimal digits; else it is text
            out.text(node.getChars().toString(), start, end);
        } else if (node instanceof HtmlInlineComment) {
            out.flush();
        } else if (node instanceof HtmlInline) {
            out.node(new InterpretedText(span(start, end), "raw-html", node.getChars().toString()));
        } else if (node instanceof Code code) {
            out.node(new InlineLiteral(span(start, end), codeText(code.getText().toString())));
        } else if (node instanceof Emphasis) {
            out.node(withChildren(new io.github.specwright.core.model.Emphasis(span(start, end)), node));
        } else if (node instanceof StrongEmphasis) {
            out.node(withChildren(new Strong(span(start, end)), node));
        } else if (node instanceof Link link) {
            String uri = url(link.getUrl());
            // an empty [](uri) stays empty, as CommonMark and GitHub show it
            out.node(link(start, end, null, uri, node, "").withTitle(title(link.getTitle())));
        } else if (node instanceof AutoLink link) {
            String uri = link.getText().toString();
            // GitHub's extended autolinks: a bare www. address links to http.
            if (uri.regionMatches(true, 0, "www.", 0, 4)) {
                uri = "http://" + uri;
            }
            out.node(reference(start, end, link.getText().toString(), uri, link.getText().getStartOffset()));
        } else if (node instanceof MailLink link) {
            // GitHub finds an address in text whose escapes are resolved: remark\@1.2 is remark@1.2
            String address = Escaping.unescapeString(link.getText().toString());
            out.node(reference(start, end, address, "mailto:" + address, link.getText().getStartOffset()));
        } else if (node instanceof Image image) {
            out.node(image(start, end, url(image.getUrl()), node, title(image.getTitle())));
        } else if (node instanceof Strikethrough) {
            out.node(withChildren(new io.github.specwright.core.model.Strikethrough(span(start, end)), node));
        } else if (node instanceof com.vladsch.flexmark.ext.footnotes.Footnote footnote && footnote.isDefined()) {
            // The label as its definition writes it, so the reference finds the model's footnote.
            out.node(new FootnoteReference(span(start, end), footnote.getFootnoteBlock().getText().toString()));
        } else if (node instanceof LinkRef || node instanceof ImageRef) {
            addReference((RefNode) node, out);
        } else {
            // A construct without a model counterpart keeps its source text.
            out.text(node.getChars().toString(), start, end);
        }
    }

    /** A {@code [text][label]}, {@code [label][]} or {@code [label]} link or image reference. */
    private void addReference(RefNode ref, Output out) {
        int start = ref.getStartOffset();
        int end = ref.getEndOffset();
        boolean image = ref instanceof ImageRef;
        String label = normaliseLabel(ref.getReference().toString());
        String uri = definitions.get(label);
        if (uri != null) {
            String title = definitionTitles.get(label);
            out.node(image ? image(start, end, uri, ref, title) : link(start, end, label, uri, ref, label).withTitle(title));
            return;
        }
        // CommonMark reads an undefined shortcut [label] as plain text; so many prose brackets are
        // not meant as links that only the explicit forms are reported. [^label] is GitHub's footnote
        // syntax, not a link label: [IRC][^IRC] is the text [IRC] followed by a footnote reference.
        boolean shortcut = ref.isReferenceTextCombined() && !ref.isDummyReference();
        if (!shortcut && !label.startsWith("^")) {
            diagnostics.add(new Diagnostic(index.line(start), index.column(start), Diagnostic.Level.ERROR,
                    "md-broken-reference", (image ? "image" : "link") + " reference " + ref.getChars()
                            + " names the label [" + ref.getReference() + "], which no link definition declares;"
                            + " add a line \"[" + ref.getReference() + "]: <url>\" or correct the label"));
        }
        // Whatever the form, an undefined reference shows as written, its text's markup rendered
        // (as GitHub shows it): "[", the text, and the source from the text's closing bracket on.
        int opening = image ? 2 : 1;
        out.text(image ? "![" : "[", start, start + opening);
        addChildren(ref, out);
        // [label] and [label][] keep their label in the reference brackets, [text][label] its text in the text ones
        int closing = ref.isReferenceTextCombined() ? ref.getReferenceClosingMarker().getStartOffset()
                : ref.getTextClosingMarker().getStartOffset();
        out.text(Escaping.unescapeString(ref.getChars().subSequence(closing - start)), closing, end);
    }

    private Reference reference(int start, int end, String text, String uri, int textStart) {
        Reference reference = new Reference(span(start, end), text, null, uri, false);
        reference.addChild(new Text(span(textStart, textStart + text.length()), text));
        return reference;
    }

    /** Images map to {@code image} directives, as in reStructuredText, so image rules apply to both. */
    private Directive image(int start, int end, String uri, com.vladsch.flexmark.util.ast.Node node, String title) {
        String alt = plainText(children(node));
        Map<String, String> options = title == null ? Map.of("alt", alt) : Map.of("alt", alt, "title", title);
        return new Directive(span(start, end), "image", uri == null ? "" : uri, options, "", 0);
    }

    private static boolean tooLongNumber(String entity) {
        return entity.matches("&#[0-9]{8,};") || entity.matches("&#[xX][0-9a-fA-F]{7,};");
    }

    /** A link's or image's title as written, escapes and entities resolved; null when there is none. */
    private static String title(com.vladsch.flexmark.util.sequence.BasedSequence written) {
        return written == null || written.isNull() ? null : Escaping.unescapeString(written);
    }

    /** A link: its text is the visible text of its children, or {@code fallback} when it has none. */
    private Reference link(int start, int end, String refName, String uri,
            com.vladsch.flexmark.util.ast.Node node, String fallback) {
        Output out = new Output();
        addChildren(node, out);
        List<Node> children = out.finish();
        Reference reference = new Reference(span(start, end), children.isEmpty() ? fallback : plainText(children),
                refName, uri, false);
        reference.addChildren(children);
        return reference;
    }

    private Node withChildren(Node parent, com.vladsch.flexmark.util.ast.Node node) {
        Output out = new Output();
        addChildren(node, out);
        parent.addChildren(out.finish());
        return parent;
    }

    private io.github.specwright.core.model.SourceSpan span(int start, int end) {
        return index.exactSpan(start, end);
    }

    /** The visible text of inline nodes, e.g. a link's text. */
    static String plainText(List<Node> nodes) {
        StringBuilder out = new StringBuilder();
        for (Node node : nodes) {
            if (node instanceof Text text) {
                out.append(text.text());
            } else if (node instanceof InlineLiteral literal) {
                out.append(literal.text());
            } else if (node instanceof Directive image && image.name().equals("image")) {
                out.append(image.options().getOrDefault("alt", "")); // an image shows its alternative text
            } else {
                out.append(plainText(node.children()));
            }
        }
        return out.toString();
    }

    /** Link labels match case-insensitively with runs of whitespace as one space. */
    static String normaliseLabel(String label) {
        // CommonMark's case fold: lower then upper case folds letters like U+1E9E (capital sharp s) to "SS"
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT)
                .toLowerCase(Locale.ROOT);
    }

    private static String url(CharSequence written) {
        return Escaping.unescapeString(written);
    }

    /**
     * CommonMark code span content: line ends read as spaces (the next line's indentation is not
     * part of the paragraph, so not of the span), one padding space stripped from each side.
     */
    private static String codeText(String written) {
        String text = LINE_END_AND_INDENTATION.matcher(written).replaceAll(" ");
        if (text.length() >= 2 && text.startsWith(" ") && text.endsWith(" ") && !text.isBlank()) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }

    /** Collects the mapped nodes, joining consecutive pieces of text into one {@link Text}. */
    private final class Output {
        private final List<Node> nodes = new ArrayList<>();
        private final StringBuilder pending = new StringBuilder();
        private int pendingStart = -1;
        private int pendingEnd;

        /** Set after a hard line break: the next text starts a continuation line. */
        private boolean afterHardBreak;

        void text(String text, int start, int end) {
            boolean afterLineBreak = afterHardBreak
                    || !pending.isEmpty() && pending.charAt(pending.length() - 1) == '\n';
            afterHardBreak = false;
            // A continuation line's indentation is not part of the text (CommonMark strips it).
            String kept = afterLineBreak ? text.replaceFirst("^[ \t]+", "") : text;
            if (kept.isEmpty()) {
                return;
            }
            if (pendingStart < 0) {
                // the stripped indentation is not part of the span (flexmark's pieced-together text after a
                // hard break in a list item may start past it already: look at the source)
                com.vladsch.flexmark.util.sequence.BasedSequence source = ast.getChars();
                int first = start;
                while (afterLineBreak && first < end && first < source.length()
                        && (source.charAt(first) == ' ' || source.charAt(first) == '\t')) {
                    first++;
                }
                pendingStart = first;
            }
            pending.append(kept);
            pendingEnd = end;
        }

        void node(Node node) {
            flush();
            nodes.add(node);
            afterHardBreak = node instanceof io.github.specwright.core.model.LineBreak;
        }

        void flush() {
            if (pendingStart >= 0) {
                nodes.add(new Text(index.exactSpan(pendingStart, pendingEnd), pending.toString()));
                pending.setLength(0);
                pendingStart = -1;
            }
        }

        List<Node> finish() {
            flush();
            return nodes;
        }
    }
}
