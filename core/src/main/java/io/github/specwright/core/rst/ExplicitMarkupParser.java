package io.github.specwright.core.rst;

import io.github.specwright.core.model.Citation;
import io.github.specwright.core.model.Comment;
import io.github.specwright.core.model.Diagnostic.Level;
import io.github.specwright.core.model.Footnote;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.SubstitutionDefinition;
import io.github.specwright.core.model.Target;
import io.github.specwright.core.internal.text.CharacterRules;
import io.github.specwright.core.internal.text.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Explicit markup ({@code .. } blocks): footnotes, citations, hyperlink targets, substitution
 * definitions, directives and comments, plus anonymous targets ({@code __ uri}). A run of
 * explicit markup blocks may follow each other without blank lines.
 */
final class ExplicitMarkupParser {

    /** The end of one construct: the index after it and whether a blank line (or the end) followed. */
    record End(int end, boolean blankFinish) {
    }

    /** Longest target or substitution name looked for across lines. */
    private static final int MAX_NAME_LENGTH = 10_000;

    private final ParseContext ctx;
    private final BodyParser body;
    private final DirectiveParser directives;

    ExplicitMarkupParser(ParseContext ctx, BodyParser body) {
        this.ctx = ctx;
        this.body = body;
        this.directives = new DirectiveParser(ctx, body);
    }

    int explicitMarkup(Block block, int i) {
        int pos = i;
        End end;
        while (true) {
            String text = block.line(pos).text();
            end = Patterns.starts(Patterns.ANONYMOUS, text) ? anonymousTarget(block, pos) : construct(block, pos, block::add);
            pos = end.end();
            if (end.blankFinish() || pos >= block.size() || block.isBlank(pos)) {
                break;
            }
            String next = block.line(pos).text();
            if (!Patterns.starts(Patterns.EXPLICIT, next) && !Patterns.starts(Patterns.ANONYMOUS, next)) {
                break;
            }
        }
        if (!end.blankFinish()) {
            body.unindentWarning(block, pos, "Explicit markup");
        }
        return pos;
    }

    /** Adds the nodes of one construct. */
    interface Sink {
        void add(Node node);
    }

    End construct(Block block, int i, Sink sink) {
        String text = block.line(i).text();
        Matcher m;
        Patterns.Start start;
        if ((start = Patterns.footnoteStart(text)) != null) {
            return noteLike(block, i, start.end(), new Footnote(null, start.name()), sink);
        }
        if ((start = Patterns.citationStart(text)) != null) {
            return noteLike(block, i, start.end(), new Citation(null, start.name()), sink);
        }
        if ((m = Patterns.TARGET_START.matcher(text)).lookingAt()) {
            End end = hyperlinkTarget(block, i, m.end(), sink);
            if (end != null) {
                return end;
            }
        }
        if ((m = Patterns.SUBSTITUTION_START.matcher(text)).lookingAt()) {
            End end = substitution(block, i, m.end(), sink);
            if (end != null) {
                return end;
            }
        }
        if ((start = Patterns.directiveStart(text)) != null) {
            return directives.directive(block, i, start, sink);
        }
        return comment(block, i, sink);
    }

    private End noteLike(Block block, int i, int markerEnd, Node note, Sink sink) {
        Indented indented = Indented.cut(block.lines, i, false, true, null, markerEnd);
        note.setSpan(ctx.span(block.lines.subList(i, indented.end())));
        sink.add(note);
        body.parseNested(indented.withoutLeadingBlanks(), note, block.depth + 1);
        return new End(indented.end(), indented.blankFinish());
    }

