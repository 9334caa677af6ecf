package io.github.specwright.core.rst;

import io.github.specwright.core.internal.text.CharacterRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The source split into lines the way docutils prepares them: line ends normalised, tabs
 * expanded to 8-column stops, form feeds and vertical tabs turned into spaces and trailing
 * whitespace removed. Keeps the original lines to map expanded columns back to source columns.
 */
final class SourceText {

    static final int TAB_WIDTH = 8;

    private final List<String> rawLines;
    private final List<SourceLine> lines;

    SourceText(String source) {
        this.rawLines = splitLines(source);
        this.lines = new ArrayList<>(rawLines.size());
        boolean hasTabs = source.indexOf('\t') >= 0 || source.indexOf('\u000b') >= 0 || source.indexOf('\f') >= 0;
        for (int i = 0; i < rawLines.size(); i++) {
            String raw = rawLines.get(i);
            lines.add(new SourceLine(i + 1, 0, stripEnd(hasTabs ? expandTabs(raw) : raw)));
        }
    }

    List<SourceLine> lines() {
        return lines;
    }

    int lineCount() {
        return rawLines.size();
    }

    /** The 1-based source column of the 0-based expanded column {@code expanded} on line {@code lineNo}. */
    int sourceColumn(int lineNo, int expanded) {
        if (lineNo < 1 || lineNo > rawLines.size()) {
            return expanded + 1;
        }
        String raw = rawLines.get(lineNo - 1);
        if (raw.indexOf('\t') < 0) {
            return expanded + 1;
        }
        int col = 0;
        for (int i = 0; i < raw.length(); i++) {
            if (col >= expanded) {
                return i + 1;
            }
            col = raw.charAt(i) == '\t' ? (col / TAB_WIDTH + 1) * TAB_WIDTH : col + 1;
        }
        return raw.length() + 1 + Math.max(0, expanded - col);
    }

    static List<String> splitLines(String source) {
        List<String> result = new ArrayList<>();
        int start = 0;
        int n = source.length();
        if (source.indexOf('\r') < 0) { // the usual case, found by the JDK's fast search
            for (int end = source.indexOf('\n'); end >= 0; end = source.indexOf('\n', start)) {
                result.add(source.substring(start, end));
                start = end + 1;
            }
            if (start < n) {
                result.add(source.substring(start));
            }
            return result;
        }
        for (int i = 0; i < n; i++) {
            char c = source.charAt(i);
            if (c == '\n' || c == '\r') {
                result.add(source.substring(start, i));
                if (c == '\r' && i + 1 < n && source.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            result.add(source.substring(start));
        }
        return result;
    }

    static String expandTabs(String line) {
        if (line.indexOf('\t') < 0 && line.indexOf('\u000b') < 0 && line.indexOf('\f') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                int spaces = TAB_WIDTH - out.length() % TAB_WIDTH;
                out.append(" ".repeat(spaces));
            } else if (c == '\u000b' || c == '\f') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Python's {@code str.rstrip()}: removes trailing whitespace. */
    static String stripEnd(String s) {
        int end = s.length();
        while (end > 0 && isPythonSpace(s.charAt(end - 1))) {
            end--;
        }
        return end == s.length() ? s : s.substring(0, end);
    }

    static boolean isPythonSpace(char c) {
        return CharacterRules.isSpace(c);
    }
}
