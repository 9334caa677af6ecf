package io.github.specwright.core.internal.check.priorities;

import io.github.specwright.core.base.PrioritiesOptions;
import io.github.specwright.core.base.Finding;
import io.github.specwright.core.base.Severity;
import io.github.specwright.core.model.Diagnostic;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.ParsedDocument;
import io.github.specwright.core.model.Reference;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.model.Target;
import io.github.specwright.core.internal.markdown.GithubAnchors;
import io.github.specwright.core.model.Title;
import io.github.specwright.core.parse.DocumentParsers;
import io.github.specwright.core.model.InlineText;
import io.github.specwright.core.internal.text.Names;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks a per-release priorities document: its tables are well formed, every priority a table
 * links to is described in a subsection of the details section, every such subsection is listed
 * in a table, and no row names more primary contacts than allowed.
 *
 * <p>Tables are grid or simple tables, or {@code list-table} directives, or Markdown pipe
 * tables. In Markdown a row links its description as {@code [Title](#anchor)}: the anchor is
 * the title as GitHub or the site spells it ({@code #publish-the-specs-as-html}). Immutable and
 * thread-safe.
 */
public final class PrioritiesCheck {

    public static final String RULE_TABLE = "priorities-table";
    public static final String RULE_LINK = "priorities-link";
    public static final String RULE_UNLISTED = "priorities-unlisted";
    public static final String RULE_CONTACTS = "priorities-contacts";

    /** Contacts are separated by commas, semicolons, slashes, '&' or the word "and". */
    private static final Pattern CONTACT_SEPARATOR = Pattern.compile("\\s*(?:[,;/&]|\\band\\b)\\s*");

    private final PrioritiesOptions options;

    public PrioritiesCheck(PrioritiesOptions options) {
        this.options = options;
    }

    /** The findings for one parsed priorities document, sorted by line and column. */
    public List<Finding> check(String path, ParsedDocument parsed) {
        List<Finding> findings = new ArrayList<>();
        for (Diagnostic diagnostic : parsed.diagnostics()) {
            if (diagnostic.isFinding() && diagnostic.ruleId().equals("rst-malformed-table")) {
                findings.add(new Finding(path, diagnostic.line(), diagnostic.column(), Severity.ERROR, RULE_TABLE,
                        "a priorities table is malformed (" + diagnostic.message() + "); fix it first: the"
                                + " priorities it lists cannot be checked until it parses"));
            }
        }
        boolean tablesUnreadable = !findings.isEmpty();
        List<PriorityTable> tables = PriorityTable.findAll(parsed.document());
        Map<String, Section> details = detailSections(parsed.document(), tables);
        Map<String, String> anchors = anchors(details);
        Map<String, Integer> externalTargets = externalTargets(parsed.document());
        boolean markdown = DocumentParsers.formatOf(path) == DocumentParsers.Format.MARKDOWN;
        Set<String> listed = new TreeSet<>();
        for (PriorityTable table : tables) {
            int contactsColumn = table.columnWhoseHeaderContains(options.contactHeaders());
            for (PriorityTable.Row row : table.bodyRows()) {
                for (int column = 0; column < row.cells().size(); column++) {
                    Node cell = row.cells().get(column);
                    if (column == contactsColumn) {
                        checkContacts(path, cell, findings);
                    } else {
                        checkLinks(path, cell, details, anchors, externalTargets, listed, findings);
                    }
                }
            }
        }
        for (Map.Entry<String, Section> entry : details.entrySet()) {
            // a malformed table hides its rows: its descriptions would all look unlisted
            if (!tablesUnreadable && !listed.contains(entry.getKey())) {
                Title title = entry.getValue().title();
                String plain = InlineText.plain(title);
                String link = markdown ? "[" + plain + "](#" + githubAnchor(title) + ")" : "`" + plain + "`_";
                findings.add(new Finding(path, title.span().startLine(), title.span().startColumn(), Severity.ERROR,
                        RULE_UNLISTED, "the priority \"" + plain + "\" is described here but no"
                                + " priorities table links to it; add a row with " + link + " or remove the section"));
            }
        }
        Collections.sort(findings);
        return findings;
    }

    private void checkLinks(String path, Node cell, Map<String, Section> details, Map<String, String> anchors,
            Map<String, Integer> externalTargets, Set<String> listed, List<Finding> findings) {
        for (Reference reference : references(cell)) {
            String uri = reference.refUri();
            if (uri != null && uri.startsWith("#")) {
                String key = anchors.get(uri.substring(1));
                if (key != null) {
                    listed.add(key);
                } else {
                    findings.add(new Finding(path, reference.span().startLine(), reference.span().startColumn(),
                            Severity.ERROR, RULE_LINK, "the priority \"" + reference.text() + "\" links to " + uri
                                    + ", which is no subsection of the " + detailsDescription() + " section; add a"
                                    + " subsection titled \"" + reference.text() + "\" there or fix the anchor"));
                }
                continue;
            }
            if (reference.refName() == null || uri != null) {
                continue;
            }
            String name = reference.refName();
            listed.add(name);
            Integer targetLine = externalTargets.get(name);
            if (targetLine != null) {
                findings.add(new Finding(path, reference.span().startLine(), reference.span().startColumn(),
                        Severity.ERROR, RULE_LINK, "the priority \"" + reference.text() + "\" leads to the URL of the"
                                + " hyperlink target \"" + name + "\" on line " + targetLine + ", not to its description"
                                + " (a hyperlink target wins over a section title of the same name); give that target"
                                + " or this link different text"));
            } else if (!details.containsKey(name)) {
                findings.add(new Finding(path, reference.span().startLine(), reference.span().startColumn(),
                        Severity.ERROR, RULE_LINK, "the priority \"" + reference.text() + "\" links to no subsection"
                                + " of the " + detailsDescription() + " section; add a subsection titled \""
                                + reference.text() + "\" there or fix the link text"));
            }
        }
    }

    private void checkContacts(String path, Node cell, List<Finding> findings) {
        String text = InlineText.plain(cell).trim();
        if (text.isEmpty()) {
            return;
        }
        List<String> contacts = new ArrayList<>();
        for (String part : CONTACT_SEPARATOR.split(text)) {
            if (!part.isBlank()) {
                contacts.add(part.trim());
            }
        }
        if (contacts.size() > options.maxContacts()) {
            Node first = firstPositioned(cell);
            findings.add(new Finding(path, first.span().startLine(), first.span().startColumn(), Severity.ERROR,
                    RULE_CONTACTS, "this row names " + contacts.size() + " primary contacts (" + String.join(", ", contacts)
                            + "); name at most " + options.maxContacts() + " and list other contributors elsewhere"));
        }
    }

    /**
     * Names of explicit targets that carry a URL ({@code .. _name: URL} and {@code `name <URL>`_}),
     * with their lines: docutils resolves a reference to such a target before a section title.
     */
    private static Map<String, Integer> externalTargets(Document document) {
        Map<String, Integer> targets = new LinkedHashMap<>();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(document);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (node instanceof Target target && !target.anonymous() && target.name() != null
                    && target.refUri() != null) {
                targets.putIfAbsent(Names.normalize(target.name()), target.span().startLine());
            } else if (node instanceof Reference reference && !reference.anonymous() && reference.refName() != null
                    && reference.refUri() != null) {
                targets.putIfAbsent(reference.refName(), reference.span().startLine());
            }
            List<Node> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return targets;
    }

    /**
     * The anchors a link may name a description by, to the description's key: the title as
     * GitHub spells it (lower case, punctuation dropped, each space a hyphen) and as the site
     * and docutils spell it (runs of other characters one hyphen).
     */
    private static Map<String, String> anchors(Map<String, Section> details) {
        Map<String, String> anchors = new LinkedHashMap<>();
        for (Map.Entry<String, Section> entry : details.entrySet()) {
            String title = InlineText.plain(entry.getValue().title());
            anchors.putIfAbsent(githubAnchor(entry.getValue().title()), entry.getKey());
            anchors.putIfAbsent(siteAnchor(title), entry.getKey());
        }
        return anchors;
    }

    /** The anchor GitHub gives a title: the one the Markdown reader worked out, or (RST) made the same way. */
    static String githubAnchor(Title title) {
        return title.githubAnchor() != null ? title.githubAnchor() : GithubAnchors.slug(InlineText.plain(title));
    }

    static String siteAnchor(String title) {
        return title.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    }

    private String detailsDescription() {
        return options.detailsTitles().isEmpty() ? "details" : "\"" + options.detailsTitles().get(0) + "\"";
    }

    /**
     * The priority descriptions by normalised title: the direct subsections of the first details
     * section found, or, when the document has none, every section that holds no priority table.
     */
    private Map<String, Section> detailSections(Document document, List<PriorityTable> tables) {
        List<Section> sections = sections(document);
        for (String wanted : options.detailsTitles()) {
            String key = Names.normalize(wanted);
            for (Section section : sections) {
                if (section.title() != null && Names.normalize(InlineText.plain(section.title())).equals(key)) {
                    Map<String, Section> details = new LinkedHashMap<>();
                    for (Section child : section.childrenOf(Section.class)) {
                        if (child.title() != null) {
                            details.putIfAbsent(Names.normalize(InlineText.plain(child.title())), child);
                        }
                    }
                    return details;
                }
            }
        }
        Map<String, Section> details = new LinkedHashMap<>();
        for (Section section : sections) {
            if (section.title() != null && !holdsTable(section, tables)) {
                details.putIfAbsent(Names.normalize(InlineText.plain(section.title())), section);
            }
        }
        return details;
    }

    private static boolean holdsTable(Section section, List<PriorityTable> tables) {
        for (PriorityTable table : tables) {
            for (Node parent = table.node(); parent != null; parent = parent.parent()) {
                if (parent == section) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Section> sections(Node root) {
        List<Section> sections = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (node instanceof Section section) {
                sections.add(section);
            }
            List<Node> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return sections;
    }

    private static List<Reference> references(Node root) {
        List<Reference> references = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (node instanceof Reference reference) {
                references.add(reference);
                continue;
            }
            List<Node> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return references;
    }

    /** The first node below {@code cell} with a known position (the cell itself at worst). */
    private static Node firstPositioned(Node cell) {
        Node node = cell;
        while (!node.children().isEmpty() && node.children().get(0).span().startLine() > 0) {
            node = node.children().get(0);
        }
        return node;
    }
}
