package io.github.specwright.core.site;

import io.github.specwright.core.model.Directive;
import io.github.specwright.core.model.LiteralBlock;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.ParsedDocument;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.json.JsonFactory;

/**
 * Rule {@value #RULE_ID}: a {@code code-block}, {@code code} or {@code sourcecode} directive, or a fenced Markdown
 * block, declared as JSON, YAML or XML whose text does not parse as such (Sphinx warns in the same case, when its
 * lexer fails). Reported at the block's first content line and that line's indentation. The parsers read text
 * only: the XML parser resolves no external entity and no DTD, the YAML loader builds plain values.
 */
final class CodeBlockSyntax {

    /** A site finding (the checks do not run it), documented in docs/site.md. */
    static final String RULE_ID = "code-block-syntax";

    /** One finding. */
    record Problem(int line, int column, String message) {
    }

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private CodeBlockSyntax() {
    }

    static List<Problem> check(ParsedDocument parsed) {
        List<Problem> problems = new ArrayList<>();
        String[] lines = parsed.source().split("\n", -1);
        visit(parsed.document(), lines, problems);
        return problems;
    }

    private static void visit(Node node, String[] lines, List<Problem> problems) {
        if (node instanceof Directive directive && isCodeDirective(directive.name())) {
            String language = directive.arguments().strip().split("\\s+", 2)[0];
            checkBlock(language, directive.content(), firstContentLine(lines, directive.contentLine()), lines, problems);
            // Its text is also modelled as a literal block child: checked once, here.
            return;
        } else if (node instanceof LiteralBlock block && block.language() != null) {
            // A fenced Markdown block: its text starts on the line after the opening fence.
            checkBlock(block.language(), block.text(), firstContentLine(lines, block.span().startLine() + 1), lines,
                    problems);
        }
        for (Node child : node.children()) {
            visit(child, lines, problems);
        }
    }

    private static boolean isCodeDirective(String name) {
        String folded = name.toLowerCase(Locale.ROOT);
        return folded.equals("code-block") || folded.equals("code") || folded.equals("sourcecode");
    }

    /** The first non-blank line at or after {@code line} (1-based), or {@code line} itself. */
    private static int firstContentLine(String[] lines, int line) {
        for (int i = Math.max(1, line); i <= lines.length; i++) {
            if (!lines[i - 1].isBlank()) {
                return i;
            }
        }
        return Math.max(1, line);
    }

    private static void checkBlock(String language, String text, int line, String[] lines, List<Problem> problems) {
        if (text == null || text.isBlank() || line < 1) {
            return;
        }
        // Lines are counted from the first content line: leading blank lines of the text are dropped.
        String content = text.replaceFirst("^(?:[ \t]*\n)+", "");
        Error error = switch (language.toLowerCase(Locale.ROOT)) {
            case "json" -> jsonError(content);
            case "yaml", "yml" -> yamlError(content);
            case "xml" -> xmlError(content);
            default -> null;
        };
        if (error != null) {
            String source = line <= lines.length ? lines[line - 1] : "";
            int column = source.length() - source.stripLeading().length() + 1;
            String where = error.blockLine() > 0 ? " (line " + (line + error.blockLine() - 1) + ")" : "";
            problems.add(new Problem(line, column, "the code block is declared as " + language
                    + " but does not parse as " + language.toUpperCase(Locale.ROOT) + where + ": " + error.message()));
        }
    }

    /** What a parser said, and on which line of the block (1-based; 0 when it does not say). */
    record Error(String message, int blockLine) {
    }

    static Error jsonError(String text) {
        try (JsonParser parser = JSON.createParser(tools.jackson.core.ObjectReadContext.empty(), text)) {
            parser.nextToken();
            parser.skipChildren();
            // Jackson reads a sequence of root values; a JSON text is one value.
            return parser.nextToken() == null ? null
                    : new Error("more than one value", parser.currentLocation().getLineNr());
        } catch (JacksonException e) {
            return new Error(firstLine(e.getOriginalMessage()), e.getLocation() == null ? 0 : e.getLocation().getLineNr());
        }
    }

    static Error yamlError(String text) {
        try {
            for (Object ignored : new Load(LoadSettings.builder().setAllowDuplicateKeys(true).build()).loadAllFromString(text)) {
                // Loading every document is the check.
            }
            return null;
        } catch (MarkedYamlEngineException e) {
            return new Error(e.getProblem(), e.getProblemMark().map(mark -> mark.getLine() + 1).orElse(0));
        } catch (YamlEngineException e) {
            return new Error(firstLine(e.getMessage()), 0);
        }
    }

    static Error xmlError(String text) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            builder.parse(new InputSource(new StringReader(text)));
            return null;
        } catch (SAXParseException e) {
            return new Error(firstLine(e.getMessage()), Math.max(0, e.getLineNumber()));
        } catch (SAXException e) {
            return new Error(firstLine(e.getMessage()), 0);
        } catch (ParserConfigurationException | java.io.IOException e) {
            return null;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
