package io.github.specwright.core.template;

import java.util.Locale;

/** Which version of the template a spec is checked against ({@code template-version}). */
public enum TemplateVersionPolicy {
    /** The template as it is today, for every spec (the behaviour without versions). */
    LATEST,
    /** The version each spec declares; a spec without a marker follows the oldest version. */
    DECLARED,
    /**
     * The latest version for the specs changed since the base ({@code --changed-since} or
     * {@code [check] base}), the declared one for the others; without a base, the declared one for all.
     */
    LATEST_FOR_CHANGED;

    /** {@code latest}, {@code declared} or {@code latest-for-changed}, in any case; null when it is none of them. */
    public static TemplateVersionPolicy parse(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "latest" -> LATEST;
            case "declared" -> DECLARED;
            case "latest-for-changed" -> LATEST_FOR_CHANGED;
            default -> null;
        };
    }

    /** The words a user writes: latest, declared, latest-for-changed. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
