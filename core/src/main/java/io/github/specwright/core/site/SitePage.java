package io.github.specwright.core.site;

import io.github.specwright.core.internal.check.consistency.DocumentKind;
import io.github.specwright.core.model.ParsedDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One document of the site: where it comes from, where its page goes, what it is called, and where else it is listed. */
final class SitePage {
    private final String sourcePath;
    private final ParsedDocument parsed;
    private final DocumentIndex index;
    private final String title;
    private final DocumentKind kind;
    private final List<String> aliases = new ArrayList<>();
    private final List<String> formerPaths = new ArrayList<>();
    private Instant date;

    SitePage(String sourcePath, ParsedDocument parsed, DocumentIndex index, String title) {
        this.sourcePath = sourcePath;
        this.parsed = parsed;
        this.index = index;
        this.title = title;
        this.kind = DocumentKind.of(sourcePath);
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

    DocumentKind kind() {
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
