package io.github.specwright.core.authoring;

import io.github.specwright.core.rst.ColumnWidth;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.internal.markdown.MarkdownParser;
import io.github.specwright.core.model.Title;
import io.github.specwright.core.parse.DocumentParsers;
import io.github.specwright.core.rst.RstParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Starts a new spec: copies the repository's template to {@code specs/approved/NAME.rst} (or
 * {@code specs/backlog/}) with its document title replaced, adorned in the template's style
 * and as wide as the new title. A Markdown template ({@code template.md}) gives
 * {@code NAME.md}, with the text of its title heading replaced. Never overwrites a file.
 */
public final class NewSpec {

    /** Lower-case letters and digits, in words joined by single hyphens: {@code my-feature-2}. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final String APPROVED = "specs/approved";
    public static final String BACKLOG = "specs/backlog";

    /** Why a spec could not be created, in words for the user. */
    public static final class NewSpecException extends Exception {
        public NewSpecException(String message) {
            super(message);
        }
    }

    private NewSpec() {
    }

    /**
     * Creates the spec and returns its path.
     *
     * @param root     the repository root
     * @param template the template, relative to the root (e.g. {@code specs/template.rst})
     * @param name     the file name without extension
     * @param title    the title, or null for one made from the name
     * @param backlog  create it in the backlog rather than among the approved specs
     */
    public static Path create(Path root, String template, String name, String title, boolean backlog)
            throws NewSpecException {
        validateName(name);
        String actualTitle = title == null || title.isBlank() ? titleFromName(name) : title.strip();
        if (actualTitle.contains("\n") || actualTitle.contains("\r")) {
            throw new NewSpecException("the title must be a single line");
        }
        boolean markdown = DocumentParsers.formatOf(template) == DocumentParsers.Format.MARKDOWN;
        String extension = markdown ? template.substring(template.lastIndexOf('.')) : ".rst";
        for (String folder : List.of(APPROVED, BACKLOG)) {
            // Either format: a spec.rst beside a spec.md would be two specs of one name.
            for (String existingExtension : new java.util.LinkedHashSet<>(List.of(extension, ".rst", ".md"))) {
                Path existing = root.resolve(folder).resolve(name + existingExtension);
                if (Files.exists(existing, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    throw new NewSpecException("a spec named '" + name + "' already exists: " + folder + "/" + name
                            + existingExtension + "; choose another name or edit that file");
                }
            }
        }
        Path templatePath = root.resolve(template);
        String templateText;
        try {
            templateText = new String(Files.readAllBytes(templatePath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NewSpecException("cannot read the template " + template + " (" + templatePath
                    + "); create it or set the template path");
        }
        String text = markdown ? withMarkdownTitle(templateText, actualTitle, template)
                : withTitle(templateText, actualTitle, template);
        Path target = root.resolve(backlog ? BACKLOG : APPROVED).resolve(name + extension);
        try {
            Files.createDirectories(target.getParent());
            // CREATE_NEW: refuses, atomically, a file that appeared since the check above.
            Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new NewSpecException("a spec named '" + name + "' already exists: " + target);
        } catch (IOException e) {
            throw new NewSpecException("cannot write " + target + ": " + e.getMessage());
        }
        return target;
    }

    /** Checks a spec name; the message says what a good one looks like. */
    public static void validateName(String name) throws NewSpecException {
        if (name == null || name.isEmpty()) {
            throw new NewSpecException("a spec name is required, e.g. my-feature");
        }
        if (!NAME.matcher(name).matches()) {
            throw new NewSpecException("invalid spec name '" + name + "': use lower-case letters, digits and"
                    + " single hyphens between words, e.g. my-feature (no extension, no spaces)");
        }
    }

    /** {@code my-new-feature} becomes {@code My new feature}. */
    static String titleFromName(String name) {
        String words = name.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** The template with its document title replaced by {@code title}. */
    static String withTitle(String template, String title, String templateName) throws NewSpecException {
        List<String> lines = new ArrayList<>(List.of(template.split("\n", -1)));
        int[] block = findTitle(template, lines);
        if (block == null) {
            throw new NewSpecException("the template " + templateName + " has no document title to replace");
        }
        int overline = block[0];
        int text = block[1];
        int underline = block[2];
        char adornment = lines.get(underline).charAt(0);
        String rule = String.valueOf(adornment).repeat(Math.max(1, ColumnWidth.of(title)));
        lines.set(text, title);
        lines.set(underline, rule);
        if (overline >= 0) {
            lines.set(overline, rule);
        }
        return String.join("\n", lines);
    }

    /**
     * The Markdown template with the text of its title heading (the lone {@code #} heading, else
     * the first heading) replaced: an ATX heading keeps its {@code #} marker and loses closing
     * hashes; a setext heading becomes one line with its {@code =} or {@code -} underline as wide
     * as the new title. Headings in code fences, comments and front matter are not titles.
     */
    static String withMarkdownTitle(String template, String title, String templateName) throws NewSpecException {
        String text = template.startsWith("\uFEFF") ? template.substring(1) : template;
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        Title heading = firstTitle(MarkdownParser.parse(text, templateName).document());
        if (heading == null) {
            throw new NewSpecException("the template " + templateName + " has no heading to use as the title");
        }
        int first = heading.span().startLine() - 1;
        String line = lines.get(first);
        String marker = ATX_HEADING.matcher(line).lookingAt() ? line.substring(0, line.indexOf('#')) : null;
        if (marker != null) {
            String hashes = line.substring(marker.length()).replaceFirst("^(#+).*$", "$1");
            lines.set(first, marker + hashes + " " + title);
            return String.join("\n", lines);
        }
        int underline = first + 1;
        while (underline < lines.size() && !SETEXT_UNDERLINE.matcher(lines.get(underline)).matches()) {
            underline++;
        }
        if (underline >= lines.size()) {
            throw new NewSpecException("the template " + templateName + " has a title heading Specwright cannot"
                    + " rewrite; write it as '# Title'");
        }
        char adornment = lines.get(underline).strip().charAt(0);
        lines.set(underline, String.valueOf(adornment).repeat(Math.max(3, ColumnWidth.of(title))));
        lines.subList(first + 1, underline).clear();
        lines.set(first, title);
        return String.join("\n", lines);
    }

    private static final Pattern ATX_HEADING = Pattern.compile(" {0,3}#{1,6}(?:[ \t]|$)");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile(" {0,3}(=+|-+)[ \t]*");

    /**
     * The first title of the template as {overline or -1, text, underline}: from the parser's
     * tree when it has one, else from the first adorned line outside comments.
     */
    private static int[] findTitle(String template, List<String> lines) {
        Title title = firstTitle(RstParser.parse(template, "template").document());
        if (title != null) {
            int textLine = title.span().startLine() - 1 + (title.overlined() && isAdornment(lines, title.span().startLine() - 1) ? 1 : 0);
            if (textLine >= 0 && textLine + 1 < lines.size() && lines.get(textLine).strip().equals(title.rawText())) {
                return new int[] {title.overlined() ? textLine - 1 : -1, textLine, textLine + 1};
            }
        }
        boolean inComment = false;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("..")) {
                inComment = true;
                continue;
            }
            if (inComment && (line.isBlank() || Character.isWhitespace(line.charAt(0)))) {
                continue;
            }
            inComment = false;
            if (line.isBlank()) {
                continue;
            }
            if (isAdornment(lines, i) && i + 2 < lines.size() && !lines.get(i + 1).isBlank()
                    && lines.get(i + 2).stripTrailing().equals(line.stripTrailing())) {
                return new int[] {i, i + 1, i + 2};
            }
            if (!Character.isWhitespace(line.charAt(0)) && isAdornment(lines, i + 1)) {
                return new int[] {-1, i, i + 1};
            }
        }
        return null;
    }

    private static Title firstTitle(Node node) {
        for (Node child : node.children()) {
            if (child instanceof Title title) {
                return title;
            }
            if (child instanceof Section section) {
                return section.title();
            }
        }
        return null;
    }

    private static boolean isAdornment(List<String> lines, int index) {
        if (index < 0 || index >= lines.size()) {
            return false;
        }
        String line = lines.get(index).stripTrailing();
        if (line.length() < 2 || Character.isLetterOrDigit(line.charAt(0)) || Character.isWhitespace(line.charAt(0))) {
            return false;
        }
        return line.chars().allMatch(c -> c == line.charAt(0));
    }
}
