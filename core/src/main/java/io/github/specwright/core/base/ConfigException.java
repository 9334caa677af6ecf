package io.github.specwright.core.base;

/** A configuration that cannot work: a missing template, a bad glob, an unknown key. */
public class ConfigException extends Exception {

    /** The configuration-file key the problem is about, when there is one (for its line). */
    private final String setting;

    public ConfigException(String message) {
        super(message);
        this.setting = null;
    }

    private ConfigException(String setting, String message, boolean unused) {
        super(message);
        this.setting = setting;
    }

    /**
     * A problem with one setting, named as in the configuration file ({@code max-line-length},
     * {@code severity.RULE}, {@code policy GLOB}), so that a reader can point at its line.
     */
    public static ConfigException forSetting(String setting, String message) {
        return new ConfigException(setting, message, true);
    }

    /** The setting the problem is about, or null. */
    public String setting() {
        return setting;
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
        this.setting = null;
    }
}
