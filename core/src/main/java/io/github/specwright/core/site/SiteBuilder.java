package io.github.specwright.core.site;

import io.github.specwright.core.internal.check.consistency.DocumentKind;
import io.github.specwright.core.model.PlainText;

import io.github.specwright.core.base.Finding;
import io.github.specwright.core.base.Severity;
import io.github.specwright.core.internal.check.consistency.RedirectsFile;
import io.github.specwright.core.model.Diagnostic;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Paragraph;
import io.github.specwright.core.model.ParsedDocument;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.parse.DocumentParsers;
import io.github.specwright.core.vcs.GitDates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * Renders a whole specs repository to a static site: one page per document, an index grouped by status and
 * release, redirect pages where symbolic links list a spec again, an Atom feed, a client-side search, and our own
 * stylesheet. Cross-document references ({@code :doc:}, {@code :ref:}, toctrees) are resolved across the site;
 * what cannot be rendered faithfully is returned as findings, which a strict build treats as failures.
 * Thread-safe: each build works on its own state.
 */
public final class SiteBuilder {

    /**
     * The largest file the site renders (8 MiB, eight times the check's default max-file-size): past it a page is
     * not rendered but reported, so that a huge or generated file cannot take the build's memory or minutes.
     */
    static final long MAX_PAGE_BYTES = 8L * 1024 * 1024;

    /** The tracker links specs.json reports: the checks' default pattern (the site knows no check configuration). */
    private static final java.util.regex.Pattern TRACKER_LINK =
            java.util.regex.Pattern.compile(io.github.specwright.core.check.CheckConfig.DEFAULT_TRACKER_LINK_PATTERN);

    private static final String ASSETS = "/io/github/specwright/core/site/";
    private static final int SUMMARY_LENGTH = 300;

    private final SiteOptions options;

    public SiteBuilder(SiteOptions options) {
        this.options = options;
    }

    /**
     * Builds the site of the repository at {@code root} into {@code outputDirectory}.
     *
     * @throws IOException when the repository cannot be read or the output cannot be written
     */
    public SiteResult build(Path root, Path outputDirectory) throws IOException {
        long start = System.nanoTime();
        if (!Files.isDirectory(root)) {
            throw new IOException(root + ": not a directory");
        }
        Path realRoot = root.toRealPath();
        CompletableFuture<Map<String, Instant>> gitDates = options.useGit()
                ? CompletableFuture.supplyAsync(() -> GitDates.read(realRoot))
                : CompletableFuture.completedFuture(Map.of());
        SourceScanner.Scan scan = SourceScanner.scan(realRoot, outputDirectory);
        List<Finding> findings = Collections.synchronizedList(new ArrayList<>(scan.findings()));

        List<SitePage> pages = onePerPage(scan.documents(), findings).entrySet().parallelStream()
                .map(entry -> load(entry.getKey(), entry.getValue(), findings))
                .sorted(Comparator.comparing(SitePage::sourcePath))
                .toList();
        Site site = new Site(realRoot, pages, scan.aliases(), scan.redirectsFiles());
        findings.addAll(NoteReferences.findings(pages.stream()
                .map(page -> NoteReferences.collect(page.sourcePath(), page.parsed().document())).toList()));
        Map<String, Instant> dates = gitDates.join();
        for (SitePage page : pages) {
            page.setDate(dateOf(realRoot, page.sourcePath(), dates));
        }

        SpecCatalog catalog = catalog(pages, scan);
        Map<String, CatalogEntry> catalogEntries = new HashMap<>();
        for (CatalogEntry entry : catalog.entries()) {
            catalogEntries.put(entry.path(), entry);
        }

        Files.createDirectories(outputDirectory);
        try {
            pages.parallelStream().forEach(page -> writePage(site, page, catalogEntries.get(page.sourcePath()),
                    outputDirectory, findings));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Map.Entry<String, SitePage> alias : site.aliases.entrySet()) {
            write(outputDirectory, SitePage.outputPathOf(alias.getKey()), redirect(alias.getKey(), alias.getValue(),
                    "This spec is listed under <code>" + Html.escape(SitePage.directoryOf(alias.getKey()))
                            + "</code> and lives at "));
        }
        for (Map.Entry<String, SitePage> moved : site.moved.entrySet()) {
            write(outputDirectory, SitePage.outputPathOf(moved.getKey()), redirect(moved.getKey(), moved.getValue(),
                    "This spec was at <code>" + Html.escape(moved.getKey()) + "</code> and moved to "));
        }
        write(outputDirectory, "index.html", IndexPage.html(options.title(), pages, site.aliases, catalogEntries));
        write(outputDirectory, "search.html", SearchIndex.page(options.title()));
        write(outputDirectory, "search-index.js", SearchIndex.script(searchEntries(pages)));
        write(outputDirectory, "feed.xml", AtomFeed.xml(options.title(), options.baseUrl(), feedEntries(pages)));
        copyAsset(outputDirectory, "style.css");
        copyAsset(outputDirectory, "search.js");
        copyAsset(outputDirectory, "facets.js");
        CodeHighlighting.writeAssets(outputDirectory);
        copyAsset(outputDirectory, "specs.schema.json");
        write(outputDirectory, "specs.json", catalog.toJson());

        List<Finding> sorted = new ArrayList<>(findings);
        Collections.sort(sorted);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new SiteResult(outputDirectory, pages.size(), site.aliases.size(), sorted, millis);
    }

