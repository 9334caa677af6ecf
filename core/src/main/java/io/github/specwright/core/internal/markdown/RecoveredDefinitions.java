package io.github.specwright.core.internal.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Link definitions flexmark misses. In a list item, flexmark reads only the first of several
 * definition lines indented deeper than the item's content (GitHub and markdownlint read all of
 * them); the rest become a paragraph of undefined references. Such a paragraph is read again
 * here with its lines' indentation removed: when it is nothing but definitions, they replace it.
 */
final class RecoveredDefinitions {

    /** One recovered definition: its label, destination and source offsets. */
    record Definition(String label, BasedSequence url, int start, int end) {
    }

    private static final Parser PLAIN = Parser.builder().build();

    private final Map<com.vladsch.flexmark.util.ast.Node, List<Definition>> byParagraph = new IdentityHashMap<>();

    RecoveredDefinitions(com.vladsch.flexmark.util.ast.Document ast) {
        for (com.vladsch.flexmark.util.ast.Node node : ast.getDescendants()) {
            if (node instanceof Paragraph paragraph && paragraph.getParent() != ast
                    && paragraph.getChars().startsWith("[")) {
                List<Definition> definitions = reread(paragraph);
                if (!definitions.isEmpty()) {
                    byParagraph.put(paragraph, definitions);
                }
            }
        }
    }

    /** The definitions {@code paragraph} really is, or null when it is a paragraph. */
    List<Definition> of(com.vladsch.flexmark.util.ast.Node paragraph) {
        return byParagraph.get(paragraph);
    }

    List<Definition> all() {
        List<Definition> all = new ArrayList<>();
        byParagraph.values().forEach(all::addAll);
        return all;
    }

    private static List<Definition> reread(Paragraph paragraph) {
        List<BasedSequence> lines = paragraph.getContentLines();
        StringBuilder text = new StringBuilder();
        int[] textStarts = new int[lines.size()];
        int[] sourceStarts = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            BasedSequence line = lines.get(i).trimStart();
            textStarts[i] = text.length();
            sourceStarts[i] = line.getStartOffset();
            text.append(line);
            if (!line.endsWith("\n")) {
                text.append('\n');
            }
        }
        com.vladsch.flexmark.util.ast.Document reread = PLAIN.parse(text.toString());
        List<Definition> definitions = new ArrayList<>();
        for (com.vladsch.flexmark.util.ast.Node child = reread.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof Reference definition)) {
                return List.of();
            }
            definitions.add(new Definition(definition.getReference().toString(), definition.getUrl(),
                    source(definition.getStartOffset(), textStarts, sourceStarts),
                    source(definition.getEndOffset() - 1, textStarts, sourceStarts) + 1));
        }
        return definitions;
    }

    /** Maps an offset of the re-read text back to the source, line by line. */
    private static int source(int offset, int[] textStarts, int[] sourceStarts) {
        int line = 0;
        while (line + 1 < textStarts.length && textStarts[line + 1] <= offset) {
            line++;
        }
        return sourceStarts[line] + offset - textStarts[line];
    }
}
