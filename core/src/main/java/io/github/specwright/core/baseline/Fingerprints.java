package io.github.specwright.core.baseline;

import io.github.specwright.core.base.Finding;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.parse.DocumentParsers;
import io.github.specwright.core.model.PlainText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The {@link BaselineEntry} of each finding: its file's text is read and parsed once, for the
 * titles of the sections around the finding's line and the line's own text. A file that cannot be
 * read gives empty section and text (its findings still match by rule, file and message).
 */
public final class Fingerprints implements Function<Finding, BaselineEntry> {

    private final Path root;
    private final Map<String, FileFacts> files = new ConcurrentHashMap<>();

    public Fingerprints(Path root) {
        this.root = root;
    }

    @Override
    public BaselineEntry apply(Finding finding) {
        FileFacts facts = files.computeIfAbsent(finding.path(), this::read);
        return new BaselineEntry(finding.ruleId(), finding.path(), facts.sectionPath(finding.line()),
                facts.lineText(finding.line()), finding.message());
    }

    private FileFacts read(String path) {
        try {
            String text = new String(Files.readAllBytes(root.resolve(path)), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return new FileFacts(text.split("\r\n|\r|\n", -1), DocumentParsers.canParse(path)
                    ? DocumentParsers.parse(text, path).document() : null);
        } catch (IOException | RuntimeException e) {
            return new FileFacts(new String[0], null);
        }
    }

    private record FileFacts(String[] lines, Document document) {

        String lineText(int line) {
            return line >= 1 && line <= lines.length ? lines[line - 1].strip().replaceAll("\\s+", " ") : "";
        }

        String sectionPath(int line) {
            List<String> titles = new ArrayList<>();
            Node current = document;
            while (current != null) {
                Node inner = null;
                for (Section section : current.childrenOf(Section.class)) {
                    if (section.span().startLine() <= line && line <= section.span().endLine()) {
                        titles.add(section.title() == null ? "" : PlainText.of(section.title()));
                        inner = section;
                        break;
                    }
                }
                current = inner;
            }
            return String.join(" > ", titles);
        }
    }
}
