package io.github.specwright.core.site;

import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.internal.check.consistency.DocumentKind;
import io.github.specwright.core.internal.check.consistency.RedirectsFile;
import io.github.specwright.core.internal.check.priorities.PrioritiesSummary;
import io.github.specwright.core.internal.json.JsonWriter;
import io.github.specwright.core.lifecycle.ReleaseNames;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Field;
import io.github.specwright.core.model.FieldBody;
import io.github.specwright.core.model.FieldList;
import io.github.specwright.core.model.FieldName;
import io.github.specwright.core.model.FrontMatter;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.ParsedDocument;
import io.github.specwright.core.model.PlainText;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.parse.DocumentParsers;
import io.github.specwright.core.vcs.GitDates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documents of a repository as data: one {@link CatalogEntry} per document (specs, priorities
 * documents, templates and the others, such as a README), the source of {@code specs.json}, {@code specwright query} and {@code specwright stats}.
 */
public final class SpecCatalog {

    /** The version of the {@code specs.json} format; its schema is {@code specs.schema.json}. */
    public static final int FORMAT_VERSION = 1;

    private static final Map<String, String> ROLES = Map.of("approved", "approved", "backlog", "backlog",
            "implemented", "implemented", "not-implemented", "abandoned", "abandoned", "abandoned",
            "superseded", "abandoned", "rejected", "abandoned");
    private static final Pattern PRIORITIES_NAME = Pattern.compile("(.+)-priorities\\.[^.]+");
    private static final Set<String> NOT_RELEASES = Set.of("specs", "backlog", "approved", "implemented",
            "not-implemented", "abandoned", "superseded", "rejected", "priorities", "retired", "obsolete", "templates");

    private final List<CatalogEntry> entries;
    private final Map<String, Map<String, Integer>> priorityTables;

    SpecCatalog(List<CatalogEntry> entries) {
        this(entries, Map.of());
    }

    private SpecCatalog(List<CatalogEntry> entries, Map<String, Map<String, Integer>> priorityTables) {
        this.entries = List.copyOf(entries);
        this.priorityTables = priorityTables;
    }

    /** Each priorities document's release to its tables' counts of priorities (see PrioritiesSummary). */
    public Map<String, Map<String, Integer>> priorityTables() {
        return priorityTables;
    }

    public List<CatalogEntry> entries() {
        return entries;
    }

    /** Whether a root-relative path is where a spec lives (under {@code specs/}, not a template). */
    public static boolean isSpecPath(String path) {
        return DocumentKind.of(path) == DocumentKind.SPEC;
    }

    /** Reads the repository at {@code root}; {@code useGit}: dates from git where it can tell. */
    public static SpecCatalog read(Path root, CheckConfig config, boolean useGit) throws IOException {
        Path realRoot = root.toRealPath();
        SourceScanner.Scan scan = SourceScanner.scan(realRoot, realRoot.resolve("target"));
        Map<String, Instant> dates = useGit ? GitDates.read(realRoot) : Map.of();
        Map<String, ParsedDocument> parsed = new LinkedHashMap<>();
        List<String> paths = List.copyOf(scan.documents().keySet());
        paths.parallelStream().map(path -> Map.entry(path, parse(scan.documents().get(path), path))).toList()
                .forEach(entry -> parsed.put(entry.getKey(), entry.getValue()));
        Map<String, Instant> fileDates = new HashMap<>();
        for (String path : paths) {
            Instant date = dates.get(path);
            fileDates.put(path, date != null ? date : Files.getLastModifiedTime(scan.documents().get(path)).toInstant());
        }
        String pattern = config.trackerLinkPattern();
        return of(parsed, scan.aliases(), scan.redirectsFiles(), fileDates, pattern == null ? null : Pattern.compile(pattern));
    }

    /** The catalog of already parsed documents (root-relative path to document). */
    static SpecCatalog of(Map<String, ParsedDocument> documents, Map<String, String> aliases,
                          Map<String, String> redirectsFiles, Map<String, Instant> dates, Pattern trackerLink) {
        Map<String, List<String>> listedIn = new HashMap<>();
        aliases.forEach((alias, target) -> listedIn.computeIfAbsent(target, k -> new ArrayList<>()).add(alias));
        Map<String, List<String>> formerPaths = new HashMap<>();
        redirectsFiles.forEach((file, text) -> {
            for (RedirectsFile.Entry entry : RedirectsFile.parse(text).entries()) {
                formerPaths.computeIfAbsent(entry.rootRelativeTarget(file), k -> new ArrayList<>())
                        .add(entry.rootRelativeSource(file));
            }
        });
        List<CatalogEntry> entries = new ArrayList<>();
        documents.forEach((path, parsed) -> entries.add(entry(path, parsed,
                listedIn.getOrDefault(path, List.of()).stream().sorted().toList(),
                formerPaths.getOrDefault(path, List.of()).stream().sorted().toList(), dates.get(path), trackerLink)));
        entries.sort(Comparator.comparing(CatalogEntry::path));
        Map<String, Map<String, Integer>> tables = new java.util.TreeMap<>(ReleaseNames.ORDER);
        for (CatalogEntry entry : entries) {
            if (entry.kind().equals("priorities")) {
                tables.put(entry.release() != null ? entry.release() : entry.path(),
                        PrioritiesSummary.tables(documents.get(entry.path())));
            }
        }
        return new SpecCatalog(entries, tables);
    }

