package io.github.specwright.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.model.ParsedDocument;
import io.github.specwright.core.model.Title;
import io.github.specwright.core.rst.RstParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fixer's promises, checked on every regular file of the shared corpus (real ironic specs
 * and their mutants), with and without re-wrapping:
 * <ol>
 * <li>only whitespace and adornment change: the text outside added sections, with whitespace
 * removed and each adornment line reduced to its character, is identical;</li>
 * <li>no finding of a fixable kind remains;</li>
 * <li>a second fix changes nothing.</li>
 * </ol>
 */
class FixerCorpusPropertyTest {

    private static Path corpus;
    private static final Map<String, String> MUTANT_SOURCES = new HashMap<>();
    private static RequiredSections approved;
    private static RequiredSections backlog;

    @BeforeAll
    static void locateCorpus() throws IOException {
        String property = System.getProperty("specwright.corpus");
        Assumptions.assumeTrue(property != null && Files.isDirectory(Path.of(property)),
                "shared corpus not present: " + property);
        corpus = Path.of(property);
        for (String row : Files.readAllLines(corpus.resolve("mutants-1.expected/mutants.tsv"))) {
            String[] cells = row.split("\t");
            if (cells.length >= 4 && cells[0].equals("mutant")) {
                MUTANT_SOURCES.put(cells[1], cells[3]);
            }
        }
        Path template = corpus.resolve("ironic-specs/specs/template.rst");
        approved = RequiredSections.fromTemplate(RstParser.parse(Files.readString(template), template.toString()));
        backlog = approved.only(Set.of("Problem description", "Proposed change"));
    }

    @ParameterizedTest(name = "rewrap={0}")
    @ValueSource(booleans = {false, true})
    void fixKeepsContentRemovesFixableFindingsAndIsIdempotent(boolean rewrap) throws IOException {
        Fixer fixer = new Fixer(FixOptions.defaults().withRewrap(rewrap));
        List<Path> files = corpusFiles();
        List<String> violations = new ArrayList<>();
        int changed = 0;
        int changes = 0;
        int insertions = 0;
        for (Path file : files) {
            String name = corpus.relativize(file).toString();
            String source = Files.readString(file);
            RequiredSections required = requiredFor(name);
            FileFix first = fixer.fix(source, name, required);
            if (first.changed()) {
                changed++;
            }
            changes += first.changes().size();
            insertions += first.insertions().size();

            String before = fingerprint(source, List.of());
            String after = fingerprint(first.fixed(), first.insertions());
            if (!before.equals(after)) {
                violations.add(name + ": content changed at character " + firstDifference(before, after));
            }
            for (Insertion insertion : first.insertions()) {
                if (!onlyTitleAdornmentAndNone(insertion, required)) {
                    violations.add(name + ": unexpected inserted text " + insertion);
                }
            }
            violations.addAll(fixableFindings(name, first.fixed(), required));

            FileFix second = fixer.fix(first.fixed(), name, required);
            if (second.changed()) {
                violations.add(name + ": second fix changed " + second.changes());
            }
        }
        System.out.printf("fixer corpus (rewrap=%s): %d files verified, %d changed, %d changes, %d sections added%n",
                rewrap, files.size(), changed, changes, insertions);
        assertThat(files).hasSize(283 + 110);
        assertThat(changed).as("the mutants hold fixable defects").isPositive();
        assertThat(violations).isEmpty();
    }

    /**
     * The 283 regular files of ironic-specs, as listed by the docutils reference (the links of
     * the real repository are stored here as small files naming their target, and are not
     * specs), then every mutant.
     */
    private static List<Path> corpusFiles() throws IOException {
        Set<String> regular = new java.util.TreeSet<>();
        for (String row : Files.readAllLines(corpus.resolve("ironic-specs.expected/docutils.tsv"))) {
            String[] cells = row.split("\t");
            if (cells.length >= 2 && cells[0].equals("outline")) {
                regular.add(cells[1]);
            }
        }
        List<Path> files = new ArrayList<>();
        for (String name : regular) {
            files.add(corpus.resolve("ironic-specs").resolve(name));
        }
        try (Stream<Path> walk = Files.list(corpus.resolve("mutants-1"))) {
            walk.filter(p -> p.toString().endsWith(".rst")).sorted().forEach(files::add);
        }
        return files;
    }

