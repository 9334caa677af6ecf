package io.github.specwright.core.tree;

import io.github.specwright.core.internal.highlight.CodeTokens;
import io.github.specwright.core.model.Attribution;
import io.github.specwright.core.model.BlockQuote;
import io.github.specwright.core.model.BulletList;
import io.github.specwright.core.model.Citation;
import io.github.specwright.core.model.CitationReference;
import io.github.specwright.core.model.Classifier;
import io.github.specwright.core.model.Comment;
import io.github.specwright.core.model.Definition;
import io.github.specwright.core.model.DefinitionList;
import io.github.specwright.core.model.DefinitionListItem;
import io.github.specwright.core.model.Directive;
import io.github.specwright.core.model.DoctestBlock;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Emphasis;
import io.github.specwright.core.model.EnumeratedList;
import io.github.specwright.core.model.Field;
import io.github.specwright.core.model.FieldBody;
import io.github.specwright.core.model.FieldList;
import io.github.specwright.core.model.FieldName;
import io.github.specwright.core.model.Footnote;
import io.github.specwright.core.model.FootnoteReference;
import io.github.specwright.core.model.InlineLiteral;
import io.github.specwright.core.model.InlineTarget;
import io.github.specwright.core.model.InterpretedText;
import io.github.specwright.core.model.Line;
import io.github.specwright.core.model.LineBlock;
import io.github.specwright.core.model.ListItem;
import io.github.specwright.core.model.LiteralBlock;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.OptionList;
import io.github.specwright.core.model.OptionListItem;
import io.github.specwright.core.model.Paragraph;
import io.github.specwright.core.model.Problematic;
import io.github.specwright.core.model.Reference;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.model.Strong;
import io.github.specwright.core.model.SubstitutionDefinition;
import io.github.specwright.core.model.SubstitutionReference;
import io.github.specwright.core.model.Subtitle;
import io.github.specwright.core.model.Table;
import io.github.specwright.core.model.TableCell;
import io.github.specwright.core.model.TableRow;
import io.github.specwright.core.model.Target;
import io.github.specwright.core.model.Text;
import io.github.specwright.core.model.Title;
import io.github.specwright.core.model.Transition;
import io.github.specwright.core.resolve.DocutilsIds;
import io.github.specwright.core.resolve.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The document tree as docutils prints it ({@code Node.pformat()}: one element a line, four spaces
 * of indentation a level, attributes sorted by name, text lines indented under their element),
 * with the normalisation of the reference corpus: no system messages, bare {@code <problematic>},
 * no {@code source} on the document, Sphinx roles and directives as {@code sphinx_role} and
 * {@code sphinx_directive}. A view of the model, beside the HTML renderer: it reads the nodes and
 * the names and ids {@link Resolution} works out once per document.
 *
 * <p>Coverage is measured by {@code TreeParityTest} against docutils' own trees; the constructs it
 * does not yet print as docutils does are listed, with reasons, in its mismatch file.
 */
public final class PseudoXml {

    /** Sphinx's roles, as the corpus's normalisation names them. */
    static final Set<String> SPHINX_ROLES = Set.of(("doc ref term any abbr command dfn envvar file guilabel kbd"
            + " mailheader makevar manpage menuselection mimetype newsgroup option program regexp samp numref download"
            + " keyword token py:func py:class py:meth py:mod py:obj py:attr py:data py:exc py:const func class meth mod"
            + " attr data exc obj const").split(" "));

    /** Sphinx's directives, as the corpus's normalisation names them. */
    static final Set<String> SPHINX_DIRECTIVES = Set.of(("toctree code-block sourcecode literalinclude glossary"
            + " index only versionadded versionchanged deprecated seealso centered hlist highlight tabularcolumns"
            + " productionlist todo TODO graphviz automodule autoclass autofunction").split(" "));

    private final StringBuilder out = new StringBuilder();
    private final Resolution names;

    private PseudoXml(Resolution names) {
        this.names = names;
    }

    /** The pseudo-XML of a parsed document. */
    public static String of(Document document) {
        PseudoXml writer = new PseudoXml(Resolution.of(document));
        writer.document(document);
        return writer.out.toString();
    }

    private boolean hasSections;

    private void document(Document document) {
        hasSections = document.children().stream().anyMatch(Section.class::isInstance);
        findMovedTransitions(document);
        findClassDirectives(document);
        Map<String, String> attributes = new TreeMap<>();
        Title title = document.title();
        if (title != null) {
            attributes.put("title", Resolution.plain(title));
        }
        for (Node child : document.children()) {
            if (child instanceof Directive directive && directive.name().equalsIgnoreCase("title")
                    && directive.arguments() != null && !directive.arguments().isBlank()) {
                attributes.put("title", directive.arguments().strip()); // the title directive sets it
            }
        }
        names.addIdsAndNames(document, attributes);
        open("document", attributes, 0);
        FieldList docinfo = Docinfo.candidate(document);
        boolean placed = docinfo == null;
        boolean metaPlaced = false;
        for (Node child : document.children()) {
            if (!metaPlaced && !(child instanceof Title) && !(child instanceof Subtitle)) {
                decoration(document, 1);
                metaTags(document, 1);
                metaPlaced = true;
            }
            if (!placed && !(child instanceof Title) && !(child instanceof Subtitle)) {
                docinfo(docinfo, 1);
                placed = true;
            }
            if (child != docinfo) {
                node(child, 1);
                for (Transition transition : transitionsAfter.getOrDefault(child, List.of())) {
                    node(transition, 1);
                }
            }
        }
    }

    /**
     * docutils' meta directive: each field becomes a meta element at the top of the document
     * (after the title): the field name's first word is the name (or an attribute=value), the
     * other words attributes, the body's text the content.
     */
    private void metaTags(Document document, int level) {
        for (Directive meta : metaDirectives(document)) {
            for (Node list : meta.children()) {
                for (Node field : list.children()) {
                    if (field.children().size() != 2) {
                        continue;
                    }
                    String content = Resolution.plain(field.children().get(1)).strip().replaceAll("\\s+", " ");
                    if (content.isEmpty()) {
                        continue;
                    }
                    Map<String, String> attributes = new TreeMap<>(Map.of("content", content));
                    String[] tokens = Resolution.plain(field.children().get(0)).strip().split("\\s+");
                    boolean malformed = false;
                    for (int i = 1; i < tokens.length; i++) {
                        malformed |= tokens[i].indexOf('=') <= 0; // docutils: an error, no meta tag
                    }
                    if (malformed) {
                        continue;
                    }
                    for (int i = 0; i < tokens.length; i++) {
                        int equals = tokens[i].indexOf('=');
                        if (equals > 0) {
                            attributes.put(tokens[i].substring(0, equals).toLowerCase(java.util.Locale.ROOT),
                                    tokens[i].substring(equals + 1).replaceAll("^[\"']|[\"']$", ""));
                        } else if (i == 0) {
                            attributes.put("name", tokens[i]);
                        }
                    }
                    open("meta", attributes, level);
                }
            }
        }
    }

