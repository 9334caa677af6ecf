package io.github.specwright.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A committed list of the documents (or examples) that differ from a reference tool, one per line: the key, a tab,
 * then what the test writes about it (the reason, the first difference). A parity test hands over what differs
 * today; the list is rewritten when its update switch is set, and the test fails when a listed key starts matching
 * or an unlisted one stops.
 */
public final class ListedMismatches {

    private ListedMismatches() {
    }

    /**
     * Rewrites {@code file} from {@code differences} (in their order, under {@code header}) when the system
     * property {@code updateSwitch} is true, then asserts that the keys listed there are exactly the differing ones.
     */
    public static void check(Path file, String header, Map<String, String> differences, String updateSwitch)
            throws IOException {
        if (Boolean.getBoolean(updateSwitch)) {
            StringBuilder list = new StringBuilder(header).append('\n');
            differences.forEach((key, rest) -> list.append(key).append('\t').append(rest).append('\n'));
            Files.writeString(file, list.toString(), StandardCharsets.UTF_8);
        }
        Set<String> listed = listedKeys(file);
        List<String> nowMatching = new ArrayList<>(listed);
        nowMatching.removeAll(differences.keySet());
        List<String> newlyDiffering = new ArrayList<>(differences.keySet());
        newlyDiffering.removeAll(listed);
        assertThat(nowMatching).as("listed in %s but now identical: remove their lines", file.getFileName()).isEmpty();
        assertThat(newlyDiffering).as("differing and not listed in %s", file.getFileName()).isEmpty();
    }

    private static Set<String> listedKeys(Path file) throws IOException {
        Set<String> keys = new TreeSet<>();
        if (!Files.exists(file)) {
            return keys;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int tab = line.indexOf('\t');
                keys.add((tab < 0 ? line : line.substring(0, tab)).strip());
            }
        }
        return keys;
    }
}
