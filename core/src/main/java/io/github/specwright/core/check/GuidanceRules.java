package io.github.specwright.core.check;

import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.ListItem;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Paragraph;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.model.Title;
import io.github.specwright.core.model.PlainText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an author left unfilled: a paragraph or list item that is the template's own guidance,
 * word for word ({@code template-text}, a warning), and a section whose only content is a
 * placeholder such as TBD ({@code placeholder}, an error in full specs). Words are compared after
 * whitespace is collapsed. Guidance is written in sentences: a paragraph or list item of the
 * template counts when it has five words or more and ends like a sentence ({@code .}, {@code ?} or
 * {@code !}). What authors fill in or keep as a label is not guidance: "None", a fill-in form such
 * as {@code <IRC handle, email address, None>}, a lead-in such as "A detailed description of the
 * problem:", a fragment such as "Expected error http response code(s)".
 */
final class GuidanceRules {

    private static final int MIN_GUIDANCE_WORDS = 5;

    private GuidanceRules() {
    }

    /** The template's guidance: the text of each of its paragraphs and list items long enough to be one. */
    static Set<String> guidanceOf(Document template) {
        Set<String> guidance = new HashSet<>();
        collect(template, guidance);
        return guidance;
    }

    private static void collect(Node node, Set<String> guidance) {
        for (Node child : node.children()) {
            if (child instanceof Paragraph || child instanceof ListItem) {
                String text = normalized(child);
                if (isGuidance(text)) {
                    guidance.add(text);
                }
            }
            if (!(child instanceof Title)) {
                collect(child, guidance);
            }
        }
    }

    /** A sentence of five words or more, closing brackets and quotes after its final mark aside. */
    static boolean isGuidance(String text) {
        String end = text.replaceAll("[)\\]\"'”’]+$", "");
        return text.split(" ").length >= MIN_GUIDANCE_WORDS && !end.isEmpty()
                && ".?!".indexOf(end.charAt(end.length() - 1)) >= 0;
    }

    private static String normalized(Node node) {
        return PlainText.of(node).strip().replaceAll("\\s+", " ");
    }

    /** Paragraphs and list items of {@code spec} that are the template's guidance. */
    static List<Problem> templateText(Document spec, Set<String> guidance) {
        List<Problem> problems = new ArrayList<>();
        if (!guidance.isEmpty()) {
            findGuidance(spec, guidance, problems);
        }
        return problems;
    }

    private static void findGuidance(Node node, Set<String> guidance, List<Problem> problems) {
        for (Node child : node.children()) {
            if ((child instanceof Paragraph || child instanceof ListItem) && guidance.contains(normalized(child))) {
                problems.add(new Problem(child.span().startLine(), Math.max(1, child.span().startColumn()),
                        RuleIds.TEMPLATE_TEXT, "this " + (child instanceof Paragraph ? "paragraph" : "list item")
                                + " is the template's guidance, word for word: replace it with what this spec proposes,"
                                + " or write \"None\""));
                continue;
            }
            findGuidance(child, guidance, problems);
        }
    }

    /** Sections whose only content (subsections aside) is one of {@code placeholders}, compared case-insensitively. */
    static List<Problem> placeholders(Document spec, List<String> placeholders) {
        Set<String> words = new HashSet<>();
        for (String placeholder : placeholders) {
            words.add(placeholder.strip().toLowerCase(Locale.ROOT));
        }
        List<Problem> problems = new ArrayList<>();
        findPlaceholders(spec, words, problems);
        return problems;
    }

    private static void findPlaceholders(Node node, Set<String> words, List<Problem> problems) {
        for (Node child : node.children()) {
            if (child instanceof Section section) {
                List<Node> body = section.children().stream()
                        .filter(n -> !(n instanceof Title) && !(n instanceof Section)
                                && !(n instanceof io.github.specwright.core.model.Comment))
                        .toList();
                if (body.size() == 1 && body.get(0) instanceof Paragraph paragraph) {
                    String text = normalized(paragraph).toLowerCase(Locale.ROOT).replaceAll("[.!:]+$", "");
                    if (words.contains(text)) {
                        String title = section.title() == null ? "" : PlainText.of(section.title());
                        problems.add(new Problem(paragraph.span().startLine(), Math.max(1, paragraph.span().startColumn()),
                                RuleIds.PLACEHOLDER, "section '" + title + "' holds only the placeholder '"
                                        + normalized(paragraph) + "': write its content, or \"None\" when there is"
                                        + " nothing to say"));
                    }
                }
                findPlaceholders(section, words, problems);
            }
        }
    }
}