    /** docutils' header and footer directives: their content gathered in one decoration element at the top. */
    private void decoration(Document document, int level) {
        List<Directive> headers = new ArrayList<>();
        List<Directive> footers = new ArrayList<>();
        for (Node child : document.children()) {
            if (child instanceof Directive directive && !directive.children().isEmpty()) {
                if (directive.name().equalsIgnoreCase("header")) {
                    headers.add(directive);
                } else if (directive.name().equalsIgnoreCase("footer")) {
                    footers.add(directive);
                }
            }
        }
        if (headers.isEmpty() && footers.isEmpty()) {
            return;
        }
        open("decoration", new TreeMap<>(), level);
        for (List<Directive> part : List.of(headers, footers)) {
            if (!part.isEmpty()) {
                open(part == headers ? "header" : "footer", new TreeMap<>(), level + 1);
                for (Directive directive : part) {
                    children(directive, level + 2);
                }
            }
        }
    }

    private static List<Directive> metaDirectives(Node node) {
        List<Directive> found = new ArrayList<>();
        for (Node child : node.children()) {
            if (child instanceof Directive directive && directive.name().equalsIgnoreCase("meta")) {
                if (directive.children().size() == 1 && directive.children().get(0) instanceof FieldList) {
                    found.add(directive);
                }
            } else {
                found.addAll(metaDirectives(child));
            }
        }
        return found;
    }

    /** The document's bibliographic fields: a docinfo element, then the dedication and abstract topics. */
    private void docinfo(FieldList list, int level) {
        List<Docinfo.Entry> entries = Docinfo.entries(list);
        List<Docinfo.Entry> topics = new ArrayList<>();
        if (entries.stream().anyMatch(e -> e.kind() != Docinfo.Kind.TOPIC)) {
            open("docinfo", new TreeMap<>(), level);
        }
        for (Docinfo.Entry entry : entries) {
            Node body = entry.field().children().get(1);
            switch (entry.kind()) {
                case TEXT -> element(entry.name(), body.children().get(0), level + 1);
                case ADDRESS -> element("address", body.children().get(0), level + 1, Map.of("xml:space", "preserve"));
                case AUTHORS -> {
                    open("authors", new TreeMap<>(), level + 1);
                    for (List<Node> author : entry.authors()) {
                        open("author", new TreeMap<>(), level + 2);
                        for (Node node : author) {
                            node(node, level + 3);
                        }
                    }
                }
                case TOPIC -> topics.add(entry);
                default -> {
                    String id = DocutilsIds.makeId(DocutilsIds.normalizeName(entry.name()));
                    element("field", entry.field(), level + 1, id.isEmpty() ? Map.of() : Map.of("classes", id));
                }
            }
        }
        for (Docinfo.Entry topic : topics) {
            open("topic", new TreeMap<>(Map.of("classes", topic.name())), level);
            open("title", new TreeMap<>(), level + 1);
            text(Docinfo.label(topic.name()), level + 2);
            children(topic.field().children().get(1), level + 1);
        }
    }

    private void children(Node parent, int level) {
        for (Node child : parent.children()) {
            if (movedTransitions.contains(child)) {
                continue;
            }
            node(child, level);
            List<Transition> after = transitionsAfter.get(child);
            if (after != null) {
                for (Transition transition : after) {
                    node(transition, level);
                }
            }
        }
    }

    /** Classes a class directive gives the elements it applies to. */
    private final Map<Node, List<String>> classDirectiveClasses = new java.util.IdentityHashMap<>();

    private void addClasses(Node node, Map<String, String> attributes) {
        List<String> extra = classDirectiveClasses.get(node);
        if (extra == null) {
            return;
        }
        String existing = attributes.get("classes");
        attributes.put("classes", (existing == null ? "" : existing + " ") + String.join(" ", extra));
    }

    /**
     * docutils' class directive: its classes go to each element of its content, or without content
     * to the next element that is not invisible (looking past the end of sections).
     */
    private void findClassDirectives(Node node) {
        List<Node> children = node.children();
        for (int i = 0; i < children.size(); i++) {
            Node child = children.get(i);
            if (child instanceof Directive directive && (directive.name().equalsIgnoreCase("class")
                    || directive.name().equalsIgnoreCase("rst-class")) && directive.arguments() != null) {
                List<String> classes = new ArrayList<>();
                classes.addAll(classNames(directive.arguments().strip()));
                if (!directive.children().isEmpty()) {
                    for (Node content : directive.children()) {
                        classDirectiveClasses.computeIfAbsent(content, k -> new ArrayList<>()).addAll(classes);
                    }
                } else {
                    Node next = nextVisible(directive);
                    if (next != null) {
                        classDirectiveClasses.computeIfAbsent(next, k -> new ArrayList<>()).addAll(classes);
                    }
                }
            }
            findClassDirectives(child);
        }
    }

    private static Node nextVisible(Node node) {
        Node child = node;
        Node parent = node.parent();
        while (parent != null) {
            List<Node> siblings = parent.children();
            int index = -1;
            for (int k = 0; k < siblings.size(); k++) {
                if (siblings.get(k) == child) {
                    index = k;
                }
            }
            for (int k = index + 1; k < siblings.size(); k++) {
                Node next = siblings.get(k);
                if (!(next instanceof Comment || next instanceof io.github.specwright.core.model.Target
                        || next instanceof SubstitutionDefinition)) {
                    return next;
                }
            }
            child = parent;
            parent = parent.parent();
        }
        return null;
    }

