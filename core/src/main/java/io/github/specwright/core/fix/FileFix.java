package io.github.specwright.core.fix;

import java.util.List;

/**
 * The outcome of fixing one text: the text before and after, and every change made.
 *
 * @param original   the text as read
 * @param fixed      the text after the fixes
 * @param changes    what was changed, in order
 * @param insertions sections added, positions in {@code fixed}
 */
public record FileFix(String original, String fixed, List<Change> changes, List<Insertion> insertions) {

    public FileFix {
        changes = List.copyOf(changes);
        insertions = List.copyOf(insertions);
    }

    public boolean changed() {
        return !original.equals(fixed);
    }
}
