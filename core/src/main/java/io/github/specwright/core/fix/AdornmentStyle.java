package io.github.specwright.core.fix;

import io.github.specwright.core.rst.ColumnWidth;
import java.util.ArrayList;
import java.util.List;

/**
 * How a section title is adorned: the character, and whether it has an overline as well as an
 * underline. In reStructuredText the style, not the character alone, tells the level.
 */
public record AdornmentStyle(char character, boolean overlined) {

    /** The lines of a title in this style, adornment as wide as the title. */
    List<String> render(String title) {
        String adornment = String.valueOf(character).repeat(Math.max(1, ColumnWidth.of(title)));
        List<String> lines = new ArrayList<>();
        if (overlined) {
            lines.add(adornment);
        }
        lines.add(title);
        lines.add(adornment);
        return lines;
    }
}
