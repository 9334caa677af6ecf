package io.github.specwright.core.lifecycle;

import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order of release names: numbers compare by value ({@code 9.2 < 10.0}), words alphabetically
 * (OpenStack's names are), and numbered releases come after named ones, as OpenStack moved from
 * "zed" to "2023.1".
 */
public final class ReleaseNames {

    /** Oldest first. */
    public static final Comparator<String> ORDER = Comparator.comparing(ReleaseNames::sortKey);

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private ReleaseNames() {
    }

    /** A key whose string order is the release order. */
    public static String sortKey(String name) {
        StringBuilder key = new StringBuilder();
        Matcher digits = DIGITS.matcher(name);
        int last = 0;
        while (digits.find()) {
            String number = digits.group().replaceFirst("^0+(?=\\d)", "");
            key.append(name, last, digits.start()).append(String.format("%08d",
                    Long.parseLong(number.length() > 8 ? number.substring(0, 8) : number)));
            last = digits.end();
        }
        key.append(name.substring(last));
        return (!name.isEmpty() && Character.isDigit(name.charAt(0)) ? "1" : "0") + key.toString().toLowerCase(Locale.ROOT);
    }
}
