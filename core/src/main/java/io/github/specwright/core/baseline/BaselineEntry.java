package io.github.specwright.core.baseline;

import java.util.Comparator;

/**
 * One accepted finding, by what it is rather than where it is: the rule, the file, the titles of
 * the sections around it and the text it is about, so that it still matches after lines are added
 * or removed elsewhere in the file. Never a line number.
 *
 * @param rule    the rule id
 * @param file    the file, relative to the checked root
 * @param section the enclosing sections' titles, outermost first, joined by {@code " > "} ("" outside any)
 * @param text    the finding's line, whitespace collapsed ("" for a blank line or none)
 * @param message the finding's message
 */
public record BaselineEntry(String rule, String file, String section, String text, String message)
        implements Comparable<BaselineEntry> {

    private static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::file)
            .thenComparing(BaselineEntry::rule).thenComparing(BaselineEntry::section)
            .thenComparing(BaselineEntry::text).thenComparing(BaselineEntry::message);

    /** The same entry for a file that was renamed or moved. */
    public BaselineEntry inFile(String newFile) {
        return new BaselineEntry(rule, newFile, section, text, message);
    }

    @Override
    public int compareTo(BaselineEntry other) {
        return ORDER.compare(this, other);
    }
}