    /** Transitions docutils moves out of the end of a section, to after it (its Transitions transform). */
    private final Set<Node> movedTransitions = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final Map<Node, List<Transition>> transitionsAfter = new java.util.IdentityHashMap<>();

    private void findMovedTransitions(Node node) {
        List<Node> children = node.children();
        for (int i = 0; i < children.size(); i++) {
            Node child = children.get(i);
            if (child instanceof Transition transition && i == children.size() - 1 && node instanceof Section) {
                // up past every ancestor it ends; at the end of the document it stays where it is
                Node sibling = node;
                boolean endsDocument = false;
                while (sibling.parent() != null && lastChild(sibling.parent()) == sibling) {
                    sibling = sibling.parent();
                    if (sibling.parent() == null) {
                        endsDocument = true;
                    }
                }
                if (!endsDocument && sibling.parent() != null) {
                    movedTransitions.add(transition);
                    transitionsAfter.computeIfAbsent(sibling, k -> new ArrayList<>()).add(transition);
                }
            }
            findMovedTransitions(child);
        }
    }

    private static Node lastChild(Node node) {
        List<Node> children = node.children();
        return children.isEmpty() ? null : children.get(children.size() - 1);
    }

    private void node(Node node, int level) {
        if (node instanceof Text text) {
            text(text.text(), level);
        } else if (node instanceof Section) {
            element("section", node, level);
        } else if (node instanceof Title) {
            element("title", node, level);
        } else if (node instanceof Subtitle) {
            element("subtitle", node, level);
        } else if (node instanceof Paragraph paragraph) {
            paragraph(paragraph, level);
        } else if (node instanceof Emphasis) {
            element("emphasis", node, level);
        } else if (node instanceof Strong) {
            element("strong", node, level);
        } else if (node instanceof InlineLiteral literal) {
            open("literal", new TreeMap<>(), level);
            text(literal.text(), level + 1);
        } else if (node instanceof BulletList list) {
            element("bullet_list", node, level, Map.of("bullet", String.valueOf(list.bullet())));
        } else if (node instanceof EnumeratedList list) {
            Map<String, String> attributes = new TreeMap<>(Map.of("enumtype", list.enumType(), "prefix", list.prefix(),
                    "suffix", list.suffix()));
            if (list.start() != 1) {
                attributes.put("start", String.valueOf(list.start()));
            }
            element("enumerated_list", node, level, attributes);
        } else if (node instanceof ListItem) {
            element("list_item", node, level);
        } else if (node instanceof LiteralBlock literal) {
            open("literal_block", new TreeMap<>(Map.of("xml:space", "preserve")), level);
            text(literal.text(), level + 1);
        } else if (node instanceof DoctestBlock doctest) {
            open("doctest_block", new TreeMap<>(Map.of("xml:space", "preserve")), level);
            text(doctest.text(), level + 1);
        } else if (node instanceof Comment comment) {
            open("comment", new TreeMap<>(Map.of("xml:space", "preserve")), level);
            text(comment.text(), level + 1);
        } else if (node instanceof Reference reference && names.unresolved(reference) && reference.rawSource() != null) {
            open("problematic", new TreeMap<>(), level);
            text(reference.rawSource(), level + 1);
            Target aliasTarget = names.embeddedTargetOf(reference);
            if (aliasTarget != null) {
                element("target", aliasTarget, level, names.targetAttributes(aliasTarget));
            }
        } else if (node instanceof Problematic) {
            element("problematic", node, level);
        } else if (node instanceof Reference reference) {
            element("reference", node, level, names.referenceAttributes(reference));
            Target embedded = names.embeddedTargetOf(reference);
            if (embedded != null) {
                element("target", embedded, level, names.targetAttributes(embedded));
            }
        } else if (node instanceof Target target) {
            element("target", node, level, names.targetAttributes(target));
        } else if (node instanceof InlineTarget target) {
            element("target", node, level);
            text(target.name(), level + 1);
        } else if (node instanceof InterpretedText interpreted) {
            interpreted(interpreted, level);
        } else if (node instanceof DefinitionList) {
            element("definition_list", node, level);
        } else if (node instanceof DefinitionListItem) {
            element("definition_list_item", node, level);
        } else if (node instanceof io.github.specwright.core.model.Term) {
            element("term", node, level);
        } else if (node instanceof Classifier) {
            element("classifier", node, level);
        } else if (node instanceof Definition) {
            element("definition", node, level);
        } else if (node instanceof FieldList) {
            element("field_list", node, level);
        } else if (node instanceof Field) {
            element("field", node, level);
        } else if (node instanceof FieldName) {
            element("field_name", node, level);
        } else if (node instanceof FieldBody) {
            element("field_body", node, level);
        } else if (node instanceof OptionList) {
            element("option_list", node, level);
        } else if (node instanceof OptionListItem item) {
            optionListItem(item, level);
        } else if (node instanceof BlockQuote) {
            element("block_quote", node, level);
        } else if (node instanceof Attribution) {
            element("attribution", node, level);
        } else if (node instanceof LineBlock) {
            element("line_block", node, level);
        } else if (node instanceof Line) {
            element("line", node, level);
        } else if (node instanceof Transition) {
            element("transition", node, level);
        } else if (node instanceof Footnote || node instanceof Citation) {
            note(node instanceof Footnote ? "footnote" : "citation", node, level);
        } else if ((node instanceof FootnoteReference || node instanceof CitationReference) && names.unresolvedNote(node)) {
            open("problematic", new TreeMap<>(), level);
            text("[" + (node instanceof FootnoteReference f ? f.label() : ((CitationReference) node).label()) + "]_", level + 1);
        } else if (node instanceof FootnoteReference || node instanceof CitationReference) {
            String tag = node instanceof FootnoteReference ? "footnote_reference" : "citation_reference";
            open(tag, names.noteAttributes(node), level);
            text(names.noteLabel(node), level + 1);
        } else if (node instanceof SubstitutionDefinition definition) {
            substitutionDefinition(definition, level);
        } else if (node instanceof SubstitutionReference reference) {
            substitutionReference(reference, level);
        } else if (node instanceof Directive directive) {
            directive(directive, level);
        } else if (node instanceof Table table) {
            table(table, level);
        } else {
            element(node.kind(), node, level);
        }
    }