    /**
     * {@code x.rst} and {@code x.md} would both be {@code x.html}: the reStructuredText one is rendered, the other
     * reported.
     */
    private static Map<String, Path> onePerPage(Map<String, Path> documents, List<Finding> findings) {
        Map<String, String> pageOwners = new HashMap<>();
        Map<String, Path> kept = new LinkedHashMap<>();
        List<String> paths = new ArrayList<>(documents.keySet());
        paths.sort(Comparator.comparing((String p) -> !p.endsWith(".rst")).thenComparing(Comparator.naturalOrder()));
        for (String path : paths) {
            String owner = pageOwners.putIfAbsent(SitePage.outputPathOf(path), path);
            if (owner == null) {
                kept.put(path, documents.get(path));
            } else {
                findings.add(new Finding(path, 1, 1, Severity.WARNING, "site-duplicate-page",
                        "not rendered: " + owner + " already makes the page " + SitePage.outputPathOf(path)));
            }
        }
        return kept;
    }

    /** Everything pages need to know about each other. */
    private static final class Site {
        final Path root;
        final Map<String, SitePage> byDocName = new HashMap<>();
        final Map<String, SitePage> aliases = new LinkedHashMap<>();
        /** Old paths of moved specs (from the redirects files) to the page each moved to. */
        final Map<String, SitePage> moved = new LinkedHashMap<>();
        /** Label to the page defining it first (pages in path order). */
        final Map<String, SitePage> labelPages = new HashMap<>();

        Site(Path root, List<SitePage> pages, Map<String, String> aliasTargets, Map<String, String> redirectsFiles) {
            this.root = root;
            Map<String, SitePage> bySource = new HashMap<>();
            for (SitePage page : pages) {
                bySource.put(page.sourcePath(), page);
                byDocName.put(SitePage.docNameOf(page.sourcePath()), page);
                for (String label : page.index().labels().keySet()) {
                    labelPages.putIfAbsent(label, page);
                }
            }
            for (Map.Entry<String, String> alias : aliasTargets.entrySet()) {
                SitePage target = bySource.get(alias.getValue());
                if (target != null) {
                    aliases.put(alias.getKey(), target);
                    target.aliases().add(alias.getKey());
                    byDocName.put(SitePage.docNameOf(alias.getKey()), target);
                }
            }
            // A redirect to no page, or from a path that still holds a page, is the consistency checks' to report.
            redirectsFiles.forEach((file, text) -> {
                for (RedirectsFile.Entry entry : RedirectsFile.parse(text).entries()) {
                    String from = entry.rootRelativeSource(file);
                    SitePage target = bySource.get(entry.rootRelativeTarget(file));
                    if (target != null && !bySource.containsKey(from) && !aliases.containsKey(from)) {
                        moved.putIfAbsent(from, target);
                        target.formerPaths().add(from);
                    }
                }
            });
        }
    }

