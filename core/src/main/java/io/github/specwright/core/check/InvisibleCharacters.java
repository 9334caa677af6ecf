package io.github.specwright.core.check;

import io.github.specwright.core.base.ConfigException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Characters that change what a reviewer sees, or hide text from them: zero-width spaces and
 * joiners, the bidirectional controls of "Trojan Source" (U+202A to U+202E, U+2066 to U+2069), a
 * byte order mark after the start, soft hyphens, and every other Unicode format character
 * (category Cf). No-break spaces are reported only when the configuration names them. A
 * zero-width joiner between two symbols is part of an emoji sequence and is not reported.
 *
 * <p>Configured by {@code invisible-characters}: {@code default} (the set above), code points
 * ({@code U+00A0}) and ranges ({@code U+2000-U+200A}), combined; {@code none} turns it off.
 */
public final class InvisibleCharacters {

    /** The ones {@code fix} removes: they carry no meaning in a spec. */
    private static final Set<Integer> REMOVABLE = Set.of(0x200B, 0x2060, 0xFEFF, 0x00AD);

    private static final InvisibleCharacters DEFAULTS = new InvisibleCharacters(true, new TreeSet<>());

    private final boolean formatCharacters;
    private final Set<Integer> extra;

    private InvisibleCharacters(boolean formatCharacters, Set<Integer> extra) {
        this.formatCharacters = formatCharacters;
        this.extra = Set.copyOf(extra);
    }

    public static InvisibleCharacters defaults() {
        return DEFAULTS;
    }

    /** Reads {@code default, U+00A0, U+2000-U+200A} or {@code none}. */
    public static InvisibleCharacters parse(List<String> items) throws ConfigException {
        boolean defaults = false;
        Set<Integer> extra = new TreeSet<>();
        for (String item : items) {
            String value = item.strip();
            if (value.equalsIgnoreCase("default")) {
                defaults = true;
            } else if (value.equalsIgnoreCase("none")) {
                continue;
            } else {
                String[] range = value.split("-", 2);
                int from = codePoint(range[0]);
                int to = range.length == 2 ? codePoint(range[1]) : from;
                if (to < from || to - from > 0x10000) {
                    throw ConfigException.forSetting("invisible-characters", "invisible-characters: bad range '"
                            + value + "'");
                }
                for (int c = from; c <= to; c++) {
                    extra.add(c);
                }
            }
        }
        return new InvisibleCharacters(defaults, extra);
    }

    private static int codePoint(String text) throws ConfigException {
        String hex = text.strip().toUpperCase(Locale.ROOT);
        if (!hex.matches("U\\+[0-9A-F]{4,6}")) {
            throw ConfigException.forSetting("invisible-characters", "invisible-characters: '" + text.strip()
                    + "' is neither 'default', 'none' nor a code point such as U+200B or a range U+2066-U+2069");
        }
        return Integer.parseInt(hex.substring(2), 16);
    }

    /** Whether fix removes this character. */
    public static boolean removable(int codePoint) {
        return REMOVABLE.contains(codePoint);
    }

    /** The findings of one line (1-based {@code lineNumber}); the file's first character is not looked at twice. */
    List<Problem> check(String line, int lineNumber) {
        List<Problem> problems = null;
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            int width = Character.charCount(c);
            if (c >= 0xA0 && reported(c, line, i, width) && !(lineNumber == 1 && i == 0 && c == 0xFEFF)) {
                if (problems == null) {
                    problems = new ArrayList<>();
                }
                problems.add(new Problem(lineNumber, i + 1, RuleIds.INVISIBLE_CHARACTER, describe(c)));
            }
            i += width;
        }
        return problems == null ? List.of() : problems;
    }

    private boolean reported(int c, String line, int index, int width) {
        if (extra.contains(c)) {
            return true;
        }
        if (!formatCharacters || Character.getType(c) != Character.FORMAT) {
            return false;
        }
        return c != 0x200D || !betweenSymbols(line, index, width);
    }

    /** An emoji sequence: a symbol (or a symbol's variation selector) on both sides. */
    private static boolean betweenSymbols(String line, int index, int width) {
        if (index == 0 || index + width >= line.length()) {
            return false;
        }
        int before = line.codePointBefore(index);
        int after = line.codePointAt(index + width);
        return isEmojiPart(before) && isEmojiPart(after);
    }

    private static boolean isEmojiPart(int c) {
        int type = Character.getType(c);
        return type == Character.OTHER_SYMBOL || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x1F3FB && c <= 0x1F3FF);
    }

    private static String describe(int c) {
        String name = Character.getName(c);
        String code = String.format("U+%04X", c);
        String what = name == null ? code : code + " " + name;
        return "invisible character " + what + ": it changes what a reviewer sees"
                + (removable(c) ? "; remove it (specwright fix does)" : "; remove it, or write what it stands for");
    }
}