    /** A paragraph; "Text::" before a literal block reads "Text:", and a lone "::" is no paragraph at all. */
    private void paragraph(Paragraph paragraph, int level) {
        List<Node> inline = paragraph.children();
        if (inline.isEmpty() || !(inline.get(inline.size() - 1) instanceof Text last) || !last.text().endsWith("::")) {
            element("paragraph", paragraph, level);
            return;
        }
        String kept = paragraph.withoutLiteralMarker(last.text());
        if (inline.size() == 1 && kept.isEmpty()) {
            return;
        }
        Map<String, String> attributes = new TreeMap<>();
        names.addIdsAndNames(paragraph, attributes);
        addClasses(paragraph, attributes);
        open("paragraph", attributes, level);
        for (int i = 0; i < inline.size() - 1; i++) {
            node(inline.get(i), level + 1);
        }
        if (!kept.isEmpty()) {
            text(kept, level + 1);
        }
    }

    /**
     * An option list item: its option group split as docutils splits it (options separated by
     * ", ", each an option string and perhaps an argument after a space, an '=' or nothing for
     * "-ovalue"), then the description.
     */
    private void optionListItem(OptionListItem item, int level) {
        element("option_list_item", item, level, Map.of(), false);
        open("option_group", new TreeMap<>(), level + 1);
        for (String option : item.options().strip().split(", ")) {
            List<String> tokens = new ArrayList<>(List.of(option.strip().split("\\s+")));
            String delimiter = " ";
            int equals = tokens.get(0).indexOf('=');
            if (equals >= 0) {
                String first = tokens.remove(0);
                tokens.add(0, first.substring(equals + 1));
                tokens.add(0, first.substring(0, equals));
                delimiter = "=";
            } else if (tokens.get(0).length() > 2 && (tokens.get(0).startsWith("-") && !tokens.get(0).startsWith("--")
                    || tokens.get(0).startsWith("+"))) {
                String first = tokens.remove(0);
                tokens.add(0, first.substring(2));
                tokens.add(0, first.substring(0, 2));
                delimiter = "";
            }
            if (tokens.size() > 2 && tokens.get(1).startsWith("<") && tokens.get(tokens.size() - 1).endsWith(">")) {
                String joined = String.join(" ", tokens.subList(1, tokens.size()));
                tokens = new ArrayList<>(List.of(tokens.get(0), joined));
            }
            open("option", new TreeMap<>(), level + 2);
            open("option_string", new TreeMap<>(), level + 3);
            text(tokens.get(0), level + 4);
            if (tokens.size() > 1) {
                open("option_argument", new TreeMap<>(Map.of("delimiter", delimiter)), level + 3);
                text(String.join(" ", tokens.subList(1, tokens.size())), level + 4);
            }
        }
        open("description", new TreeMap<>(), level + 1);
        children(item, level + 2);
    }

    /** What a substitution definition stands for: a replace directive's text, an image, unicode characters. */
    private void substitutionDefinition(SubstitutionDefinition definition, int level) {
        if (names.unusable(definition)) {
            return; // docutils leaves only its error
        }
        Map<String, String> attributes = new TreeMap<>();
        for (Node child : definition.children()) {
            if (child instanceof Directive directive && directive.name().equalsIgnoreCase("unicode")) {
                for (String trim : List.of("trim", "ltrim", "rtrim")) {
                    if (directive.options().containsKey(trim)) {
                        attributes.put(trim, "1");
                    }
                }
            }
        }
        element("substitution_definition", definition, level, attributes, false);
        substitutionContent(definition, level + 1);
    }

    private void substitutionContent(SubstitutionDefinition definition, int level) {
        for (Node child : definition.children()) {
            if (child instanceof Directive directive) {
                String name = directive.name().toLowerCase(java.util.Locale.ROOT);
                if (name.equals("replace") && directive.children().size() == 1
                        && directive.children().get(0) instanceof Paragraph paragraph) {
                    children(paragraph, level);
                    continue;
                }
                if (name.equals("unicode")) {
                    for (String code : io.github.specwright.core.internal.text.UnicodeCodes.decode(directive.arguments())) {
                        text(code, level);
                    }
                    continue;
                }
                if (name.equals("image")) {
                    image(directive, io.github.specwright.core.internal.text.Names.whitespaceNormalize(definition.name()), level);
                    continue;
                }
            }
            node(child, level);
        }
    }

    /** A substitution reference is replaced by what its definition stands for (docutils' Substitutions). */
    private void substitutionReference(SubstitutionReference reference, int level) {
        SubstitutionDefinition definition = names.substitutionFor(reference.name());
        if (definition == null || !substituting.add(definition)) {
            open("problematic", new TreeMap<>(), level);
            text("|" + reference.name() + "|", level + 1);
            return;
        }
        substitutionContent(definition, level);
        substituting.remove(definition);
    }

    /** Definitions being substituted, so that one referring to itself stops. */
    private final Set<SubstitutionDefinition> substituting = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /**
     * An image: its URI (the argument without whitespace) and options; inside a substitution
     * definition its alt text defaults to the substitution's name.
     */
    private void image(Directive directive, String defaultAlt, int level) {
        image(directive, defaultAlt, false, level);
    }

    private void image(Directive directive, String defaultAlt, boolean inFigure, int level) {
        String target = directive.options().get("target");
        if (target != null && !target.isBlank()) {
            // :target: makes the image a link: a reference around it
            String written = target.strip();
            boolean byName = written.endsWith("_") && !written.endsWith("\\_");
            Map<String, String> link = new TreeMap<>();
            if (byName) {
                String name = written.substring(0, written.length() - 1).replace("`", "");
                link.put("name", name);
                String[] destination = names.destination(DocutilsIds.normalizeName(name));
                if (destination == null) {
                    // a target name that leads nowhere: docutils' problematic holds the link's
                    // source text, which an image's link does not have
                    open("problematic", new TreeMap<>(), level);
                    return;
                }
                link.put(destination[0], destination[1]);
            } else {
                link.put("refuri", io.github.specwright.core.rst.UriText.of(written));
            }
            open("reference", link, level);
            level++;
        }
        Map<String, String> attributes = new TreeMap<>();
        attributes.put("uri", directive.arguments() == null ? "" : io.github.specwright.core.rst.UriText.of(directive.arguments()));
        if (defaultAlt != null) {
            attributes.put("alt", defaultAlt);
        }
        directive.options().forEach((option, value) -> {
            String given = value == null ? "" : value.strip();
            if (inFigure && (option.equals("align") || option.equals("figwidth") || option.equals("figclass"))) {
                return; // the figure's own options
            }
            switch (option) {
                case "alt", "align", "loading" -> attributes.put(option, given);
                case "height", "width" -> attributes.put(option, given.replaceAll("\\s+", ""));
                case "scale" -> attributes.put(option, given.replace("%", "").strip());
                case "class" -> attributes.put("classes", String.join(" ", classNames(given)));
                default -> {
                }
            }
        });
        element("image", directive, level, attributes, false);
    }

