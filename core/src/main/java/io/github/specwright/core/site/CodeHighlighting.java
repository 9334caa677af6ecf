package io.github.specwright.core.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Syntax highlighting of code blocks with highlight.js (its "common languages" build), taken from the highlight.js
 * webjar on the class path and written into the site, so pages load nothing from another server and work offline.
 * The renderer marks code with {@code language-NAME}; {@code highlight/run.js} highlights only the blocks whose
 * language highlight.js knows (no guessing for plain literal blocks). Token colours are in our own stylesheet.
 */
final class CodeHighlighting {

    static final String LIBRARY = "highlight/highlight.min.js";
    static final String RUNNER = "highlight/run.js";
    private static final String WEBJAR = "META-INF/maven/org.webjars/highlightjs/pom.properties";
    private static final String MARKER = "<code class=\"language-";

    private CodeHighlighting() {
    }

    /** Whether a rendered page body holds a block to highlight (only such pages load the library). */
    static boolean needed(String body) {
        return body.contains(MARKER);
    }

    /** The scripts a page with code loads, in order. */
    static String[] scripts() {
        return new String[] {LIBRARY, RUNNER};
    }

    /** Writes the library (from the webjar) and our runner into the site. */
    static void writeAssets(Path outputDirectory) throws IOException {
        ClassLoader loader = CodeHighlighting.class.getClassLoader();
        Properties webjar = new Properties();
        try (InputStream in = loader.getResourceAsStream(WEBJAR)) {
            if (in == null) {
                throw new IOException("the highlight.js webjar is not on the class path");
            }
            webjar.load(in);
        }
        String library = "META-INF/resources/webjars/highlightjs/" + webjar.getProperty("version") + "/highlight.min.js";
        Files.createDirectories(outputDirectory.resolve("highlight"));
        copy(loader, library, outputDirectory.resolve(LIBRARY));
        // Our own runner is a resource of this package: Class.getResourceAsStream finds it whether core runs on the
        // class path or as a named module (where a ClassLoader lookup would not see an unopened package).
        try (InputStream in = CodeHighlighting.class.getResourceAsStream("highlight-run.js")) {
            if (in == null) {
                throw new IOException("missing built-in asset highlight-run.js");
            }
            Files.write(outputDirectory.resolve(RUNNER), in.readAllBytes());
        }
    }

    private static void copy(ClassLoader loader, String resource, Path target) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing built-in asset " + resource);
            }
            Files.write(target, in.readAllBytes());
        }
    }
}
