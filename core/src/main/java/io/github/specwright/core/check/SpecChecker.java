package io.github.specwright.core.check;

import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.base.Finding;
import io.github.specwright.core.base.FindingSink;
import io.github.specwright.core.base.Rule;
import io.github.specwright.core.base.RuleGroup;
import io.github.specwright.core.internal.check.consistency.ConsistencyChecks;
import io.github.specwright.core.internal.check.consistency.DocumentKind;
import io.github.specwright.core.internal.check.consistency.RedirectChecks;
import io.github.specwright.core.internal.check.consistency.RedirectsFile;
import io.github.specwright.core.internal.check.consistency.RedirectsFiles;
import io.github.specwright.core.model.ParsedDocument;
import io.github.specwright.core.model.PlainText;
import io.github.specwright.core.model.Title;
import io.github.specwright.core.parse.DocumentParsers;
import io.github.specwright.core.suppress.Suppressions;
import io.github.specwright.core.vcs.GitCommand;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs the spec checks over a repository or some of its files. Thread-safe and stateless
 * between calls: one instance may serve many checks; files are checked in parallel.
 *
 * <p>Walking: hidden files and directories (names starting with a dot) and excluded paths are
 * skipped; directory symlinks are followed once (a loop is not walked twice); a file reached
 * through several symlinks is checked once, under its real path; a symlink to nothing is a
 * {@code broken-link} finding and one leading outside the root an {@code outside-link} finding
 * (not followed). Files named explicitly are checked wherever they are.
 */
public final class SpecChecker {

    private final CheckConfig config;

    public SpecChecker(CheckConfig config) {
        this.config = config;
    }

    public CheckConfig config() {
        return config;
    }

    /** Checks every file under {@code root}. */
    public CheckResult check(Path root) throws ConfigException {
        // The root itself, as an absolute path: a relative one would be resolved against itself.
        return check(root, List.of(root.toAbsolutePath()));
    }

    /**
     * Checks the given files and directories (relative to {@code root}, or absolute); findings
     * name files relative to {@code root}.
     */
    public CheckResult check(Path root, List<Path> paths) throws ConfigException {
        Path realRoot = realRoot(root);
        Walk walk = new Walk(realRoot, root.toAbsolutePath().normalize());
        for (Path path : paths) {
            walk.add(path);
        }
        Map<String, LoadedTemplate> templates = loadTemplates(realRoot, walk.files.values());
        List<Finding> findings = new ArrayList<>(walk.findings);
        List<FileToCheck> files = new ArrayList<>(walk.files.values());
        List<FileResult> results = files.parallelStream().map(file -> checkFile(file, templates)).toList();
        List<Suppressions.Suppressed> suppressed = new ArrayList<>();
        List<ConsistencyChecks.TitledDocument> titles = new ArrayList<>();
        for (FileResult result : results) {
            findings.addAll(result.findings());
            suppressed.addAll(result.suppressed());
            if (result.title() != null) {
                titles.add(result.title());
            }
        }
        if (config.groups().contains(RuleGroup.CONSISTENCY)) {
            findings.addAll(enabled(ConsistencyChecks.duplicateTitles(titles)));
            // Repository-wide: when a directory was checked, or when only the changes against a base were.
            if (walk.walkedDirectory || config.base() != null) {
                findings.addAll(enabled(RedirectChecks.check(realRoot, RedirectsFiles.read(realRoot))));
                findings.addAll(directoryLayoutFindings(realRoot));
                findings.addAll(enabled(missingRedirects(realRoot)));
            }
        }
        List<Finding> sorted = new ArrayList<>(findings);
        Collections.sort(sorted);
        int read = (int) files.stream().filter(f -> f.extension != null || f.explicit).count();
        return new CheckResult(sorted, read, suppressed);
    }