    /** docutils' figure: the image, then the first paragraph as the caption and the rest as the legend. */
    private void figure(Directive directive, int level) {
        Map<String, String> attributes = new TreeMap<>();
        String align = directive.options().get("align");
        if (align != null) {
            attributes.put("align", align.strip());
        }
        String width = directive.options().get("figwidth");
        if (width != null && !width.strip().equals("image")) {
            attributes.put("width", width.replaceAll("\\s+", ""));
        }
        String classes = directive.options().get("figclass");
        if (classes != null) {
            attributes.put("classes", String.join(" ", classNames(classes)));
        }
        open("figure", attributes, level);
        image(directive, null, true, level + 1);
        List<Node> content = directive.children();
        if (content.isEmpty()) {
            return;
        }
        if (content.get(0) instanceof Paragraph caption) {
            element("caption", caption, level + 1);
        }
        if (content.size() > 1) {
            open("legend", new TreeMap<>(), level + 1);
            for (Node node : content.subList(1, content.size())) {
                node(node, level + 2);
            }
        }
    }

    /**
     * docutils' {@code code} directive: a literal block classed "code" and its language, with line
     * numbers when asked, its code as Pygments' tokens for a language emulated here. Returns false
     * (shown as the generic directive) for a language Pygments knows that is not emulated.
     */
    private boolean codeBlock(Directive directive, int level) {
        String language = directive.arguments() == null ? "" : directive.arguments().strip();
        CodeTokens.Support support = CodeTokens.support(language);
        if (support == CodeTokens.Support.NOT_EMULATED) {
            return false;
        }
        String code = directive.content() == null ? "" : directive.content().replaceAll("\\n+$", "");
        List<String> classes = new ArrayList<>(List.of("code"));
        if (!language.isEmpty()) {
            classes.add(language);
        }
        String option = directive.options().get("class");
        if (option != null) {
            classes.addAll(classNames(option.strip()));
        }
        element("literal_block", directive, level,
                Map.of("classes", String.join(" ", classes), "xml:space", "preserve"), false);
        List<CodeTokens.Token> tokens = support == CodeTokens.Support.TOKENIZED
                ? CodeTokens.of(directive.content(), language) : List.of(new CodeTokens.Token(List.of(), code));
        String numbering = directive.options().get("number-lines");
        if (numbering != null) {
            tokens = numbered(tokens, numbering, code.split("\n", -1).length);
        }
        for (CodeTokens.Token token : tokens) {
            if (token.classes().isEmpty()) {
                text(token.text(), level + 1);
            } else {
                open("inline", new TreeMap<>(Map.of("classes", String.join(" ", token.classes()))), level + 1);
                text(token.text(), level + 2);
            }
        }
        return true;
    }

    /**
     * docutils' NumberLines: a line number ("ln") before each line of the tokens, padded to the width of the
     * number after the last line.
     */
    private static List<CodeTokens.Token> numbered(List<CodeTokens.Token> tokens, String numbering, int lines) {
        int first = numbering.strip().matches("[0-9]{1,9}") ? Integer.parseInt(numbering.strip()) : 1;
        String format = "%" + String.valueOf(first + lines).length() + "d ";
        List<CodeTokens.Token> out = new ArrayList<>();
        int line = first;
        out.add(new CodeTokens.Token(List.of("ln"), String.format(format, line)));
        for (CodeTokens.Token token : tokens) {
            String[] parts = token.text().split("\n", -1);
            for (int i = 0; i < parts.length - 1; i++) {
                out.add(new CodeTokens.Token(token.classes(), parts[i] + "\n"));
                out.add(new CodeTokens.Token(List.of("ln"), String.format(format, ++line)));
            }
            out.add(new CodeTokens.Token(token.classes(), parts[parts.length - 1]));
        }
        return out;
    }

    /** docutils' {@code math} directive: one math block per blank-line-separated part. */
    private void mathBlocks(Directive directive, int level) {
        String arguments = directive.arguments() == null ? "" : directive.arguments().strip();
        String content = directive.content() == null ? "" : directive.content();
        String all = arguments.isEmpty() ? content : arguments + "\n\n" + content;
        for (String block : all.split("\n\n")) {
            if (block.isBlank()) {
                continue;
            }
            Map<String, String> attributes = classesAttribute(directive);
            attributes.put("xml:space", "preserve");
            element("math_block", directive, level, attributes, false);
            text(block, level + 1);
        }
    }

    /** A footnote or citation: its label (the number a numbered footnote got), then its body. */
    private void note(String tag, Node node, int level) {
        open(tag, names.noteAttributes(node), level);
        open("label", new TreeMap<>(), level + 1);
        text(names.noteLabel(node), level + 2);
        children(node, level + 1);
    }

    /** A role a {@code .. role::} directive made: the role it is based on (or none) and its classes. */
    private record CustomRole(String base, List<String> classes) {
    }

    private final Map<String, CustomRole> customRoles = new java.util.HashMap<>();
    /** The role of interpreted text without one, as the last {@code .. default-role::} set it (null: title). */
    private String defaultRole;

    private void interpreted(InterpretedText interpreted, int level) {
        String role = interpreted.role();
        if (role == null || role.isEmpty()) {
            role = defaultRole;
        }
        String key = role == null ? null : role.toLowerCase(java.util.Locale.ROOT);
        if (key != null && SPHINX_ROLES.contains(role)) {
            open("sphinx_role", new TreeMap<>(Map.of("name", role)), level);
            text(interpreted.text(), level + 1);
        } else if (key != null && customRoles.containsKey(key)) {
            CustomRole custom = customRoles.get(key);
            String base = custom.base() == null ? "inline" : custom.base();
            if (!standardRole(base, textFor(base, interpreted), custom.classes(), level)) {
                problematic(interpreted, level);
            }
        } else if (!standardRole(key == null ? "title" : key, textFor(key, interpreted), List.of(), level)) {
            problematic(interpreted, level);
        }
    }