    private End comment(Block block, int i, Sink sink) {
        SourceLine line = block.line(i);
        Matcher m = Patterns.EXPLICIT.matcher(line.text());
        m.lookingAt();
        if (block.isBlank(i + 1) && line.text().substring(m.end()).isBlank()) {
            sink.add(new Comment(ctx.span(line, line), ""));
            return new End(i + 1, true);
        }
        Indented indented = Indented.cut(block.lines, i, false, true, null, m.end());
        List<SourceLine> content = Indented.trimTrailingBlanks(indented.withoutLeadingBlanks());
        sink.add(new Comment(ctx.span(block.lines.subList(i, indented.end())), TextParser.join(content)));
        return new End(indented.end(), indented.blankFinish());
    }

    /** {@code .. _name: uri}, {@code .. _name: ref_}, {@code .. _name:} or {@code .. __: uri}; null when malformed (then a comment). */
    private End hyperlinkTarget(Block block, int i, int markerEnd, Sink sink) {
        Indented indented = Indented.cut(block.lines, i, true, false, null, markerEnd);
        List<SourceLine> lines = indented.lines();
        String escaped = escapeToNull(lines.get(0).text());
        int index = 0;
        Matcher m;
        while (true) {
            m = Patterns.TARGET_NAME.matcher(escaped);
            if (m.lookingAt()) {
                break;
            }
            index++;
            // A name runs to its colon; give up on absurdly long ones rather than rescan them line after line.
            if (index >= lines.size() || escaped.length() > MAX_NAME_LENGTH) {
                ctx.report(block.lineNo(i), Level.ERROR, "rst-directive-error",
                        "hyperlink target on line " + block.lineNo(i) + " is malformed: its name must end with ':'");
                // docutils keeps the text after ".. " as a comment, the target's underscore included
                sink.add(new Comment(ctx.span(block.lines.subList(i, indented.end())), "_" + TextParser.join(lines)));
                return new End(indented.end(), indented.blankFinish());
            }
            escaped = escaped + escapeToNull(lines.get(index).text());
        }
        String rest = (escaped + " ").substring(m.end());
        List<String> parts = new ArrayList<>();
        parts.add(rest.strip());
        for (int k = index + 1; k < lines.size(); k++) {
            parts.add(lines.get(k).text().strip());
        }
        boolean anonymous = m.group(1).equals("_");
        String name = anonymous ? "" : normalize(m.group("name").replace("\u0000", ""));
        Target target = makeTarget(block, i, indented.end(), name, parts, anonymous);
        sink.add(target);
        return new End(indented.end(), indented.blankFinish());
    }

    private Target makeTarget(Block block, int from, int to, String name, List<String> parts, boolean anonymous) {
        String joined = String.join(" ", parts).strip();
        String refUri = null;
        String refName = null;
        if (!joined.isEmpty()) {
            if (joined.endsWith("_") && !joined.endsWith("\\_") && isReference(joined)) {
                String ref = joined.substring(0, joined.length() - 1);
                if (ref.startsWith("`") && ref.endsWith("`") && ref.length() >= 2) {
                    ref = ref.substring(1, ref.length() - 1);
                }
                refName = normalize(ref);
            } else {
                refUri = UriText.of(String.join(" ", parts));
            }
        }
        return new Target(ctx.span(block.lines.subList(from, to)), name, refUri, refName, anonymous);
    }

    /** Whether {@code text} (ending in "_") is a reference: a simple name or a back-quoted phrase. */
    private static boolean isReference(String text) {
        String body = text.substring(0, text.length() - 1);
        if (body.startsWith("`") && body.endsWith("`") && body.length() > 2) {
            return true;
        }
        return CharacterRules.isSimpleName(body);
    }

    private End anonymousTarget(Block block, int i) {
        Matcher m = Patterns.ANONYMOUS.matcher(block.line(i).text());
        m.lookingAt();
        Indented indented = Indented.cut(block.lines, i, true, true, null, m.end());
        List<String> parts = new ArrayList<>();
        for (SourceLine line : indented.lines()) {
            parts.add(line.text().strip());
        }
        block.add(makeTarget(block, i, indented.end(), "", parts, true));
        return new End(indented.end(), indented.blankFinish());
    }