    /** Specs that existed at the configured base and are gone without a redirect (none without a base). */
    private List<Finding> missingRedirects(Path realRoot) throws ConfigException {
        if (config.base() == null || !config.isEnabled(RuleIds.MISSING_REDIRECT)) {
            return List.of();
        }
        Set<String> redirected = new HashSet<>();
        RedirectsFiles.read(realRoot).forEach((file, text) -> RedirectsFile.parse(text).entries()
                .forEach(entry -> redirected.add(entry.rootRelativeSource(file))));
        try {
            return ConsistencyChecks.missingRedirects(realRoot, config.base(),
                    path -> config.extensionOf(path) != null && DocumentKind.of(path) == DocumentKind.SPEC, redirected, new GitCommand());
        } catch (GitCommand.GitException e) {
            throw new ConfigException("cannot compare with the base '" + config.base() + "': " + e.getMessage());
        }
    }

    /** The entries of directories that their {@code [directory-layout]} does not allow. */
    private List<Finding> directoryLayoutFindings(Path realRoot) {
        List<Finding> findings = new ArrayList<>();
        for (DirectoryLayout layout : config.directoryLayouts()) {
            try {
                for (String directory : layout.directories(realRoot, config)) {
                    for (String entry : layout.misplaced(realRoot, directory)) {
                        findings.addAll(toFindings(directory + entry, List.of(new Problem(1, 1,
                                RuleIds.DIRECTORY_LAYOUT, layout.message(directory, entry)))));
                    }
                }
            } catch (IOException e) {
                findings.addAll(toFindings(layout.glob(), List.of(new Problem(1, 1, RuleIds.UNREADABLE,
                        "cannot list the directories of [directory-layout " + layout.glob() + "]: "
                                + ConfigFileReader.describe(e)))));
            }
        }
        return findings;
    }

