package io.github.specwright.core.internal.check.consistency;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code redirects} file in nova-specs' format: one {@code FROM TO} line per moved spec. FROM is
 * the spec's old path relative to the file's own directory ({@code approved/x.rst}); TO is its new
 * path relative to FROM's directory ({@code ../implemented/x.rst}), which is exactly the relative
 * URL the old page must send a reader to. Blank lines and lines starting with {@code #} are
 * comments: kept as they are, never read as entries.
 *
 * <p>Immutable: {@link #withMove} returns the file as it must read after a move, rewritten so that
 * no entry ever points at another redirected path (no chains).
 */
public final class RedirectsFile {

    /** The file's name, in the parent directory of the directories whose specs moved. */
    public static final String FILE_NAME = "redirects";

    /**
     * One redirect.
     *
     * @param line 1-based line of the entry in its file
     * @param from the old path, relative to the redirects file's directory
     * @param to   the new path, relative to {@code from}'s directory
     */
    public record Entry(int line, String from, String to) {

        /** Where the redirect leads, relative to the redirects file's directory. */
        public String target() {
            return RelativePaths.resolve(RelativePaths.parent(from), to);
        }

        /** The old path, normalised, relative to the redirects file's directory. */
        public String source() {
            return RelativePaths.normalize(from);
        }

        /** The old path relative to the repository root, for an entry of {@code redirectsFile} (root-relative). */
        public String rootRelativeSource(String redirectsFile) {
            return RelativePaths.resolve(RelativePaths.parent(redirectsFile), source());
        }

        /** Where the redirect leads, relative to the repository root. */
        public String rootRelativeTarget(String redirectsFile) {
            return RelativePaths.resolve(RelativePaths.parent(redirectsFile), target());
        }
    }

    /** A line that is not an entry, nor a comment. */
    public record Problem(int line, int column, String message) {
    }

    private final List<String> lines;
    private final List<Entry> entries;
    private final List<Problem> problems;

    private RedirectsFile(List<String> lines) {
        this.lines = List.copyOf(lines);
        List<Entry> found = new ArrayList<>();
        List<Problem> bad = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            readLine(i + 1, lines.get(i), found, bad);
        }
        this.entries = List.copyOf(found);
        this.problems = List.copyOf(bad);
    }

    public static RedirectsFile parse(String text) {
        List<String> lines = new ArrayList<>();
        if (!text.isEmpty()) {
            for (String line : text.split("\n", -1)) {
                lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            }
            if (lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1); // the final newline ends the last line, it starts none
            }
        }
        return new RedirectsFile(lines);
    }

    public static RedirectsFile empty() {
        return new RedirectsFile(List.of());
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** True when the file holds nothing but blank lines (a comment is content worth keeping). */
    public boolean isEmpty() {
        return lines.stream().allMatch(String::isBlank);
    }

    /** The file's text: its lines, each ended by a newline. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /**
     * The file after a spec moved from {@code oldPath} to {@code newPath} (both relative to this
     * file's directory). Entries that led to the old path now lead to the new one; an entry whose
     * source is the new path is dropped (the spec is back where it was, so that page exists
     * again); and when {@code recordMove} is true, an entry for the move itself is appended.
     */
    public RedirectsFile withMove(String oldPath, String newPath, boolean recordMove) {
        String from = RelativePaths.normalize(oldPath);
        String to = RelativePaths.normalize(newPath);
        List<String> result = new ArrayList<>(lines);
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry entry = entries.get(i);
            int index = entry.line() - 1;
            if (entry.source().equals(to)) {
                result.remove(index);
            } else if (entry.target().equals(from)) {
                result.set(index, lineFor(entry.from(), to));
            }
        }
        if (recordMove && !from.equals(to)) {
            result.add(lineFor(from, to));
        }
        return new RedirectsFile(result);
    }

    /** The entry line for a page at {@code from} that moved to {@code target} (both file-relative). */
    static String lineFor(String from, String target) {
        return from + " " + RelativePaths.relativize(RelativePaths.parent(RelativePaths.normalize(from)), target);
    }

    private static void readLine(int number, String line, List<Entry> entries, List<Problem> problems) {
        String stripped = line.strip();
        if (stripped.isEmpty() || stripped.startsWith("#")) {
            return;
        }
        String[] fields = stripped.split("\\s+");
        int column = line.indexOf(stripped.charAt(0)) + 1;
        if (fields.length != 2) {
            problems.add(new Problem(number, column, "expected 'FROM TO' (the old path and the new one,"
                    + " separated by a space), found " + fields.length + " field" + (fields.length == 1 ? "" : "s")));
            return;
        }
        String from = fields[0];
        if (from.startsWith("/") || RelativePaths.normalize(from).startsWith("../")) {
            problems.add(new Problem(number, column, "the old path '" + from + "' must be relative to the"
                    + " directory of this file and stay inside it"));
            return;
        }
        if (fields[1].startsWith("/") || fields[1].contains("://")) {
            problems.add(new Problem(number, line.indexOf(fields[1], column - 1 + from.length()) + 1,
                    "the new path '" + fields[1] + "' must be relative to the old path's directory"
                            + " (e.g. ../implemented/" + RelativePaths.fileName(from) + ")"));
            return;
        }
        entries.add(new Entry(number, from, fields[1]));
    }
}
