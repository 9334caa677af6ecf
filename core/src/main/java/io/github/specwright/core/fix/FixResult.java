package io.github.specwright.core.fix;

import java.util.List;

/**
 * What a fix run did, file by file.
 *
 * @param files every file looked at, in order
 */
public record FixResult(List<FileOutcome> files) {

    public FixResult {
        files = List.copyOf(files);
    }

    /**
     * One file: its changes, or why it was left alone.
     *
     * @param path    relative to the root, {@code /} separators
     * @param changes what was changed (empty when nothing was needed or on error)
     * @param error   why the file was not fixed, or null
     * @param insertions the sections added, positions in the fixed file
     * @param original the text before the fix, when it changed (else null)
     * @param fixed    the text after the fix, when it changed (else null)
     */
    public record FileOutcome(String path, List<Change> changes, String error, List<Insertion> insertions,
                              String original, String fixed) {

        public FileOutcome {
            changes = List.copyOf(changes);
            insertions = List.copyOf(insertions);
        }

        public FileOutcome(String path, List<Change> changes, String error) {
            this(path, changes, error, List.of(), null, null);
        }

        public boolean changed() {
            return error == null && !changes.isEmpty();
        }
    }

    public int filesChanged() {
        return (int) files.stream().filter(FileOutcome::changed).count();
    }

    public boolean hasErrors() {
        return files.stream().anyMatch(f -> f.error() != null);
    }

    /**
     * The report printed to users: each changed file with its changes, each failure, then a
     * summary line.
     */
    public String format() {
        return format("Fixed");
    }

    /** The report, its summary line starting with {@code verb} ("Fixed", "Migrated"). */
    public String format(String verb) {
        StringBuilder out = new StringBuilder();
        for (FileOutcome file : files) {
            if (file.error() != null) {
                out.append(file.path()).append(": not ").append(verb.toLowerCase(java.util.Locale.ROOT)).append(": ").append(file.error()).append('\n');
            } else if (!file.changes().isEmpty()) {
                out.append(file.path()).append(": ").append(file.changes().size())
                        .append(file.changes().size() == 1 ? " change" : " changes").append('\n');
                for (Change change : file.changes()) {
                    out.append("  ").append(change.format()).append('\n');
                }
            }
        }
        long failed = files.stream().filter(f -> f.error() != null).count();
        out.append(verb).append(' ').append(filesChanged()).append(" of ").append(files.size())
                .append(files.size() == 1 ? " file" : " files");
        if (failed > 0) {
            out.append("; ").append(failed).append(" could not be ").append(verb.toLowerCase(java.util.Locale.ROOT));
        }
        out.append('.').append('\n');
        return out.toString();
    }
}
