package io.github.specwright.core.check;

import io.github.specwright.core.model.Comment;
import io.github.specwright.core.model.Directive;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Paragraph;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.model.SourceSpan;
import io.github.specwright.core.model.Title;
import java.util.Map;

/** Builds document trees by hand, so the template rules can be tested without the parser. */
final class Trees {

    private Trees() {
    }

    static Document doc(Node... children) {
        Document document = new Document(SourceSpan.lines(1, 1), "test.rst");
        for (Node child : children) {
            document.addChild(child);
        }
        return document;
    }

    static Title title(int line, String text) {
        return new Title(SourceSpan.of(line, 1, line, text.length() + 1), text, '=', false);
    }

    /** A section whose title is on {@code line}. */
    static Section section(int line, String title, Node... children) {
        Section section = new Section(SourceSpan.of(line, 1, line + 1, 1), 1);
        section.addChild(title(line, title));
        for (Node child : children) {
            section.addChild(child);
        }
        return section;
    }

    static Paragraph para(int line) {
        return new Paragraph(SourceSpan.of(line, 1, line, 5), "None");
    }

    static Comment comment(int line) {
        return new Comment(SourceSpan.of(line, 1, line, 10), "a comment");
    }

    static Directive directive(int line, String name) {
        return new Directive(SourceSpan.of(line, 1, line, 20), name, "picture.png", Map.of(), "", 0);
    }
}