    /** The findings of rules this configuration runs, with their configured severity. */
    private List<Finding> enabled(List<Finding> findings) {
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : findings) {
            if (config.isEnabled(finding.ruleId())) {
                kept.add(new Finding(finding.path(), finding.line(), finding.column(),
                        config.severityOf(finding.ruleId()), finding.ruleId(), finding.message()));
            }
        }
        return kept;
    }

    /**
     * One file's outcome: its findings, those its suppression comments accepted, and its title
     * when it is a spec (for the duplicate-title check).
     */
    private record FileResult(List<Finding> findings, List<Suppressions.Suppressed> suppressed,
                              ConsistencyChecks.TitledDocument title) {
        static FileResult of(List<Finding> findings) {
            return new FileResult(findings, List.of(), null);
        }
    }

    /** What reading and checking a file's content gave: its problems and, when it parsed, its tree. */
    private record Checked(List<Problem> problems, ParsedDocument parsed) {
    }

    private static Path realRoot(Path root) throws ConfigException {
        try {
            Path real = root.toRealPath();
            if (!Files.isDirectory(real)) {
                throw new ConfigException("the root to check is not a directory: " + root);
            }
            return real;
        } catch (IOException e) {
            throw new ConfigException("the root to check does not exist: " + root);
        }
    }

    /**
     * Parses the template of each file that needs one, once per template and version; a missing or
     * unreadable template is a config error. Keyed by file path.
     */
    private Map<String, LoadedTemplate> loadTemplates(Path realRoot, Iterable<FileToCheck> files) throws ConfigException {
        Map<String, LoadedTemplate> parsed = new HashMap<>();
        Map<String, LoadedTemplate> byFile = new HashMap<>();
        TemplateVersionChoice versions = new TemplateVersionChoice(config, realRoot);
        for (FileToCheck file : files) {
            if ((file.policy == Policy.FULL || file.policy == Policy.SHORT) && file.extension != null) {
                String template = config.templateFor(file.rule, file.path, realRoot);
                TemplateVersionChoice.Choice choice = versions.choose(template, file.path, file.realPath,
                        file.rule == null ? null : file.rule.glob());
                String key = choice == null ? template : template + "\0" + choice.version().name();
                if (!parsed.containsKey(key)) {
                    parsed.put(key, choice == null ? loadTemplate(realRoot, template)
                            : parseTemplate(choice.version().text(), choice.version().origin()));
                }
                LoadedTemplate loaded = parsed.get(key);
                byFile.put(file.path, choice == null || choice.problem() == null ? loaded
                        : new LoadedTemplate(loaded.outline(), loaded.guidance(), choice.problem()));
            }
        }
        return byFile;
    }

    /** A template's structure, its guidance text (for template-text), and a problem with the spec's version marker. */
    private record LoadedTemplate(Outline outline, Set<String> guidance, Problem versionProblem) {
    }

    private LoadedTemplate loadTemplate(Path realRoot, String template) throws ConfigException {
        Path path = realRoot.resolve(template);
        if (!Files.isRegularFile(path)) {
            throw new ConfigException("template file not found: " + template + " (looked for " + path
                    + "); set 'template' in the configuration or add the file");
        }
        try {
            SourceDecoder.Decoded decoded = SourceDecoder.decode(Files.readAllBytes(path));
            if (decoded.text() == null) {
                throw new ConfigException("template file " + template + " is not UTF-8 text");
            }
            return parseTemplate(decoded.text(), template);
        } catch (IOException e) {
            throw new ConfigException("cannot read template file " + template + ": " + ConfigFileReader.describe(e));
        }
    }

    private static LoadedTemplate parseTemplate(String text, String template) throws ConfigException {
        try {
            ParsedDocument parsed = DocumentParsers.parse(text, template);
            return new LoadedTemplate(Outline.of(parsed.document()), GuidanceRules.guidanceOf(parsed.document()), null);
        } catch (RuntimeException | StackOverflowError e) {
            throw new ConfigException("cannot parse template file " + template + ": " + e);
        }
    }

    private FileResult checkFile(FileToCheck file, Map<String, LoadedTemplate> templates) {
        List<Problem> problems = new ArrayList<>();
        if (file.extension == null) {
            if (file.policy.checksTemplate()) {
                problems.add(new Problem(1, 1, RuleIds.FILE_EXTENSION, "a spec file must end in "
                        + String.join(" or ", new java.util.TreeSet<>(config.extensions())) + "; rename it or move it"));
                return FileResult.of(toFindings(file.path, problems));
            }
            if (!file.explicit) {
                return FileResult.of(List.of());
            }
        }
        ParsedDocument parsed = null;
        try {
            long size = Files.size(file.realPath);
            if (size > config.maxFileSize()) {
                problems.add(new Problem(1, 1, RuleIds.FILE_SIZE, "file is " + size + " bytes, over the limit of "
                        + config.maxFileSize() + " (max-file-size); not checked"));
                return FileResult.of(toFindings(file.path, problems));
            }
            if (size > Runtime.getRuntime().maxMemory() / HEAP_BYTES_PER_SOURCE_BYTE) {
                problems.add(notEnoughMemory(size));
                return FileResult.of(toFindings(file.path, problems));
            }
            try {
                Checked checked = checkContent(file, Files.readAllBytes(file.realPath), templates);
                problems.addAll(checked.problems());
                parsed = checked.parsed();
            } catch (OutOfMemoryError e) {
                // Everything the check of this file allocated is unreachable again: say what to
                // change and go on with the other files instead of ending the build with a trace.
                problems.clear();
                problems.add(notEnoughMemory(size));
            }
        } catch (IOException e) {
            problems.add(new Problem(1, 1, RuleIds.UNREADABLE, "cannot read the file: " + ConfigFileReader.describe(e)));
        }
        List<Finding> findings = toFindings(file.path, problems);
        if (parsed == null) {
            return FileResult.of(findings);
        }
        // Suppressions apply to the findings of the rules that ran; their own findings obey the configuration too.
        Suppressions.Outcome outcome = Suppressions.of(file.path, parsed.document(), RuleIds::isKnown)
                .apply(file.path, findings);
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : outcome.findings()) {
            boolean own = finding.ruleId().equals(RuleIds.INVALID_SUPPRESSION)
                    || finding.ruleId().equals(RuleIds.UNUSED_SUPPRESSION);
            kept.addAll(own ? enabled(List.of(finding)) : List.of(finding));
        }
        return new FileResult(kept, outcome.suppressed(), titleOf(file, parsed));
    }

    /** A spec's title and where it stands, for the duplicate-title check. */
    private static ConsistencyChecks.TitledDocument titleOf(FileToCheck file, ParsedDocument parsed) {
        Title title = parsed.document().title();
        if (!file.policy.checksTemplate() || title == null) {
            return null;
        }
        return new ConsistencyChecks.TitledDocument(file.path, PlainText.of(title), title.span().startLine(),
                Math.max(1, title.span().startColumn()));
    }

    /**
     * The heap a check takes per byte of the file, with a margin: a 50 MB spec needs about
     * 600 MB (12 bytes a byte). A file that cannot fit is not tried: running out of memory in
     * one thread of a parallel check can fail another thread anywhere.
     */
    private static final long HEAP_BYTES_PER_SOURCE_BYTE = 16;

    private static Problem notEnoughMemory(long size) {
        return new Problem(1, 1, RuleIds.FILE_SIZE, "not enough memory to check this file of " + size
                + " bytes (the JVM's heap limit is " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MiB); give the JVM more heap (-Xmx, e.g. in MAVEN_OPTS) or lower max-file-size");
    }

    private Checked checkContent(FileToCheck file, byte[] bytes, Map<String, LoadedTemplate> templates) {
        LoadedTemplate template = templates.get(file.path);
        SourceDecoder.Decoded decoded = SourceDecoder.decode(bytes);
        List<Problem> problems = new ArrayList<>(decoded.problems());
        String text = decoded.text();
        if (text == null) {
            return new Checked(problems, null);
        }
        List<String> lines = FormatRules.lines(text);
        ParsedDocument parsed = null;
        // A file named on the command line whose extension the configuration does not list (a .md file in a
        // reStructuredText repository) is still read by its own extension, so its markup rules run.
        DocumentParsers.Format format = DocumentParsers.formatOf(file.extension != null ? file.extension : file.path);
        if (format != null) {
            try {
                parsed = DocumentParsers.parse(text, file.path);
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(new Problem(1, 1, RuleIds.PARSER_FAILURE,
                        "the " + format.displayName() + " parser failed on this file (" + e + "); please report it"));
            }
        }
        SpecDocument document = new SpecDocument(file.path, text, lines, format, parsed, file.policy, file.rule,
                template == null ? null : template.outline(), template == null ? Set.of() : template.guidance(),
                config, rootOf(file), template == null ? null : template.versionProblem());
        FindingSink sink = (line, column, ruleId, message) -> problems.add(new Problem(line, column, ruleId, message));
        for (DocumentCheck check : RuleRegistry.DOCUMENT_CHECKS) {
            if ((parsed != null || !check.needsTree()) && runsAnyRule(check) && check.appliesTo(document)) {
                check.check(document, sink);
            }
        }
        return new Checked(problems, parsed);
    }

    /** Whether the configuration runs one of the check's rules at least (a check whose rules are all off is skipped). */
    private boolean runsAnyRule(DocumentCheck check) {
        for (Rule rule : check.rules()) {
            if (config.isEnabled(rule.id())) {
                return true;
            }
        }
        return false;
    }

    /** The checked root, from a file's real path and its root-relative path. */
    private static Path rootOf(FileToCheck file) {
        Path root = file.realPath;
        for (int i = file.path.split("/").length; i > 0 && root != null; i--) {
            root = root.getParent();
        }
        return root;
    }

    private List<Finding> toFindings(String path, List<Problem> problems) {
        List<Finding> findings = new ArrayList<>();
        for (Problem problem : problems) {
            if (config.isEnabled(problem.ruleId())) {
                findings.add(new Finding(path, problem.line(), problem.column(), config.severityOf(problem.ruleId()),
                        problem.ruleId(), problem.message()));
            }
        }
        return findings;
    }

    /** One file to check, under the path findings name. */
    private record FileToCheck(String path, Path realPath, String extension, Policy policy, PolicyRule rule,
                               boolean explicit) {
    }

    /** Collects the files to check, following symlinks safely. */
    private final class Walk {
        private final Path realRoot;
        private final Path lexicalRoot;
        private final Map<Path, FileToCheck> files = new LinkedHashMap<>();
        private final Map<String, Finding> brokenLinks = new TreeMap<>();
        private final List<Finding> findings = new ArrayList<>();
        private final Set<Path> visitedDirectories = new HashSet<>();
        /** Whether a directory was walked (then repository-wide checks such as the redirects run). */
        private boolean walkedDirectory;

        Walk(Path realRoot, Path lexicalRoot) {
            this.realRoot = realRoot;
            this.lexicalRoot = lexicalRoot;
        }

        void add(Path given) throws ConfigException {
            Path path = given.isAbsolute() ? given.normalize() : lexicalRoot.resolve(given).normalize();
            String relative = relative(path);
            if (Files.isSymbolicLink(path) && !Files.exists(path)) {
                brokenLink(path, relative);
                return;
            }
            if (!Files.exists(path)) {
                throw new ConfigException("no such file or directory: " + given);
            }
            if (Files.isDirectory(path)) {
                walkedDirectory = true;
                walkDirectory(path, relative);
            } else {
                addFile(path, relative, true);
            }
            findings.addAll(brokenLinks.values());
            brokenLinks.clear();
        }

        private void walkDirectory(Path directory, String relative) {
            Path real;
            try {
                real = directory.toRealPath();
            } catch (IOException e) {
                return;
            }
            if (!visitedDirectories.add(real)) {
                return; // a symlink loop, or a directory reached twice
            }
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
                stream.forEach(entries::add);
            } catch (IOException | java.nio.file.DirectoryIteratorException e) {
                IOException cause = e instanceof IOException io ? io : ((java.nio.file.DirectoryIteratorException) e).getCause();
                findings.add(new Finding(relative.isEmpty() ? "." : relative, 1, 1, config.severityOf(RuleIds.UNREADABLE),
                        RuleIds.UNREADABLE, "cannot read the directory: " + ConfigFileReader.describe(cause)));
                return;
            }
            Collections.sort(entries);
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                String entryRelative = relative.isEmpty() ? name : relative + "/" + name;
                if (Files.isDirectory(entry)) {
                    if (config.isExcluded(entryRelative + "/")) {
                        continue;
                    }
                    if (Files.isSymbolicLink(entry) && !insideRoot(entry)) {
                        outsideLink(entryRelative, describeLink(entry));
                    } else {
                        walkDirectory(entry, entryRelative);
                    }
                } else if (Files.isSymbolicLink(entry) && !Files.exists(entry)) {
                    if (!config.isExcluded(entryRelative) && config.policyFor(entryRelative) != Policy.IGNORE
                            && (config.extensionOf(name) != null || config.policyFor(entryRelative).checksTemplate())) {
                        brokenLink(entry, entryRelative);
                    }
                } else if (Files.isRegularFile(entry) && !config.isExcluded(entryRelative)) {
                    addFile(entry, entryRelative, false);
                }
            }
        }

        private void addFile(Path path, String walkedRelative, boolean explicit) {
            addFile(path, walkedRelative, explicit, 0);
        }

        private void addFile(Path path, String walkedRelative, boolean explicit, int linkDepth) {
            String stub = LinkStub.target(path, config);
            if (stub != null && linkDepth < LinkStub.MAX_DEPTH) {
                Path target = path.toAbsolutePath().getParent().resolve(stub).normalize();
                String described = stub + " (a symbolic link stored as a text file)";
                // The stub's text is a path anyone can write: never a way out of the repository,
                // and a path that leaves it on its face is not even looked at.
                if (!target.startsWith(realRoot) && !target.startsWith(lexicalRoot)) {
                    outsideLink(walkedRelative, described);
                } else if (!Files.exists(target)) {
                    brokenLink(walkedRelative, described);
                } else if (!insideRoot(target)) {
                    outsideLink(walkedRelative, described);
                } else if (Files.isDirectory(target)) {
                    walkDirectory(target, relative(target));
                } else {
                    addFile(target, relative(target), explicit, linkDepth + 1);
                }
                return;
            }
            Path real;
            try {
                real = path.toRealPath();
            } catch (IOException e) {
                return;
            }
            if (!explicit && !real.startsWith(realRoot)) {
                outsideLink(walkedRelative, real.toString());
                return;
            }
            FileToCheck known = files.get(real);
            if (known != null) {
                if (explicit && !known.explicit) {
                    files.put(real, new FileToCheck(known.path, real, known.extension, known.policy, known.rule, true));
                }
                return;
            }
            String reported = real.startsWith(realRoot) ? toSlashes(realRoot.relativize(real)) : walkedRelative;
            PolicyRule rule = config.policyRuleFor(reported);
            Policy policy = rule == null ? config.defaultPolicy() : rule.kind();
            if (policy == Policy.IGNORE) {
                return;
            }
            String extension = config.extensionOf(real.getFileName().toString());
            if (extension == null) {
                extension = config.extensionOf(path.getFileName().toString());
            }
            files.put(real, new FileToCheck(reported, real, extension, policy, rule, explicit));
        }

        private void brokenLink(Path link, String relative) {
            brokenLink(relative, describeLink(link));
        }

        private boolean insideRoot(Path path) {
            try {
                return path.toRealPath().startsWith(realRoot);
            } catch (IOException e) {
                return false;
            }
        }

        private static String describeLink(Path link) {
            try {
                return Files.readSymbolicLink(link).toString();
            } catch (IOException | UnsupportedOperationException e) {
                return "?";
            }
        }

        /** A link found while walking that leads out of the root: reported, not followed. */
        private void outsideLink(String relative, String target) {
            if (config.isEnabled(RuleIds.OUTSIDE_LINK)) {
                brokenLinks.put(relative, new Finding(relative, 1, 1, config.severityOf(RuleIds.OUTSIDE_LINK),
                        RuleIds.OUTSIDE_LINK, "symbolic link leads outside the repository: " + relative + " points to "
                                + target + "; not followed: point it at a file inside the repository, or remove it"));
            }
        }

        private void brokenLink(String relative, String target) {
            brokenLinks.put(relative, new Finding(relative, 1, 1, config.severityOf(RuleIds.BROKEN_LINK),
                    RuleIds.BROKEN_LINK, "broken symbolic link: " + relative + " points to " + target
                            + ", which does not exist"));
            if (!config.isEnabled(RuleIds.BROKEN_LINK)) {
                brokenLinks.remove(relative);
            }
        }

        private String relative(Path path) {
            if (path.startsWith(lexicalRoot)) {
                return toSlashes(lexicalRoot.relativize(path));
            }
            try {
                Path real = path.toRealPath();
                if (real.startsWith(realRoot)) {
                    return toSlashes(realRoot.relativize(real));
                }
            } catch (IOException e) {
                // fall through: a broken link outside the root keeps its own name
            }
            return toSlashes(path);
        }
    }

    private static String toSlashes(Path path) {
        return path.toString().replace('\\', '/');
    }

}