    private static RequiredSections requiredFor(String name) {
        String path = name;
        if (name.startsWith("mutants-1/")) {
            path = MUTANT_SOURCES.getOrDefault(name.substring("mutants-1/".length()), "");
        } else {
            path = name.substring("ironic-specs/".length());
        }
        if (path.startsWith("specs/approved/")) {
            return approved;
        }
        return path.startsWith("specs/backlog/") ? backlog : RequiredSections.none();
    }

    /**
     * The text outside the inserted sections, without whitespace, each adornment-like line
     * (one punctuation character repeated) reduced to a single character.
     */
    static String fingerprint(String text, List<Insertion> insertions) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        Set<Integer> inserted = new HashSet<>();
        for (Insertion insertion : insertions) {
            for (int i = 0; i < insertion.lineCount(); i++) {
                inserted.add(insertion.firstLine() - 1 + i);
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (inserted.contains(i)) {
                continue;
            }
            String line = strip(lines[i]);
            if (isAdornmentLike(line)) {
                line = line.substring(0, 1);
            }
            out.append(line).append('\u0000'); // line breaks are kept apart from words, not compared
        }
        return out.toString().replace("\u0000", "");
    }

    private static String strip(String line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            if (!LineFixes.isWhitespace(line.charAt(i))) {
                out.append(line.charAt(i));
            }
        }
        return out.toString();
    }

    private static boolean isAdornmentLike(String stripped) {
        if (stripped.length() < 2 || Character.isLetterOrDigit(stripped.charAt(0))) {
            return false;
        }
        return stripped.chars().allMatch(c -> c == stripped.charAt(0));
    }

    private static int firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static boolean onlyTitleAdornmentAndNone(Insertion insertion, RequiredSections required) {
        Set<String> titles = new HashSet<>();
        for (SectionOutline section : required.sections()) {
            titles.add(section.title());
            titles.addAll(section.subsections());
        }
        for (String line : insertion.text().split("\n")) {
            if (!line.isEmpty() && !line.equals(SectionFixes.EMPTY_BODY) && !titles.contains(line)
                    && !isAdornmentLike(line)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Findings of the fixable kinds, computed here independently of the fixer's code paths:
     * CR, trailing whitespace, indentation tabs, final newline, short title adornments and
     * missing template sections.
     */
    static List<String> fixableFindings(String name, String text, RequiredSections required) {
        List<String> findings = new ArrayList<>();
        if (text.indexOf('\r') >= 0) {
            findings.add(name + ": carriage return remains");
        }
        if (!text.isEmpty() && !text.endsWith("\n")) {
            findings.add(name + ": final newline missing");
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.isEmpty() && LineFixes.isWhitespace(line.charAt(line.length() - 1))) {
                findings.add(name + ":" + (i + 1) + ": trailing whitespace remains");
            }
            String indentation = line.substring(0, line.length() - line.stripLeading().length());
            if (indentation.indexOf('\t') >= 0) {
                findings.add(name + ":" + (i + 1) + ": tab indentation remains");
            }
        }
        ParsedDocument parsed = RstParser.parse(text, name);
        List<String> lineList = LineFixes.lines(text);
        for (Title title : AdornmentFixes.titles(parsed.document())) {
            TitleLines at = TitleLines.locate(title, lineList);
            if (at == null) {
                continue;
            }
            int width = DisplayWidth.of(lineList.get(at.text()).stripTrailing().strip());
            if (lineList.get(at.underline()).length() < width) {
                findings.add(name + ":" + (at.underline() + 1) + ": title underline too short");
            }
        }
        Set<String> present = new HashSet<>();
        SectionOutline.topLevelSections(parsed.document())
                .forEach(s -> present.add(s.title() == null ? "" : s.title().rawText()));
        for (SectionOutline section : required.sections()) {
            if (!present.contains(section.title())) {
                findings.add(name + ": section " + section.title() + " still missing");
            }
        }
        return findings;
    }
}