    private static ParsedDocument parse(Path file, String path) {
        try {
            return DocumentParsers.parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), path);
        } catch (IOException e) {
            return DocumentParsers.parse("", path);
        }
    }

    private static CatalogEntry entry(String path, ParsedDocument parsed, List<String> listedIn,
                                      List<String> formerPaths, Instant date, Pattern trackerLink) {
        Document document = parsed.document();
        Map<String, List<String>> metadata = metadata(document);
        DocumentKind kind = DocumentKind.of(path);
        boolean spec = kind == DocumentKind.SPEC;
        String directory = SitePage.directoryOf(path);
        String role = spec ? ROLES.get(directory.substring(directory.lastIndexOf('/') + 1)) : null;
        String release = first(metadata.get("release"));
        if (release == null) {
            release = releaseOf(path, listedIn);
        }
        String status = first(metadata.get("status"));
        List<String> authors = metadata.getOrDefault("authors", metadata.getOrDefault("author", List.of()));
        String title = document.title() == null ? "" : PlainText.of(document.title());
        List<String> sections = new ArrayList<>();
        for (Section section : document.childrenOf(Section.class)) {
            sections.add(section.title() == null ? "" : PlainText.of(section.title()));
        }
        return new CatalogEntry(path, kind.name().toLowerCase(Locale.ROOT), title, role, release,
                status != null ? status : role, authors, spec ? trackerLinkOf(parsed, trackerLink) : null,
                sections, listedIn, formerPaths,
                date == null ? null : date.atOffset(ZoneOffset.UTC).toLocalDate().toString());
    }

    /** Release from the path (a directory under specs/ that names no lifecycle role, or NAME-priorities), else the newest listing. */
    private static String releaseOf(String path, List<String> listedIn) {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        Matcher priorities = PRIORITIES_NAME.matcher(fileName);
        if (path.startsWith("priorities/") && priorities.matches()) {
            return priorities.group(1);
        }
        String fromPath = releaseDirectory(path);
        if (fromPath != null) {
            return fromPath;
        }
        return listedIn.stream().map(SpecCatalog::releaseDirectory).filter(java.util.Objects::nonNull)
                .max(ReleaseNames.ORDER).orElse(null);
    }

    private static String releaseDirectory(String path) {
        String[] segments = path.split("/");
        for (int i = 1; i < segments.length - 1; i++) {
            // ironic's "juno-implemented" is release juno's implemented directory.
            String segment = segments[i].replaceFirst("-(not-implemented|implemented|approved|backlog)$", "");
            if (!NOT_RELEASES.contains(segment.toLowerCase(Locale.ROOT))) {
                return segment;
            }
        }
        return null;
    }

    /** RST: the field list right under the title (docinfo); Markdown: the front matter. Keys lower-cased. */
    private static Map<String, List<String>> metadata(Document document) {
        Map<String, List<String>> metadata = new LinkedHashMap<>();
        for (Node child : document.children()) {
            if (child instanceof Section) {
                break;
            }
            if (child instanceof FrontMatter frontMatter) {
                for (FrontMatter.Entry entry : frontMatter.entries()) {
                    metadata.putIfAbsent(entry.key().toLowerCase(Locale.ROOT), entry.values());
                }
            } else if (child instanceof FieldList fields) {
                for (Field field : fields.childrenOf(Field.class)) {
                    List<FieldName> names = field.childrenOf(FieldName.class);
                    List<FieldBody> bodies = field.childrenOf(FieldBody.class);
                    if (names.isEmpty()) {
                        continue;
                    }
                    String value = bodies.isEmpty() ? "" : PlainText.of(bodies.get(0));
                    String key = PlainText.of(names.get(0)).toLowerCase(Locale.ROOT);
                    metadata.putIfAbsent(key, key.startsWith("author") ? splitList(value) : List.of(value));
                }
            }
        }
        return metadata;
    }

    private static List<String> splitList(String value) {
        List<String> items = new ArrayList<>();
        for (String item : value.split("[,;]")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    /** The first tracker URL before the first section, as the story-link rule finds it. */
    private static String trackerLinkOf(ParsedDocument parsed, Pattern trackerLink) {
        if (trackerLink == null) {
            return null;
        }
        List<Section> sections = parsed.document().childrenOf(Section.class);
        int end = sections.isEmpty() ? Integer.MAX_VALUE : sections.get(0).span().startLine();
        String[] lines = parsed.source().split("\n", -1);
        for (int i = 0; i < lines.length && i + 1 < end; i++) {
            Matcher matcher = trackerLink.matcher(lines[i]);
            if (matcher.find()) {
                return matcher.group();
            }
        }
        return null;
    }

    /** {@code specs.json}: the format version and every entry, keys in a fixed order, one entry per line. */
    public String toJson() {
        List<Object> documents = new ArrayList<>();
        for (CatalogEntry entry : entries) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("path", entry.path());
            item.put("kind", entry.kind());
            item.put("title", entry.title());
            item.put("role", entry.role());
            item.put("release", entry.release());
            item.put("status", entry.status());
            item.put("authors", entry.authors());
            item.put("trackerLink", entry.trackerLink());
            item.put("sections", entry.sections());
            item.put("listedIn", entry.listedIn());
            item.put("formerPaths", entry.formerPaths());
            item.put("lastChanged", entry.lastChanged());
            documents.add(item);
        }
        Map<String, Object> catalog = new LinkedHashMap<>();
        catalog.put("version", FORMAT_VERSION);
        catalog.put("documents", documents);
        return JsonWriter.linesFor(2).write(catalog) + "\n";
    }
}
