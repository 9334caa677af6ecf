package io.github.specwright.core.fix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the {@link Fixer} over files on disk. Each file is read strictly as UTF-8, fixed in
 * memory and written back atomically only when its text changed; a file that cannot be read,
 * decoded or written is reported and left as it was. Symbolic links are not followed: fixing
 * through a link would replace the link by a file, so the link's target is fixed where it lies.
 */
public final class FileFixer {

    /** What is done to one file's text: its new text and the changes, from the text and the file's relative path. */
    public interface Transform {
        FileFix apply(String source, String relativePath);
    }

    private final Transform transform;
    private final boolean dryRun;

    /**
     * @param fixer            the text fixer
     * @param requiredSections the sections each file (by relative path) must hold
     */
    public FileFixer(Fixer fixer, Function<String, RequiredSections> requiredSections) {
        this(fixer, requiredSections, false);
    }

    /** @param dryRun work out each file's fix without writing it */
    public FileFixer(Fixer fixer, Function<String, RequiredSections> requiredSections, boolean dryRun) {
        this((source, relative) -> fixer.fix(source, relative, requiredSections.apply(relative)), dryRun);
    }

    /** @param transform what to do to each file's text (a fix, a migration) */
    public FileFixer(Transform transform, boolean dryRun) {
        this.transform = transform;
        this.dryRun = dryRun;
    }

    /** Fixes {@code files} (absolute, or relative to {@code root}); paths are reported relative to root. */
    public FixResult fix(Path root, List<Path> files) {
        List<FixResult.FileOutcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            outcomes.add(fixOne(root, root.resolve(file)));
        }
        return new FixResult(outcomes);
    }

    private FixResult.FileOutcome fixOne(Path root, Path file) {
        String relative = relative(root, file);
        if (Files.isSymbolicLink(file)) {
            return new FixResult.FileOutcome(relative, List.of(),
                    "is a symbolic link; fix the file it points to instead");
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return new FixResult.FileOutcome(relative, List.of(), "no such file");
        }
        String source;
        try {
            source = decode(Files.readAllBytes(file));
        } catch (CharacterCodingException e) {
            return new FixResult.FileOutcome(relative, List.of(), "is not valid UTF-8");
        } catch (IOException e) {
            return new FixResult.FileOutcome(relative, List.of(), "cannot be read: " + e.getMessage());
        }
        FileFix result;
        try {
            result = transform.apply(source, relative);
        } catch (RuntimeException e) {
            return new FixResult.FileOutcome(relative, List.of(), "internal error while fixing, file left unchanged: " + e);
        }
        if (!result.changed()) {
            return new FixResult.FileOutcome(relative, List.of(), null);
        }
        if (!dryRun) {
            try {
                AtomicWrite.replace(file, result.fixed());
            } catch (IOException e) {
                return new FixResult.FileOutcome(relative, List.of(), "cannot be written, left unchanged: " + e.getMessage());
            }
        }
        return new FixResult.FileOutcome(relative, result.changes(), null, result.insertions(), source, result.fixed());
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    static String relative(Path root, Path file) {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        Path absoluteFile = file.toAbsolutePath().normalize();
        Path shown = absoluteFile.startsWith(absoluteRoot) ? absoluteRoot.relativize(absoluteFile) : absoluteFile;
        return shown.toString().replace('\\', '/');
    }
}
