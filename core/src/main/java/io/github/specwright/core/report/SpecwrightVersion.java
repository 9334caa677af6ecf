package io.github.specwright.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of Specwright, as the build wrote it into {@code specwright-version.properties}. */
public final class SpecwrightVersion {

    private static final String VERSION = load();

    private SpecwrightVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = SpecwrightVersion.class.getResourceAsStream("specwright-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "unknown");
            // An unfiltered resource (an IDE build) still holds the placeholder.
            return version.startsWith("${") ? "unknown" : version;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
