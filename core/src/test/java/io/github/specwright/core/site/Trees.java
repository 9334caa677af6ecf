package io.github.specwright.core.site;

import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Paragraph;
import io.github.specwright.core.model.SourceSpan;
import io.github.specwright.core.model.Text;
import io.github.specwright.core.model.Title;

/** Builds document trees by hand for renderer tests, independent of the parser. */
final class Trees {

    static final SourceSpan AT = SourceSpan.of(3, 5, 3, 9);

    private Trees() {
    }

    static <T extends Node> T with(T parent, Node... children) {
        for (Node child : children) {
            parent.addChild(child);
        }
        return parent;
    }

    static Text text(String text) {
        return new Text(AT, text);
    }

    static Paragraph paragraph(Node... inline) {
        StringBuilder raw = new StringBuilder();
        for (Node node : inline) {
            raw.append(node instanceof Text t ? t.text() : "");
        }
        return with(new Paragraph(AT, raw.toString()), inline);
    }

    static Paragraph paragraph(String text) {
        return paragraph(text(text));
    }

    static Title title(String text) {
        return with(new Title(AT, text, '=', false), text(text));
    }
}
