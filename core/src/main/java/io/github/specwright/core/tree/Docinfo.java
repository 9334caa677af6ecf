package io.github.specwright.core.tree;

import io.github.specwright.core.model.BulletList;
import io.github.specwright.core.model.Comment;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Field;
import io.github.specwright.core.model.FieldList;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Paragraph;
import io.github.specwright.core.model.SubstitutionDefinition;
import io.github.specwright.core.model.Subtitle;
import io.github.specwright.core.model.Target;
import io.github.specwright.core.model.Text;
import io.github.specwright.core.model.Title;
import io.github.specwright.core.resolve.DocutilsIds;
import io.github.specwright.core.resolve.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * docutils' DocInfo transform: a field list that is the document's first element (comments,
 * targets and the title aside) becomes its bibliographic data. Fields docutils knows (author,
 * version, status, ...) become elements of their own when their body has the expected shape;
 * the others stay fields, classed by their name.
 */
final class Docinfo {

    /** What one field becomes. */
    enum Kind { TEXT, ADDRESS, AUTHORS, TOPIC, FIELD }

    record Entry(Field field, String name, Kind kind, List<List<Node>> authors) {
    }

    private static final Set<String> TEXT_FIELDS = Set.of("author", "organization", "contact", "version", "revision",
            "status", "date", "copyright");

    private Docinfo() {
    }

    /** The field list that becomes the docinfo, or null. */
    static FieldList candidate(Document document) {
        for (Node child : document.children()) {
            if (child instanceof Title || child instanceof Subtitle || child instanceof Comment || child instanceof Target
                    || child instanceof SubstitutionDefinition) {
                continue;
            }
            return child instanceof FieldList list ? list : null;
        }
        return null;
    }

    static List<Entry> entries(FieldList list) {
        List<Entry> entries = new ArrayList<>();
        boolean[] topicSeen = new boolean[2];
        for (Node child : list.children()) {
            if (!(child instanceof Field field) || field.children().size() != 2) {
                continue;
            }
            // docutils reads the name from the field name's first inline node only
            Node fieldName = field.children().get(0);
            String name = Resolution.plain(fieldName.children().isEmpty() ? fieldName : fieldName.children().get(0));
            String key = DocutilsIds.normalizeName(name);
            Node body = field.children().get(1);
            List<Node> content = body.children();
            Kind kind = Kind.FIELD;
            List<List<Node>> authors = null;
            if (TEXT_FIELDS.contains(key) && content.size() == 1 && content.get(0) instanceof Paragraph) {
                kind = Kind.TEXT;
            } else if (key.equals("address") && content.size() == 1 && content.get(0) instanceof Paragraph) {
                kind = Kind.ADDRESS;
            } else if (key.equals("authors") && !content.isEmpty()) {
                authors = authors(content);
                kind = authors.isEmpty() ? Kind.FIELD : Kind.AUTHORS;
            } else if ((key.equals("dedication") || key.equals("abstract")) && !content.isEmpty()) {
                int slot = key.equals("dedication") ? 0 : 1;
                kind = topicSeen[slot] ? Kind.FIELD : Kind.TOPIC;
                topicSeen[slot] = true;
            }
            entries.add(new Entry(field, kind == Kind.FIELD ? name : key, kind, authors));
        }
        return entries;
    }

    /** The authors of an "authors" field: one paragraph split at ';' (else ','), a bullet list, or paragraphs. */
    private static List<List<Node>> authors(List<Node> content) {
        List<List<Node>> authors = new ArrayList<>();
        if (content.size() == 1 && content.get(0) instanceof Paragraph paragraph) {
            String text = Resolution.plain(paragraph);
            String[] names = text.split(";");
            if (names.length == 1) {
                names = text.split(",");
            }
            for (String name : names) {
                if (!name.strip().isEmpty()) {
                    authors.add(List.of(new Text(paragraph.span(), name.strip())));
                }
            }
        } else if (content.size() == 1 && content.get(0) instanceof BulletList list) {
            for (Node item : list.children()) {
                if (item.children().size() != 1 || !(item.children().get(0) instanceof Paragraph paragraph)) {
                    return List.of();
                }
                authors.add(paragraph.children());
            }
        } else {
            for (Node node : content) {
                if (!(node instanceof Paragraph paragraph)) {
                    return List.of();
                }
                authors.add(paragraph.children());
            }
        }
        return authors;
    }

    static String label(String key) {
        return key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1);
    }
}
