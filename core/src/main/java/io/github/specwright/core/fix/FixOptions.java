package io.github.specwright.core.fix;

/**
 * What the fixer may do beyond the safe fixes it always makes.
 *
 * @param rewrap     re-wrap over-long plain paragraphs (off by default: it moves words
 *                   between lines, which a reviewer may not want in a diff)
 * @param lineLength the width paragraphs are re-wrapped to
 * @param dryRun     work out the fixes without writing any file (for {@code fix --diff} and
 *                   {@code fix --check})
 */
public record FixOptions(boolean rewrap, int lineLength, boolean dryRun) {

    public static final int DEFAULT_LINE_LENGTH = 79;

    public FixOptions {
        if (lineLength < 20) {
            throw new IllegalArgumentException("line length " + lineLength + " is too small (at least 20)");
        }
    }

    public FixOptions(boolean rewrap, int lineLength) {
        this(rewrap, lineLength, false);
    }

    public static FixOptions defaults() {
        return new FixOptions(false, DEFAULT_LINE_LENGTH);
    }

    public FixOptions withRewrap(boolean rewrap) {
        return new FixOptions(rewrap, lineLength, dryRun);
    }

    public FixOptions withDryRun(boolean dryRun) {
        return new FixOptions(rewrap, lineLength, dryRun);
    }
}
