package io.github.specwright.core.internal.check.priorities;

import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.ParsedDocument;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.model.InlineText;
import java.util.LinkedHashMap;
import java.util.Map;

/** How many priorities each table of a priorities document lists, for {@code specwright stats}. */
public final class PrioritiesSummary {

    private PrioritiesSummary() {
    }

    /**
     * The title of the section each table stands in (Essential Priorities, High Priorities...) to
     * the number of rows that name a priority; tables in one section add up.
     */
    public static Map<String, Integer> tables(ParsedDocument parsed) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PriorityTable table : PriorityTable.findAll(parsed.document())) {
            int rows = 0;
            for (PriorityTable.Row row : table.bodyRows()) {
                if (!row.cells().isEmpty() && !InlineText.plain(row.cells().get(0)).isBlank()) {
                    rows++;
                }
            }
            counts.merge(sectionOf(table.node()), rows, Integer::sum);
        }
        return counts;
    }

    private static String sectionOf(Node node) {
        for (Node current = node.parent(); current != null; current = current.parent()) {
            if (current instanceof Section section && section.title() != null) {
                return InlineText.plain(section.title()).strip();
            }
            if (current instanceof io.github.specwright.core.model.Document document && document.title() != null) {
                return InlineText.plain(document.title()).strip();
            }
        }
        return "(no section)";
    }
}
