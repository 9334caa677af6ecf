package io.github.specwright.core.baseline;

import io.github.specwright.core.base.Finding;
import io.github.specwright.core.base.Severity;
import io.github.specwright.core.internal.json.JsonWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * The findings a repository accepted when it adopted Specwright: checks then report only what is
 * new. The file is JSON, sorted, one entry per line, so that a review shows exactly which findings
 * were accepted or fixed. Entries match findings by {@link BaselineEntry} (never by line), each
 * entry at most one finding; an entry no finding matches any more is stale, so the baseline
 * shrinks as specs are fixed.
 */
public final class Baseline {

    public static final String DEFAULT_FILE = "specwright-baseline.json";
    public static final int FORMAT_VERSION = 1;
    public static final String STALE_RULE = "stale-baseline-entry";

    /** An entry and the line of the baseline file it stands on. */
    public record Located(BaselineEntry entry, int line) {
    }

    /**
     * What applying the baseline left.
     *
     * @param findings the findings no entry accepted
     * @param accepted how many findings the baseline accepted
     * @param stale    the entries no finding matched
     */
    public record Outcome(List<Finding> findings, int accepted, List<Located> stale) {
        public Outcome {
            findings = List.copyOf(findings);
            stale = List.copyOf(stale);
        }
    }

    private final String displayPath;
    private final List<Located> entries;

    private Baseline(String displayPath, List<Located> entries) {
        this.displayPath = displayPath;
        this.entries = List.copyOf(entries);
    }

    public List<Located> entries() {
        return entries;
    }

    /** The baseline file's text for these entries: sorted, one per line. */
    public static String write(List<BaselineEntry> entries) {
        List<BaselineEntry> sorted = new ArrayList<>(entries);
        sorted.sort(null);
        List<Object> items = new ArrayList<>();
        for (BaselineEntry entry : sorted) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("rule", entry.rule());
            item.put("file", entry.file());
            item.put("section", entry.section());
            item.put("text", entry.text());
            item.put("message", entry.message());
            items.add(item);
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("version", FORMAT_VERSION);
        file.put("comment", "Findings accepted when this baseline was made; Specwright reports only new ones."
                + " Regenerate with: specwright baseline");
        file.put("entries", items);
        return JsonWriter.linesFor(2).write(file) + "\n";
    }

