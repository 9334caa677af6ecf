package io.github.specwright.core.rst;

import io.github.specwright.core.internal.json.JsonWriter;
import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document's outline: each top-level section's raw title mapped to its direct subsections'
 * raw titles, in document order. This is the structure template conformance compares; its
 * JSON form matches the reference corpus (Python's {@code json.dumps} of a dict: a repeated
 * top-level title keeps its first position and takes the later subsections).
 */
public final class Outline {

    private final Map<String, List<String>> sections;

    private Outline(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    public static Outline of(Document document) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Node child : document.children()) {
            if (child instanceof Section section && section.title() != null) {
                List<String> subsections = new ArrayList<>();
                for (Node grandChild : section.children()) {
                    if (grandChild instanceof Section sub && sub.title() != null) {
                        subsections.add(sub.title().rawText());
                    }
                }
                map.put(section.title().rawText(), subsections);
            }
        }
        return new Outline(map);
    }

    /** Top-level title to subsection titles, in document order. */
    public Map<String, List<String>> sections() {
        return java.util.Collections.unmodifiableMap(sections);
    }

    /** The JSON object, formatted as Python's {@code json.dumps} with its defaults ({@code ensure_ascii}). */
    public String toJson() {
        return JsonWriter.oneLine(JsonWriter.Escaping.ASCII_ONLY).write(sections);
    }
}