    /**
     * The text a role shows: docutils' code and math roles keep the backslashes as written (they are the code's
     * own), every other role shows the text with its escapes resolved.
     */
    private static String textFor(String role, InterpretedText interpreted) {
        return "code".equals(role) || "math".equals(role) ? interpreted.literalText() : interpreted.text();
    }

    /** Interpreted text docutils could not read (an unknown role, a bad PEP or RFC number): as written. */
    private void problematic(InterpretedText interpreted, int level) {
        open("problematic", new TreeMap<>(), level);
        String raw = interpreted.rawSource();
        text(raw != null ? raw : ":" + interpreted.role() + ":`" + interpreted.text() + "`", level + 1);
    }

    /** docutils' standard roles, as the element each makes; false for a role it does not know. */
    private boolean standardRole(String role, String text, List<String> classes, int level) {
        if (role.equals("pep") || role.equals("pep-reference") || role.equals("rfc") || role.equals("rfc-reference")) {
            return numberedReference(role.startsWith("pep"), text, classes, level);
        }
        String tag = switch (role) {
            case "title", "t", "title-reference" -> "title_reference";
            case "emphasis", "strong", "literal", "subscript", "superscript", "abbreviation", "acronym", "math",
                 "inline" -> role;
            case "sub" -> "subscript";
            case "sup" -> "superscript";
            case "ab" -> "abbreviation";
            case "ac" -> "acronym";
            case "code" -> "literal";
            default -> null;
        };
        if (tag == null) {
            return false;
        }
        List<String> allClasses = new ArrayList<>();
        if (role.equals("code")) {
            allClasses.add("code");
        }
        allClasses.addAll(classes);
        Map<String, String> attributes = new TreeMap<>();
        if (!allClasses.isEmpty()) {
            attributes.put("classes", String.join(" ", allClasses));
        }
        open(tag, attributes, level);
        text(text, level + 1);
        return true;
    }

    /**
     * docutils' pep and rfc roles: a reference to the PEP (0 to 9999) or RFC (1 or more, with an
     * optional "#section") on docutils' default sites; any other text is an error.
     */
    private boolean numberedReference(boolean pep, String text, List<String> classes, int level) {
        String number = text;
        String section = null;
        if (!pep && text.contains("#")) {
            number = text.substring(0, text.indexOf('#'));
            section = text.substring(text.indexOf('#') + 1);
        }
        if (!number.strip().matches("[0-9]{1,9}")) {
            return false;
        }
        int value = Integer.parseInt(number.strip());
        if (pep ? value > 9999 : value < 1) {
            return false;
        }
        String uri = pep ? String.format("https://peps.python.org/pep-%04d", value)
                : "https://tools.ietf.org/html/rfc" + value + ".html" + (section == null ? "" : "#" + section);
        Map<String, String> attributes = new TreeMap<>(Map.of("refuri", uri));
        if (!classes.isEmpty()) {
            attributes.put("classes", String.join(" ", classes));
        }
        open("reference", attributes, level);
        text(pep ? "PEP " + text : "RFC " + value, level + 1);
        return true;
    }

    /** {@code .. role:: name} or {@code .. role:: name(base)}, with an optional :class:. */
    private void defineRole(Directive directive) {
        String argument = directive.arguments() == null ? "" : directive.arguments().strip();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([^\\s(]+)\\s*(?:\\(\\s*([^\\s)]+)\\s*\\))?")
                .matcher(argument);
        if (!m.lookingAt()) {
            return;
        }
        String name = m.group(1).toLowerCase(java.util.Locale.ROOT);
        String base = m.group(2) == null ? null : m.group(2).toLowerCase(java.util.Locale.ROOT);
        List<String> classes = new ArrayList<>();
        String option = directive.options().get("class");
        classes.addAll(classNames((option == null ? m.group(1) : option).strip()));
        customRoles.put(name, new CustomRole(base, classes));
    }

