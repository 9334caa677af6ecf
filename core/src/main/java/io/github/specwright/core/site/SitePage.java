package io.github.specwright.core.site;

import io.github.specwright.core.model.ParsedDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One document of the site: where it comes from, where its page goes, what it is called, and where else it is listed. */
final class SitePage {

    /** Where a document belongs on the index page. */
    enum Kind { SPEC, PRIORITIES, TEMPLATE, OTHER }

    private final String sourcePath;
    private final ParsedDocument parsed;
    private final DocumentIndex index;
    private final String title;
    private final Kind kind;
    private final List<String> aliases = new ArrayList<>();
    private final List<String> formerPaths = new ArrayList<>();
    private Instant date;

    SitePage(String sourcePath, ParsedDocument parsed, DocumentIndex index, String title) {
        this.sourcePath = sourcePath;
        this.parsed = parsed;
        this.index = index;
        this.title = title;
        this.kind = kindOf(sourcePath);
    }

    static Kind kindOf(String sourcePath) {
        String fileName = sourcePath.substring(sourcePath.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        String baseName = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        // template.rst, or one template per release (juno-template.rst); deploy-templates.rst is a spec.
        if (baseName.equals("template") || baseName.endsWith("-template") || baseName.endsWith("_template")) {
            return Kind.TEMPLATE;
        }
        if (sourcePath.startsWith("priorities/")) {
            return Kind.PRIORITIES;
        }
        return sourcePath.startsWith("specs/") ? Kind.SPEC : Kind.OTHER;
    }

    /** {@code specs/approved/foo.rst} (or {@code .md}) -> {@code specs/approved/foo.html}. */
    static String outputPathOf(String sourcePath) {
        return docNameOf(sourcePath) + ".html";
    }

    /** {@code specs/approved/foo.rst} (or {@code .md}) -> {@code specs/approved/foo}, the name {@code :doc:} uses. */
    static String docNameOf(String sourcePath) {
        int dot = sourcePath.lastIndexOf('.');
        return dot > sourcePath.lastIndexOf('/') ? sourcePath.substring(0, dot) : sourcePath;
    }

    /** The directory a path is listed under: {@code specs/approved} for {@code specs/approved/foo.rst}. */
    static String directoryOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    String sourcePath() {
        return sourcePath;
    }

    String outputPath() {
        return outputPathOf(sourcePath);
    }

    ParsedDocument parsed() {
        return parsed;
    }

    DocumentIndex index() {
        return index;
    }

    String title() {
        return title;
    }

    Kind kind() {
        return kind;
    }

    List<String> aliases() {
        return aliases;
    }

    /** Where this spec was before it moved, from the redirects files (root-relative source paths). */
    List<String> formerPaths() {
        return formerPaths;
    }

    Instant date() {
        return date;
    }

    void setDate(Instant date) {
        this.date = date;
    }
}