    /**
     * Reads a baseline file. Problems (unreadable, not JSON, another format version, an entry
     * missing a key) each become one line of the exception, naming the file and line.
     *
     * @param displayPath how findings and messages name the file (e.g. relative to the root)
     */
    public static Baseline read(Path file, String displayPath) throws BaselineException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BaselineException(List.of(displayPath + ": no such baseline file; make one with"
                    + " 'specwright baseline'"));
        } catch (IOException e) {
            throw new BaselineException(List.of(displayPath + ": cannot read the baseline: " + e.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        List<Located> entries = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), text)) {
            expect(parser, JsonToken.START_OBJECT, displayPath, "a JSON object");
            Integer version = null;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("version")) {
                    if (value != JsonToken.VALUE_NUMBER_INT) {
                        throw new BaselineException(List.of(at(displayPath, parser) + "'version' must be a number"));
                    }
                    version = parser.getIntValue();
                    if (version > FORMAT_VERSION) {
                        throw new BaselineException(List.of(at(displayPath, parser) + "baseline format " + version
                                + " is newer than this Specwright reads (" + FORMAT_VERSION + "): update Specwright,"
                                + " or make the baseline again with this version"));
                    }
                } else if (name.equals("entries")) {
                    if (value != JsonToken.START_ARRAY) {
                        throw new BaselineException(List.of(at(displayPath, parser) + "'entries' must be an array"));
                    }
                    readEntries(parser, displayPath, entries, problems);
                } else {
                    parser.skipChildren();
                }
            }
            if (version == null) {
                problems.add(displayPath + ": not a Specwright baseline: no 'version'");
            }
        } catch (StreamReadException e) {
            throw new BaselineException(List.of(displayPath + ":" + e.getLocation().getLineNr()
                    + ": not valid JSON: " + e.getOriginalMessage()));
        }
        if (!problems.isEmpty()) {
            throw new BaselineException(problems);
        }
        return new Baseline(displayPath, entries);
    }

    private static void readEntries(JsonParser parser, String displayPath, List<Located> entries, List<String> problems) {
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            int line = parser.currentTokenLocation().getLineNr();
            Map<String, String> values = new HashMap<>();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                if (parser.nextToken() == JsonToken.VALUE_STRING) {
                    values.put(name, parser.getString());
                } else {
                    parser.skipChildren();
                }
            }
            List<String> missing = new ArrayList<>();
            for (String key : List.of("rule", "file", "section", "text", "message")) {
                if (!values.containsKey(key)) {
                    missing.add(key);
                }
            }
            if (missing.isEmpty()) {
                entries.add(new Located(new BaselineEntry(values.get("rule"), values.get("file"), values.get("section"),
                        values.get("text"), values.get("message")), line));
            } else {
                problems.add(displayPath + ":" + line + ": baseline entry without " + String.join(", ", missing));
            }
        }
    }

    private static void expect(JsonParser parser, JsonToken token, String displayPath, String what) throws BaselineException {
        if (parser.nextToken() != token) {
            throw new BaselineException(List.of(at(displayPath, parser) + "not a Specwright baseline: expected " + what));
        }
    }

    private static String at(String displayPath, JsonParser parser) {
        return displayPath + ":" + parser.currentTokenLocation().getLineNr() + ": ";
    }

    /**
     * Entries naming files that exist neither as named nor under their new name ({@code renames}:
     * old path to new path, as git reports them): one line each.
     */
    public List<String> missingFiles(Path root, Map<String, String> renames) {
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        for (Located located : entries) {
            String file = renames.getOrDefault(located.entry().file(), located.entry().file());
            // A broken symbolic link is still a file the baseline may name (its broken-link finding).
            if (!Files.exists(root.resolve(file), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                firstLine.putIfAbsent(file, located.line());
            }
        }
        List<String> problems = new ArrayList<>();
        firstLine.forEach((file, line) -> problems.add(displayPath + ":" + line + ": the baseline names " + file
                + ", which does not exist: make the baseline again with 'specwright baseline'"));
        return problems;
    }

    /**
     * Removes from {@code findings} those the baseline accepts, each entry accepting at most one.
     *
     * @param fingerprint the entry a finding would have
     * @param renames     old path to new path of files git reports as renamed
     */
    public Outcome apply(List<Finding> findings, Function<Finding, BaselineEntry> fingerprint,
                         Map<String, String> renames) {
        Map<BaselineEntry, List<Located>> remaining = new HashMap<>();
        for (Located located : entries) {
            BaselineEntry entry = located.entry();
            String renamed = renames.get(entry.file());
            remaining.computeIfAbsent(renamed == null ? entry : entry.inFile(renamed), k -> new ArrayList<>()).add(located);
        }
        List<Finding> kept = new ArrayList<>();
        int accepted = 0;
        for (Finding finding : findings) {
            List<Located> matches = remaining.get(fingerprint.apply(finding));
            if (matches != null && !matches.isEmpty()) {
                matches.remove(0);
                accepted++;
            } else {
                kept.add(finding);
            }
        }
        List<Located> stale = remaining.values().stream().flatMap(List::stream)
                .sorted(java.util.Comparator.comparingInt(Located::line)).toList();
        return new Outcome(kept, accepted, stale);
    }

    /** The finding that reports a stale entry, on its line of the baseline file. */
    public Finding staleFinding(Located stale, Severity severity) {
        BaselineEntry entry = stale.entry();
        return new Finding(displayPath, stale.line(), 1, severity, STALE_RULE, "no " + entry.rule() + " finding in "
                + entry.file() + " matches this entry any more (it was fixed, or its text changed): remove the entry,"
                + " or make the baseline again with 'specwright baseline'");
    }
}