    private void directive(Directive directive, int level) {
        if (SPHINX_DIRECTIVES.contains(directive.name())) {
            String arguments = directive.arguments() == null ? "" : directive.arguments();
            String content = directive.content() == null ? "" : directive.content();
            if (arguments.isEmpty() && !content.isEmpty() && directive.contentLine() <= directive.span().startLine() + 1) {
                // The reference trees read every Sphinx directive as taking arguments: text on the
                // directive's own line, up to the first blank line, is its arguments there.
                int blank = content.indexOf("\n\n");
                arguments = blank < 0 ? content : content.substring(0, blank);
                content = blank < 0 ? "" : content.substring(blank).strip();
            }
            open("sphinx_directive", new TreeMap<>(Map.of("arguments", arguments.replaceAll("\\s+", " ").strip(),
                    "name", directive.name())), level);
            List<String> body = new ArrayList<>();
            new TreeMap<>(directive.options()).forEach((key, value) -> body.add(value == null || value.isEmpty()
                    ? key : key + ": " + value));
            if (!body.isEmpty() && !content.isEmpty()) {
                body.add("");
            }
            if (!content.isEmpty()) {
                body.add(content);
            }
            if (!body.isEmpty()) {
                text(String.join("\n", body), level + 1);
            }
            return;
        }
        String lower = directive.name().toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("line-block") && directive.children().size() == 1
                && directive.children().get(0) instanceof io.github.specwright.core.model.LineBlock block) {
            Map<String, String> attributes = new TreeMap<>();
            List<String> classes = optionClasses(directive);
            if (!classes.isEmpty()) {
                attributes.put("classes", String.join(" ", classes));
            }
            names.addIdsAndNames(directive, attributes);
            open("line_block", attributes, level);
            children(block, level + 1);
            return;
        }
        if (lower.equals("class") || lower.equals("rst-class")) {
            children(directive, level); // its content stands in its place, classed
            return;
        }
        if (lower.equals("include")) {
            return; // file insertion is off in the reference settings: docutils leaves its error
        }
        if (lower.equals("target-notes") || lower.equals("sectnum") || lower.equals("section-numbering")
                || lower.equals("date") || lower.equals("title") || lower.equals("replace") || lower.equals("unicode")) {
            // transforms the dump does not run (target notes, section numbers), a date outside a
            // substitution (an error), the title directive (the document's title attribute)
            return;
        }
        if ((lower.equals("topic") || lower.equals("sidebar")) && !allowsTopic(directive, lower)) {
            return; // docutils: may not be used within topics or body elements (an error)
        }
        if (io.github.specwright.core.rst.Directives.standard().find(directive.name()) == null) {
            return; // an unknown directive: docutils leaves only its error
        }
        if (lower.equals("meta") || lower.equals("header") || lower.equals("footer")) {
            return; // its elements stand at the top of the document
        }
        if (lower.equals("contents") && !hasSections) {
            return; // docutils removes a table of contents that lists nothing
        }
        if (lower.equals("restructuredtext-test-directive")) {
            return; // docutils' own test directive leaves only a system message, which the trees omit
        }
        if (lower.equals("role")) {
            defineRole(directive); // docutils' role directive leaves nothing in the tree
            return;
        }
        if (lower.equals("default-role")) {
            String argument = directive.arguments() == null ? "" : directive.arguments().strip();
            defaultRole = argument.isEmpty() ? null : argument.toLowerCase(java.util.Locale.ROOT);
            return;
        }
        if (lower.equals("image")) {
            image(directive, null, level);
            return;
        }
        if (lower.equals("figure")) {
            figure(directive, level);
            return;
        }
        if (lower.equals("code") && codeBlock(directive, level)) {
            return;
        }
        if (lower.equals("math") && directive.children().size() <= 1) {
            mathBlocks(directive, level);
            return;
        }
        if (lower.equals("parsed-literal") && directive.children().size() == 1
                && directive.children().get(0) instanceof io.github.specwright.core.model.ParsedLiteral parsed) {
            Map<String, String> attributes = classesAttribute(directive);
            attributes.put("xml:space", "preserve");
            names.addIdsAndNames(directive, attributes);
            open("literal_block", attributes, level);
            children(parsed, level + 1);
            return;
        }
        if (lower.equals("rubric") && directive.title() != null) {
            Map<String, String> attributes = classesAttribute(directive);
            names.addIdsAndNames(directive, attributes);
            open("rubric", attributes, level);
            children(directive.title(), level + 1);
            return;
        }
        if (lower.equals("list-table") && listTable(directive, level)
                || (lower.equals("table") || lower.equals("csv-table")) && tableDirective(directive, level)) {
            return;
        }
        genericDirective(lower, directive, level);
    }

    /** A "classes" attribute from a directive's :class: option (none when it has none). */
    private static Map<String, String> classesAttribute(Directive directive) {
        Map<String, String> attributes = new TreeMap<>();
        List<String> classes = optionClasses(directive);
        if (!classes.isEmpty()) {
            attributes.put("classes", String.join(" ", classes));
        }
        return attributes;
    }

    /** docutils' class_option: the words of a value, each made an id (none for null). */
    private static List<String> classNames(String value) {
        List<String> names = new ArrayList<>();
        if (value != null) {
            for (String word : value.strip().split("\\s+")) {
                if (!word.isEmpty()) {
                    names.add(DocutilsIds.makeId(word));
                }
            }
        }
        return names;
    }

    /** A directive's :class: option as docutils' class names. */
    private static List<String> optionClasses(Directive directive) {
        return classNames(directive.options().get("class"));
    }

    /** Topics stand in the document, a section or a sidebar; sidebars in the document or a section only. */
    private static boolean allowsTopic(Directive directive, String lower) {
        Node parent = directive.parent();
        if (parent instanceof Document || parent instanceof Section) {
            return true;
        }
        return lower.equals("topic") && parent instanceof Directive outer && outer.name().equalsIgnoreCase("sidebar");
    }

    /**
     * A body directive as the element docutils makes of it: its :class: option as classes (a
     * generic admonition's default class comes from its title), its title first, then its content.
     */
    private void genericDirective(String lower, Directive directive, int level) {
        Map<String, String> attributes = new TreeMap<>();
        List<String> classes = new ArrayList<>();
        String option = directive.options().get("class");
        if (option != null) {
            classes.addAll(classNames(option.strip()));
        } else if (lower.equals("container") && directive.arguments() != null && !directive.arguments().isBlank()) {
            for (String name : directive.arguments().strip().split("\\s+")) {
                classes.add(DocutilsIds.makeId(name));
            }
        } else if (lower.equals("admonition") && directive.title() != null) {
            classes.add("admonition-" + DocutilsIds.makeId(Resolution.plain(directive.title())));
        }
        if (!classes.isEmpty()) {
            attributes.put("classes", String.join(" ", classes));
        }
        element(lower.replace('-', '_'), directive, level, attributes, false);
        if (directive.title() != null) {
            element("title", directive.title(), level + 1);
        }
        String subtitle = directive.options().get("subtitle");
        if (lower.equals("sidebar") && subtitle != null && !subtitle.isBlank()) {
            open("subtitle", new TreeMap<>(), level + 1);
            text(subtitle.strip(), level + 2);
        }
        children(directive, level + 1);
    }

    /** One cell of a table as the dump shows it: its content and how many more columns and rows it spans. */
    private record Entry(Node content, int moreCols, int moreRows) {
    }

    /** A grid or simple table, not inside a table directive. */
    private void table(Table table, int level) {
        tableElement(table, new ArrayList<>(), null, table.columnWidths(), 0, table, level);
    }

    /** {@code .. table::}: the table it holds, with the directive's title, classes, widths and name. */
    private boolean tableDirective(Directive directive, int level) {
        if (directive.children().size() != 1 || !(directive.children().get(0) instanceof Table table)) {
            return false;
        }
        List<Integer> widths = table.columnWidths();
        List<Integer> given = givenWidths(directive);
        if (given != null && given.size() == widths.size()) {
            widths = given;
        }
        tableElement(table, tableClasses(directive), directive.title(), widths, intOption(directive, "stub-columns"),
                directive, level);
        return true;
    }

    private void tableElement(Table table, List<String> classes, Title title, List<Integer> widths, int stubColumns,
                              Node named, int level) {
        List<List<Entry>> head = new ArrayList<>();
        List<List<Entry>> body = new ArrayList<>();
        for (Node child : table.children()) {
            if (child instanceof TableRow row) {
                List<Entry> entries = new ArrayList<>();
                for (Node cell : row.children()) {
                    TableCell entry = (TableCell) cell;
                    entries.add(new Entry(entry, entry.colSpan() - 1, entry.rowSpan() - 1));
                }
                (row.header() ? head : body).add(entries);
            }
        }
        tableElement(classes, title, widths, stubColumns, head, body, named, level);
    }

    /**
     * {@code .. list-table::}: a two-level bullet list read as rows of cells (the parser has checked
     * its shape), with docutils' default of equal widths.
     */
    private boolean listTable(Directive directive, int level) {
        if (directive.children().size() != 1 || !(directive.children().get(0) instanceof BulletList rows)) {
            return false;
        }
        List<List<Entry>> all = new ArrayList<>();
        for (Node row : rows.children()) {
            List<Entry> entries = new ArrayList<>();
            for (Node cell : row.children().get(0).children()) {
                entries.add(new Entry(cell, 0, 0));
            }
            all.add(entries);
        }
        int columns = all.isEmpty() ? 0 : all.get(0).size();
        List<Integer> widths = givenWidths(directive);
        if (widths == null) {
            widths = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                widths.add(100 / columns);
            }
        }
        int headerRows = Math.min(intOption(directive, "header-rows"), all.size());
        tableElement(tableClasses(directive), directive.title(), widths, intOption(directive, "stub-columns"),
                all.subList(0, headerRows), all.subList(headerRows, all.size()), directive, level);
        return true;
    }

    private static int intOption(Directive directive, String option) {
        String value = directive.options().get(option);
        return value != null && value.strip().matches("[0-9]{1,6}") ? Integer.parseInt(value.strip()) : 0;
    }

    /** The widths a table directive's {@code :widths:} option lists, or null (none, {@code auto} or {@code grid}). */
    private static List<Integer> givenWidths(Directive directive) {
        String value = directive.options().get("widths");
        if (value == null || !value.strip().matches("[0-9]+([\\s,]+[0-9]+)*")) {
            return null;
        }
        List<Integer> widths = new ArrayList<>();
        for (String width : value.strip().split("[\\s,]+")) {
            widths.add(Integer.parseInt(width));
        }
        return widths;
    }

    /** The classes docutils gives a table directive's table: how its widths were set, then its :class: option. */
    private static List<String> tableClasses(Directive directive) {
        List<String> classes = new ArrayList<>();
        String widths = directive.options().get("widths");
        if (widths != null && widths.strip().equals("auto")) {
            classes.add("colwidths-auto");
        } else if (widths != null && !widths.isBlank()) {
            classes.add("colwidths-given");
        }
        String option = directive.options().get("class");
        if (option != null) {
            classes.addAll(classNames(option.strip()));
        }
        return classes;
    }

    /**
     * A table as docutils builds it: one tgroup with a colspec per column, the header rows in a
     * thead, the others in a tbody; a cell spanning several columns or rows says how many more.
     */
    private void tableElement(List<String> classes, Title title, List<Integer> widths, int stubColumns,
                              List<List<Entry>> head, List<List<Entry>> body, Node named, int level) {
        Map<String, String> attributes = new TreeMap<>();
        if (!classes.isEmpty()) {
            attributes.put("classes", String.join(" ", classes));
        }
        if (named instanceof Directive directive) {
            for (String option : List.of("align", "width")) {
                if (directive.options().get(option) != null) {
                    attributes.put(option, directive.options().get(option).replaceAll("\\s+", ""));
                }
            }
        }
        names.addIdsAndNames(named, attributes);
        open("table", attributes, level);
        if (title != null) {
            element("title", title, level + 1);
        }
        open("tgroup", new TreeMap<>(Map.of("cols", String.valueOf(widths.size()))), level + 1);
        for (int c = 0; c < widths.size(); c++) {
            Map<String, String> colspec = new TreeMap<>(Map.of("colwidth", String.valueOf(widths.get(c))));
            if (c < stubColumns) {
                colspec.put("stub", "1");
            }
            open("colspec", colspec, level + 2);
        }
        if (!head.isEmpty()) {
            tableRows("thead", head, level + 2);
        }
        tableRows("tbody", body, level + 2);
    }

    private void tableRows(String tag, List<List<Entry>> rows, int level) {
        open(tag, new TreeMap<>(), level);
        for (List<Entry> row : rows) {
            open("row", new TreeMap<>(), level + 1);
            for (Entry entry : row) {
                Map<String, String> attributes = new TreeMap<>();
                if (entry.moreCols() > 0) {
                    attributes.put("morecols", String.valueOf(entry.moreCols()));
                }
                if (entry.moreRows() > 0) {
                    attributes.put("morerows", String.valueOf(entry.moreRows()));
                }
                open("entry", attributes, level + 2);
                children(entry.content(), level + 3);
            }
        }
    }

    private void element(String tag, Node node, int level) {
        element(tag, node, level, Map.of());
    }

    private void element(String tag, Node node, int level, Map<String, String> given) {
        element(tag, node, level, given, true);
    }

    private void element(String tag, Node node, int level, Map<String, String> given, boolean withChildren) {
        Map<String, String> attributes = new TreeMap<>(given);
        names.addIdsAndNames(node, attributes);
        addClasses(node, attributes);
        open(tag, attributes, level);
        if (withChildren) {
            children(node, level + 1);
        }
    }

    private void open(String tag, Map<String, String> attributes, int level) {
        indent(level);
        out.append('<').append(tag);
        attributes.forEach((name, value) -> out.append(' ').append(name).append("=\"").append(value).append('"'));
        out.append(">\n");
    }

    /**
     * Text as pformat prints it: Python's {@code splitlines()} (a final line end starts no line,
     * and \r, \f, \v, \u0085, \u2028... end lines too), each line indented.
     */
    private void text(String text, int level) {
        int start = 0;
        int length = text.length();
        while (start < length) {
            int end = start;
            while (end < length && !isLineBreak(text.charAt(end))) {
                end++;
            }
            indent(level);
            out.append(text, start, end).append('\n');
            if (end < length && text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
        }
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || (c >= '\u001C' && c <= '\u001E')
                || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private void indent(int level) {
        out.append("    ".repeat(level));
    }
}
