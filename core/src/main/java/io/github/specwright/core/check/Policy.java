package io.github.specwright.core.check;

/** How much of the rule set applies to the files of a directory. */
public enum Policy {
    /** Every template section and its direct subsections, the header checks, formatting and markup. */
    FULL,
    /** A short spec: only the short-spec sections are required, any template section is allowed. */
    SHORT,
    /** Formatting and markup only (no template, no headers). */
    FORMAT_ONLY,
    /** Not checked at all. */
    IGNORE;

    /** Whether the template and header rules apply. */
    public boolean checksTemplate() {
        return this == FULL || this == SHORT;
    }

    /** The policy a configuration names ({@code full}, {@code short}, {@code format-only}, {@code ignore}), or null. */
    public static Policy parse(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "full" -> FULL;
            case "short" -> SHORT;
            case "format-only", "format_only" -> FORMAT_ONLY;
            case "ignore" -> IGNORE;
            default -> null;
        };
    }
}