    private SitePage load(String sourcePath, Path file, List<Finding> findings) {
        String source;
        try {
            long size = Files.size(file);
            if (size > MAX_PAGE_BYTES) {
                findings.add(new Finding(sourcePath, 1, 1, Severity.ERROR, "site-file-size", "file is " + size
                        + " bytes, over the " + MAX_PAGE_BYTES + " bytes (8 MiB) the site renders; not rendered (no spec is that"
                        + " long: split it, or move the data it holds out of the specs)"));
                source = "";
            } else {
                source = decode(Files.readAllBytes(file), sourcePath, findings);
            }
        } catch (IOException e) {
            findings.add(new Finding(sourcePath, 1, 1, Severity.ERROR, "site-unreadable", "cannot read: " + e.getMessage()));
            source = "";
        }
        ParsedDocument parsed = DocumentParsers.parse(source, sourcePath);
        for (Diagnostic diagnostic : parsed.diagnostics()) {
            if (diagnostic.isFinding()) {
                Severity severity = diagnostic.level().compareTo(Diagnostic.Level.ERROR) >= 0 ? Severity.ERROR : Severity.WARNING;
                findings.add(new Finding(sourcePath, diagnostic.line(), diagnostic.column(), severity, diagnostic.ruleId(),
                        diagnostic.message()));
            }
        }
        for (CodeBlockSyntax.Problem problem : CodeBlockSyntax.check(parsed)) {
            findings.add(new Finding(sourcePath, problem.line(), problem.column(), Severity.WARNING,
                    CodeBlockSyntax.RULE_ID, problem.message()));
        }
        Document document = parsed.document();
        String title = document.title() == null ? "" : PlainText.of(document.title());
        if (title.isEmpty()) {
            title = sourcePath.substring(sourcePath.lastIndexOf('/') + 1);
        }
        return new SitePage(sourcePath, parsed, DocumentIndex.of(document), title);
    }

