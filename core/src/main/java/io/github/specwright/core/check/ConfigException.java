package io.github.specwright.core.check;

/** A configuration that cannot work: a missing template, a bad glob, an unknown key. */
public class ConfigException extends Exception {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
