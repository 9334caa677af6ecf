package io.github.specwright.core.fix;

import io.github.specwright.core.model.SourceSpan;
import io.github.specwright.core.model.Subtitle;
import io.github.specwright.core.model.Title;
import java.util.List;

/**
 * Where a title's lines are in the source: the title text, its underline and (when overlined)
 * its overline, as 0-based line indexes. Found from the title node's span and raw text, and
 * checked against the adornment character, so that a span convention (overline in the span or
 * not) cannot make the fixer touch the wrong line.
 */
record TitleLines(int overline, int text, int underline) {

    /** The lines of {@code title} in {@code lines}, or null when they cannot be told for sure. */
    static TitleLines locate(Title title, List<String> lines) {
        int start = title.span().startLine() - 1;
        for (int candidate : new int[] {start, start + 1, start - 1}) {
            if (candidate < 0 || candidate + 1 >= lines.size()) {
                continue;
            }
            if (!lines.get(candidate).strip().equals(title.rawText().strip())) {
                continue;
            }
            if (!isAdornment(lines.get(candidate + 1), title.adornment())) {
                continue;
            }
            if (title.overlined()) {
                if (candidate == 0 || !isAdornment(lines.get(candidate - 1), title.adornment())) {
                    continue;
                }
                return new TitleLines(candidate - 1, candidate, candidate + 1);
            }
            return new TitleLines(-1, candidate, candidate + 1);
        }
        return null;
    }

    /**
     * A subtitle as a title node with the adornment read from the source (the line under its
     * text), or null when the source does not show one.
     */
    static Title subtitleAsTitle(Subtitle subtitle, List<String> lines) {
        int start = subtitle.span().startLine() - 1;
        for (int candidate : new int[] {start, start + 1, start - 1}) {
            if (candidate < 0 || candidate + 1 >= lines.size()
                    || !lines.get(candidate).strip().equals(subtitle.rawText().strip())) {
                continue;
            }
            String under = lines.get(candidate + 1).stripTrailing();
            if (under.isEmpty() || Character.isLetterOrDigit(under.charAt(0)) || !isAdornment(under, under.charAt(0))) {
                continue;
            }
            char character = under.charAt(0);
            boolean overlined = candidate > 0 && isAdornment(lines.get(candidate - 1), character);
            return new Title(SourceSpan.of(candidate + 1, 1, candidate + 1, 1), subtitle.rawText(), character, overlined);
        }
        return null;
    }

    static boolean isAdornment(String line, char character) {
        String stripped = line.stripTrailing();
        if (stripped.isEmpty()) {
            return false;
        }
        for (int i = 0; i < stripped.length(); i++) {
            if (stripped.charAt(i) != character) {
                return false;
            }
        }
        return true;
    }

    /** The first line of the title block: the overline when there is one. */
    int first() {
        return overline >= 0 ? overline : text;
    }
}