    private static String decode(byte[] bytes, String sourcePath, List<Finding> findings) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            findings.add(new Finding(sourcePath, 1, 1, Severity.ERROR, "site-encoding",
                    "not valid UTF-8: undecodable bytes shown as \uFFFD"));
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static Instant dateOf(Path root, String sourcePath, Map<String, Instant> gitDates) {
        Instant git = gitDates.get(sourcePath);
        if (git != null) {
            return git;
        }
        try {
            return Files.getLastModifiedTime(root.resolve(sourcePath)).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private void writePage(Site site, SitePage page, CatalogEntry entry, Path outputDirectory, List<Finding> findings) {
        PageContext context = new PageContext(site, page, options, findings);
        String body = HtmlRenderer.render(page.parsed().document(), page.index(), context);
        if (page.kind() == DocumentKind.SPEC && entry != null) {
            body = SpecMetadataLine.insertAfterTitle(body, SpecMetadataLine.html(entry));
        }
        String[] scripts = CodeHighlighting.needed(body) ? CodeHighlighting.scripts() : new String[0];
        String html = PageLayout.page(options.title(), page.title(), page.outputPath(), contents(page), body,
                footer(page), scripts);
        try {
            write(outputDirectory, page.outputPath(), html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sidebar: the two top levels of sections. */
    private static String contents(SitePage page) {
        List<Section> top = page.parsed().document().childrenOf(Section.class);
        if (top.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder("<p class=\"toc-title\">Contents</p>\n");
        tocList(out, top, page.index(), 2);
        return out.toString();
    }

    private static void tocList(StringBuilder out, List<Section> sections, DocumentIndex index, int depth) {
        out.append("<ul>\n");
        for (Section section : sections) {
            String id = index.idOf(section);
            String title = section.title() == null ? "" : PlainText.of(section.title());
            out.append("<li><a href=\"#").append(Html.escape(id)).append("\">").append(Html.escape(title)).append("</a>");
            List<Section> nested = section.childrenOf(Section.class);
            if (depth > 1 && !nested.isEmpty()) {
                out.append('\n');
                tocList(out, nested, index, depth - 1);
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private static String footer(SitePage page) {
        StringBuilder out = new StringBuilder("Source: <code>").append(Html.escape(page.sourcePath())).append("</code>");
        if (!page.aliases().isEmpty()) {
            out.append(" \u00b7 Also listed under ");
            String root = SitePaths.rootOf(page.outputPath());
            List<String> directories = page.aliases().stream().map(SitePage::directoryOf).distinct().sorted().toList();
            for (int i = 0; i < directories.size(); i++) {
                String directory = directories.get(i);
                out.append(i == 0 ? "" : ", ").append("<a href=\"").append(root).append("index.html#group-")
                        .append(io.github.specwright.core.resolve.DocutilsIds.makeId(directory.replace('.', '-'))).append("\">")
                        .append(Html.escape(directory.startsWith("specs/") ? directory.substring(6) : directory)).append("</a>");
            }
        }
        if (!page.formerPaths().isEmpty()) {
            out.append(" \u00b7 Formerly ");
            List<String> former = page.formerPaths().stream().sorted().toList();
            for (int i = 0; i < former.size(); i++) {
                out.append(i == 0 ? "" : ", ").append("<code>").append(Html.escape(former.get(i))).append("</code>");
            }
        }
        return out.toString();
    }

    /** The catalog of the rendered documents, read from the pages already parsed. */
    private static SpecCatalog catalog(List<SitePage> pages, SourceScanner.Scan scan) {
        Map<String, ParsedDocument> parsed = new LinkedHashMap<>();
        Map<String, Instant> dates = new HashMap<>();
        for (SitePage page : pages) {
            parsed.put(page.sourcePath(), page.parsed());
            dates.put(page.sourcePath(), page.date());
        }
        return SpecCatalog.of(parsed, scan.aliases(), scan.redirectsFiles(), dates, TRACKER_LINK);
    }

    /** The page written where a symbolic link lists a spec again: old URLs keep working, the content lives once. */
    private String redirect(String aliasPath, SitePage target, String sentence) {
        String outputPath = SitePage.outputPathOf(aliasPath);
        String href = Html.escape(SitePaths.relativeHref(outputPath, target.outputPath()));
        String main = "<h1 class=\"title\">" + Html.escape(target.title()) + "</h1>\n<p>" + sentence + "<a href=\""
                + href + "\">" + Html.escape(target.sourcePath()) + "</a>.</p>\n";
        String page = PageLayout.page(options.title(), target.title(), outputPath, null, main, null);
        return page.replace("<meta charset=\"utf-8\"/>\n",
                "<meta charset=\"utf-8\"/>\n<meta http-equiv=\"refresh\" content=\"0; url=" + href + "\"/>\n<link rel=\"canonical\" href=\"" + href + "\"/>\n");
    }

    private static List<SearchIndex.Entry> searchEntries(List<SitePage> pages) {
        List<SearchIndex.Entry> entries = new ArrayList<>();
        for (SitePage page : pages) {
            entries.add(new SearchIndex.Entry(page.title(), page.outputPath(), page.sourcePath(),
                    PlainText.of(page.parsed().document())));
        }
        return entries;
    }

    private static List<AtomFeed.Entry> feedEntries(List<SitePage> pages) {
        List<AtomFeed.Entry> entries = new ArrayList<>();
        for (SitePage page : pages) {
            if (page.kind() == DocumentKind.SPEC) {
                entries.add(new AtomFeed.Entry(page.title(), page.outputPath(), page.sourcePath(), page.date(), summary(page)));
            }
        }
        entries.sort(Comparator.comparing(AtomFeed.Entry::updated).reversed().thenComparing(AtomFeed.Entry::path));
        return entries;
    }

    /** The first paragraph that is more than a bare link (specs open with their tracker link). */
    private static String summary(SitePage page) {
        for (Node node : page.parsed().document().children()) {
            if (node instanceof Paragraph paragraph) {
                String text = PlainText.of(paragraph);
                if (!text.matches("\\S+")) {
                    return text.length() > SUMMARY_LENGTH ? text.substring(0, SUMMARY_LENGTH - 1) + "\u2026" : text;
                }
            }
        }
        return page.title();
    }

    private static void write(Path outputDirectory, String relativePath, String content) throws IOException {
        Path target = outputDirectory.resolve(relativePath);
        Files.createDirectories(target.getParent());
        Files.writeString(target, content, StandardCharsets.UTF_8);
    }

    private static void copyAsset(Path outputDirectory, String name) throws IOException {
        try (InputStream in = SiteBuilder.class.getResourceAsStream(ASSETS + name)) {
            if (in == null) {
                throw new IOException("missing built-in asset " + name);
            }
            Files.write(outputDirectory.resolve(name), in.readAllBytes());
        }
    }

    /** The render context of one page: links are computed relative to it, findings carry its path. */
    private static final class PageContext implements RenderContext {

        private static final long MAX_INCLUDE_BYTES = 1 << 20;

        private final Site site;
        private final SitePage page;
        private final SiteOptions options;
        private final List<Finding> findings;

        PageContext(Site site, SitePage page, SiteOptions options, List<Finding> findings) {
            this.site = site;
            this.page = page;
            this.options = options;
            this.findings = findings;
        }

        @Override
        public void report(int line, int column, String ruleId, String message) {
            findings.add(new Finding(page.sourcePath(), line, column, Severity.ERROR, ruleId, message));
        }

        @Override
        public boolean allowImages() {
            return options.allowImages();
        }

        @Override
        public boolean allowRawHtml() {
            return options.allowRawHtml();
        }

        /**
         * A {@code :doc:} target: relative to this document's directory, or, starting with {@code /}, to the
         * repository root; OpenStack repositories publish {@code specs/} as the documentation root, so
         * {@code /approved/x} is also looked up as {@code specs/approved/x}.
         */
        @Override
        public Link resolveDocument(String target) {
            String name = target.strip();
            if (DocumentParsers.canParse(name)) {
                name = SitePage.docNameOf(name);
            }
            List<String> candidates = new ArrayList<>();
            if (name.startsWith("/")) {
                candidates.add(SitePaths.normalize(name.substring(1)));
                candidates.add(SitePaths.normalize("specs/" + name.substring(1)));
            } else {
                candidates.add(SitePaths.normalize(SitePage.directoryOf(page.sourcePath()) + "/" + name));
            }
            for (String candidate : candidates) {
                SitePage found = candidate == null ? null : site.byDocName.get(candidate);
                if (found != null) {
                    return new Link(SitePaths.relativeHref(page.outputPath(), found.outputPath()), found.title());
                }
            }
            return null;
        }

        /** A {@code :ref:} label: this document's own first, then the first page (in path order) defining it. */
        @Override
        public Link resolveLabel(String label) {
            String key = io.github.specwright.core.resolve.DocutilsIds.normalizeName(label);
            SitePage owner = page.index().labels().containsKey(key) ? page : site.labelPages.get(key);
            if (owner == null) {
                return null;
            }
            DocumentIndex.Label target = owner.index().labels().get(key);
            String href = owner == page ? "#" + target.id()
                    : SitePaths.relativeHref(page.outputPath(), owner.outputPath()) + "#" + target.id();
            return new Link(href, target.title());
        }

        @Override
        public List<Link> globDocuments(String pattern) {
            String base = pattern.startsWith("/") ? pattern.substring(1)
                    : SitePage.directoryOf(page.sourcePath()) + "/" + pattern;
            String normalized = SitePaths.normalize(base);
            if (normalized == null) {
                return List.of();
            }
            Pattern regex = Pattern.compile(globToRegex(normalized));
            return site.byDocName.entrySet().stream()
                    .filter(e -> regex.matcher(e.getKey()).matches() && e.getValue() != page)
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> new Link(SitePaths.relativeHref(page.outputPath(), e.getValue().outputPath()), e.getValue().title()))
                    .distinct()
                    .toList();
        }

        private static String globToRegex(String glob) {
            StringBuilder regex = new StringBuilder();
            for (char c : glob.toCharArray()) {
                switch (c) {
                    case '*' -> regex.append("[^/]*");
                    case '?' -> regex.append("[^/]");
                    default -> regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
            return regex.toString();
        }

        /** Includes are read only from regular files inside the repository, so a spec cannot pull in /etc/passwd. */
        @Override
        public String readInclude(String path, int line, int column) {
            Path base = path.startsWith("/") ? site.root : site.root.resolve(page.sourcePath()).getParent();
            Path file = base.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
            try {
                Path real = file.toRealPath();
                if (!real.startsWith(site.root)) {
                    report(line, column, "site-include", "include of '" + path + "' refused: the file is outside the repository");
                    return null;
                }
                if (!Files.isRegularFile(real) || Files.size(real) > MAX_INCLUDE_BYTES) {
                    report(line, column, "site-include", "include of '" + path + "' refused: not a regular file under 1 MiB");
                    return null;
                }
                return Files.readString(real, StandardCharsets.UTF_8);
            } catch (IOException e) {
                report(line, column, "site-include", "include of '" + path + "' failed: no such file in the repository");
                return null;
            }
        }
    }
}
