package io.github.specwright.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A table that a test generates into a document between two marker lines (the rule and option tables of
 * {@code docs/configuration.md}): the document must hold it as generated, and it is rewritten in place when the
 * test's update switch is set.
 */
public final class GeneratedTable {

    private GeneratedTable() {
    }

    /**
     * Asserts that {@code document} holds {@code generated} between the lines {@code begin} and {@code end} (each
     * with its line end), after rewriting it there when the system property {@code updateSwitch} is true;
     * {@code description} names the table in the failure (with how to rewrite it).
     */
    public static void check(Path document, String begin, String end, String generated, String updateSwitch,
            String description) throws IOException {
        String text = Files.readString(document, StandardCharsets.UTF_8);
        int beginAt = text.indexOf(begin);
        int endAt = text.indexOf(end);
        assertThat(beginAt).as("the table's opening marker in " + document).isNotNegative();
        assertThat(endAt).as("the table's closing marker in " + document).isGreaterThan(beginAt);
        String table = text.substring(beginAt + begin.length(), endAt);
        if (Boolean.getBoolean(updateSwitch) && !table.equals(generated)) {
            Path temporary = document.resolveSibling(document.getFileName() + ".tmp");
            Files.writeString(temporary, text.substring(0, beginAt + begin.length()) + generated + text.substring(endAt),
                    StandardCharsets.UTF_8);
            Files.move(temporary, document, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            table = generated;
        }
        assertThat(table).as(description + " (rewrite it with -D" + updateSwitch + "=true)").isEqualTo(generated);
    }
}
