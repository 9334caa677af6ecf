package io.github.specwright.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Collects figures as labelled rows and prints them as an aligned two-column table. */
final class Report {

    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void row(String label, String value) {
        rows.add(new String[] {label, value});
    }

    void note(String text) {
        notes.add(text);
    }

    void print(PrintStream out) {
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        for (String[] row : rows) {
            out.printf("%-" + width + "s  %s%n", row[0], row[1]);
        }
        for (String note : notes) {
            out.println("note: " + note);
        }
    }
}