    /** {@code .. |name| directive:: ...} or {@code .. |name| text}; null when malformed (then a comment). */
    private End substitution(Block block, int i, int markerEnd, Sink sink) {
        Indented indented = Indented.cut(block.lines, i, false, false, null, markerEnd);
        List<SourceLine> lines = new ArrayList<>(indented.lines());
        String escaped = escapeToNull(lines.get(0).text());
        int index = 0;
        Matcher m;
        while (true) {
            m = Patterns.SUBSTITUTION_NAME.matcher(escaped);
            if (m.lookingAt()) {
                break;
            }
            index++;
            if (index >= lines.size() || escaped.length() > MAX_NAME_LENGTH) {
                return null;
            }
            escaped = escaped + " " + escapeToNull(lines.get(index).text().strip());
        }
        String name = normalize(m.group("name").replace("\u0000", ""));
        SubstitutionDefinition definition = new SubstitutionDefinition(ctx.span(block.lines.subList(i, indented.end())), name);
        // The content starts after the "|name| " marker, which may itself span lines.
        List<SourceLine> content = new ArrayList<>();
        SourceLine markerLine = lines.get(index);
        int offset = markerLine.text().length() - (escaped.length() - m.end());
        SourceLine firstContent = markerLine.trimLeft(Math.max(0, Math.min(offset, markerLine.text().length())));
        firstContent = firstContent.trimLeft(firstContent.indent());
        if (!firstContent.text().isEmpty()) {
            content.add(firstContent);
        }
        for (int k = index + 1; k < lines.size(); k++) {
            content.add(lines.get(k));
        }
        content = new ArrayList<>(Indented.trimTrailingBlanks(content));
        if (content.isEmpty()) {
            ctx.report(block.lineNo(i), Level.WARNING, "rst-directive-error",
                    "substitution definition '" + name + "' on line " + block.lineNo(i) + " has no content; give it a"
                            + " directive, e.g. '.. |" + name + "| replace:: text', or remove it");
            return new End(indented.end(), indented.blankFinish());
        }
        // docutils strips the first line: the directive may start on the line after the |name| marker
        content.set(0, content.get(0).trimLeft(content.get(0).indent()));
        String first = content.get(0).text();
        Patterns.Start dm = Patterns.directiveAt(first, 0);
        if (dm == null) {
            ctx.report(block.lineNo(i), Level.WARNING, "rst-directive-error",
                    "substitution definition '" + name + "' on line " + block.lineNo(i)
                            + " must hold a directive, e.g. '.. |" + name + "| replace:: text'");
            return new End(indented.end(), indented.blankFinish());
        }
        sink.add(definition);
        // Re-use the directive parser on the embedded directive: strip the common indentation of the rest.
        List<SourceLine> normalized = new ArrayList<>();
        normalized.add(content.get(0));
        int minIndent = Integer.MAX_VALUE;
        for (int k = 1; k < content.size(); k++) {
            if (!content.get(k).isBlank()) {
                minIndent = Math.min(minIndent, content.get(k).indent());
            }
        }
        for (int k = 1; k < content.size(); k++) {
            SourceLine line = content.get(k);
            normalized.add(minIndent == Integer.MAX_VALUE ? line : line.trimLeft(minIndent));
        }
        if (!directives.embedded(normalized, dm, definition, block.depth + 1)) {
            ctx.report(block.lineNo(i), Level.WARNING, "rst-directive-error", "substitution definition '" + name
                    + "' on line " + block.lineNo(i) + " is empty or invalid: its directive must give inline text or an image");
        }
        return new End(indented.end(), indented.blankFinish());
    }

    /** docutils' escape2null: a backslash escape becomes NUL followed by the escaped character. */
    static String escapeToNull(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\\') {
                out.append('\u0000');
                if (k + 1 < text.length()) {
                    out.append(text.charAt(++k));
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whitespace-normalised name (case kept; reference matching lower-cases it). */
    static String normalize(String name) {
        return Names.whitespaceNormalize(name);
    }
}
