package io.github.specwright.core.check;

import io.github.specwright.core.base.ConfigException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A value as a configuration source wrote it, before it is read as the option's type. In the
 * configuration file a list is comma-separated on one line or one item per continued line; in
 * a POM it is one element per item, which may hold commas.
 *
 * @param parts the lines of a file value, or the items of a POM list (one part for a scalar)
 * @param split whether one part is split on commas into items (the file's convention)
 */
public record OptionValue(List<String> parts, boolean split) {

    /** A value of the configuration file: its first line and its continuation lines. */
    public static OptionValue ofFile(List<String> lines) {
        return new OptionValue(List.copyOf(lines), true);
    }

    /** A single value from a POM element, a command-line option or a property. */
    public static OptionValue of(String text) {
        return new OptionValue(List.of(text), false);
    }

    /** A list from a POM, one item per element. */
    public static OptionValue ofItems(List<String> items) {
        return new OptionValue(List.copyOf(items), false);
    }

    /** The value as one text, its parts joined by spaces. */
    public String text() {
        return String.join(" ", parts).strip();
    }

    /** The text, or null when it is empty or {@code none} (no licence check, no link check, ...). */
    public String textOrNone() {
        String text = text();
        return text.isEmpty() || text.equalsIgnoreCase("none") ? null : text;
    }

    /** The text, which must not be empty. */
    public String requiredText(String name) throws ConfigException {
        String text = text();
        if (text.isEmpty()) {
            throw new ConfigException(name + " needs a value");
        }
        return text;
    }

    /** The items of a list; blank ones are dropped. */
    public List<String> items() {
        List<String> items = new ArrayList<>();
        List<String> pieces = split && parts.size() == 1 ? List.of(parts.get(0).split(",")) : parts;
        for (String item : pieces) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    public long wholeNumber(String name) throws ConfigException {
        String text = text();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ConfigException(name + " must be a whole number, not '" + text + "'");
        }
    }

    public boolean bool(String name) throws ConfigException {
        String text = text().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new ConfigException(name + " must be true or false, not '" + text + "'");
        };
    }
}
