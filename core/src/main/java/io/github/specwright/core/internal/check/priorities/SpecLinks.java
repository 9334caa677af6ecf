package io.github.specwright.core.internal.check.priorities;

import io.github.specwright.core.base.Finding;
import io.github.specwright.core.base.Severity;
import io.github.specwright.core.model.InterpretedText;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.ParsedDocument;
import io.github.specwright.core.model.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The specs a priorities table names, by a relative link ({@code `x <../specs/approved/x.html>`_},
 * {@code [x](../specs/approved/x.md)}) or Sphinx's {@code :doc:} role, must exist: a row that names a
 * spec that was moved or never written leads readers nowhere.
 */
public final class SpecLinks {

    public static final String RULE_ID = "dangling-spec-link";

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern TITLED = Pattern.compile("^.*<([^<>]+)>$", Pattern.DOTALL);

    private SpecLinks() {
    }

    /**
     * The findings of one priorities document.
     *
     * @param path   the document, root-relative
     * @param exists whether a root-relative path (without extension for {@code :doc:}) names a document
     */
    public static List<Finding> dangling(String path, ParsedDocument parsed, Predicate<String> exists) {
        String directory = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        List<Finding> findings = new ArrayList<>();
        for (PriorityTable table : PriorityTable.findAll(parsed.document())) {
            for (PriorityTable.Row row : table.bodyRows()) {
                for (Node cell : row.cells()) {
                    collect(cell, directory, path, exists, findings);
                }
            }
        }
        return findings;
    }

    private static void collect(Node node, String directory, String path, Predicate<String> exists,
                                List<Finding> findings) {
        String target = null;
        if (node instanceof Reference reference && reference.refUri() != null) {
            String uri = reference.refUri();
            if (!uri.startsWith("#") && !SCHEME.matcher(uri).find() && !uri.startsWith("//")) {
                target = uri.replaceFirst("[#?].*$", "");
            }
        } else if (node instanceof InterpretedText text && "doc".equals(text.role())) {
            String value = text.text().strip();
            var titled = TITLED.matcher(value);
            target = titled.matches() ? titled.group(1).strip() : value;
        }
        if (target != null && !target.isEmpty()) {
            String resolved = target.startsWith("/") ? normalize(target.substring(1))
                    : normalize(directory.isEmpty() ? target : directory + "/" + target);
            if (!exists.test(resolved)) {
                findings.add(new Finding(path, node.span().startLine(), Math.max(1, node.span().startColumn()),
                        Severity.ERROR, RULE_ID, "this priority names " + target
                                + ", which is no document of the repository (" + resolved + "): link the spec's"
                                + " current path, or see its redirects file if it moved"));
            }
            return;
        }
        for (Node child : node.children()) {
            collect(child, directory, path, exists, findings);
        }
    }

    private static String normalize(String path) {
        java.util.Deque<String> segments = new java.util.ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..") && !segments.isEmpty()) {
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }
}
