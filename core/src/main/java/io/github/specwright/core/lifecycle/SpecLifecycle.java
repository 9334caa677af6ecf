package io.github.specwright.core.lifecycle;

import io.github.specwright.core.internal.check.consistency.RelativePaths;

import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.fix.AtomicWrite;
import io.github.specwright.core.parse.DocumentParsers;
import io.github.specwright.core.vcs.GitCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lifecycle commands over {@link SpecMove}: implement (to the implemented directory beside the
 * spec's own), abandon (to the abandoned one), supersede (abandon, with the replacement recorded in
 * both documents) and a plain move. A Markdown spec's {@code status} follows the directory it
 * lands in. Each command is planned whole first ({@link Change#describe()} is the dry run) and
 * then applied all or nothing.
 */
public final class SpecLifecycle {

    /** Where implemented and abandoned specs go: directories beside the spec's own, by name. */
    public record Directories(String implemented, String abandoned) {
        public static final Directories DEFAULTS = new Directories("implemented", "not-implemented");

        /** The configuration's ({@code implemented-directory}, {@code abandoned-directory}). */
        public static Directories of(CheckConfig config) {
            return new Directories(config.implementedDirectory(), config.abandonedDirectory());
        }
    }

    private final Path root;
    private final SpecMove mover;
    private final Directories directories;

    public SpecLifecycle(Path root, CheckConfig config, Directories directories, GitCommand git) {
        this.root = root.toAbsolutePath().normalize();
        this.mover = new SpecMove(this.root, config, git);
        this.directories = directories;
    }

    /** A planned command: a move and the documents whose text it edits. */
    public final class Change {
        private final SpecMove.Plan move;
        /** Root-relative path (before the move) to new text; a moved spec's edit is keyed by its old path. */
        private final Map<String, String> edits;

        private Change(SpecMove.Plan move, Map<String, String> edits) {
            this.move = move;
            this.edits = edits;
        }

        public SpecMove.Plan move() {
            return move;
        }

        public List<String> describe() {
            List<String> lines = new ArrayList<>(move.describe());
            edits.keySet().forEach(path -> lines.add("edit " + (path.equals(move.from()) ? move.to() : path)
                    + ": " + describeEdit(path)));
            return lines;
        }

        private String describeEdit(String path) {
            return DocumentParsers.formatOf(path) == DocumentParsers.Format.MARKDOWN
                    ? "front matter updated" : "field added under the title";
        }

        /** Applies the edits, then the move; on any failure every file is as it was. */
        public void apply() throws LifecycleException {
            Map<String, String> originals = new LinkedHashMap<>();
            for (Map.Entry<String, String> edit : edits.entrySet()) {
                Path file = root.resolve(edit.getKey());
                try {
                    String original = Files.readString(file, StandardCharsets.UTF_8);
                    AtomicWrite.replace(file, edit.getValue());
                    originals.put(edit.getKey(), original);
                } catch (IOException e) {
                    restore(originals);
                    throw new LifecycleException("could not edit " + edit.getKey() + ": " + e.getMessage()
                            + "; nothing was changed");
                }
            }
            try {
                move.apply();
            } catch (LifecycleException e) {
                restore(originals);
                throw e;
            }
        }

        private void restore(Map<String, String> originals) {
            originals.forEach((path, text) -> {
                try {
                    AtomicWrite.replace(root.resolve(path), text);
                } catch (IOException ignored) {
                    // Best effort; the failure reported is the one that matters.
                }
            });
        }
    }

    public Change move(Path spec, Path destination) throws LifecycleException {
        SpecMove.Plan plan = mover.plan(spec, destination);
        return new Change(plan, statusEdit(plan, RelativePaths.fileName(RelativePaths.parent(plan.to()))));
    }

    public Change implement(Path spec) throws LifecycleException {
        return toSibling(spec, directories.implemented());
    }

    public Change abandon(Path spec) throws LifecycleException {
        return toSibling(spec, directories.abandoned());
    }

    /** Abandons {@code spec}, recording {@code replacement} in it and it in {@code replacement}. */
    public Change supersede(Path spec, Path replacement) throws LifecycleException {
        Change abandon = abandon(spec);
        SpecMove.Plan plan = abandon.move();
        String other = mover.relativeInside(replacement, "the replacement");
        if (!Files.isRegularFile(root.resolve(other))) {
            throw new LifecycleException("the replacement " + other + " does not exist");
        }
        if (other.equals(plan.from())) {
            throw new LifecycleException("a spec cannot supersede itself");
        }
        Map<String, String> edits = new LinkedHashMap<>(abandon.edits);
        String oldText = edits.containsKey(plan.from()) ? edits.get(plan.from()) : read(plan.from());
        edits.put(plan.from(), record(oldText, plan.from(), "Superseded by", "superseded-by",
                RelativePaths.relativize(RelativePaths.parent(plan.to()), other)));
        edits.put(other, record(read(other), other, "Supersedes", "supersedes",
                RelativePaths.relativize(RelativePaths.parent(other), plan.to())));
        return new Change(plan, edits);
    }

    private Change toSibling(Path spec, String directoryName) throws LifecycleException {
        String from = mover.relativeInside(spec, "the spec");
        String specDirectory = RelativePaths.parent(from);
        String destination = RelativePaths.resolve(RelativePaths.parent(specDirectory), directoryName);
        SpecMove.Plan plan = mover.plan(Path.of(from), Path.of(destination));
        return new Change(plan, statusEdit(plan, directoryName));
    }

    /** A Markdown spec's status becomes the lifecycle directory's name when it lands in one. */
    private Map<String, String> statusEdit(SpecMove.Plan plan, String directoryName) throws LifecycleException {
        Map<String, String> edits = new LinkedHashMap<>();
        boolean lifecycleDirectory = directoryName.equals(directories.implemented())
                || directoryName.equals(directories.abandoned()) || directoryName.equals("approved");
        if (lifecycleDirectory && DocumentParsers.formatOf(plan.from()) == DocumentParsers.Format.MARKDOWN) {
            String text = read(plan.from());
            String edited = MetadataEdits.setFrontMatter(text, plan.from(), "status", directoryName);
            if (!edited.equals(text)) {
                edits.put(plan.from(), edited);
            }
        }
        return edits;
    }

    private static String record(String text, String path, String rstField, String frontMatterKey, String value) {
        return DocumentParsers.formatOf(path) == DocumentParsers.Format.MARKDOWN
                ? MetadataEdits.setFrontMatter(text, path, frontMatterKey, value)
                : MetadataEdits.addRstField(text, path, rstField, value);
    }

    private String read(String path) throws LifecycleException {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LifecycleException("cannot read " + path + ": " + e.getMessage());
        }
    }
}
