package io.github.specwright.core.parse;

import io.github.specwright.core.internal.markdown.MarkdownParser;
import io.github.specwright.core.model.ParsedDocument;
import io.github.specwright.core.rst.RstParser;
import java.util.Locale;

/**
 * Chooses the parser for a file by its extension, so the checks, the site and the tools read
 * reStructuredText and Markdown specs alike: both parsers produce the same document model.
 */
public final class DocumentParsers {

    /** The markup languages a spec may be written in. */
    public enum Format {
        RST("reStructuredText"), MARKDOWN("Markdown");

        private final String displayName;

        Format(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    private DocumentParsers() {
    }

    /** The format of a file name or path ({@code .rst}, {@code .md}, {@code .markdown}), or null for neither. */
    public static Format formatOf(String fileName) {
        if (fileName == null) {
            return null;
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".rst")) {
            return Format.RST;
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return Format.MARKDOWN;
        }
        return null;
    }

    /** Whether a file name has an extension one of the parsers reads. */
    public static boolean canParse(String fileName) {
        return formatOf(fileName) != null;
    }

    /**
     * Parses {@code text} with the parser for {@code path}'s extension; a path with neither
     * extension is read as reStructuredText, the default spec format.
     */
    public static ParsedDocument parse(String text, String path) {
        return formatOf(path) == Format.MARKDOWN ? MarkdownParser.parse(text, path) : RstParser.parse(text, path);
    }
}
