package io.github.specwright.core.internal.text;

import java.util.Locale;

/** How docutils compares reference and target names. */
public final class Names {

    private Names() {
    }

    /** Whitespace runs collapsed to one space, ends trimmed: the name as displayed. */
    public static String whitespaceNormalize(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean pendingSpace = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (CharacterRules.isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The key names are matched by: whitespace-normalised and case-folded. */
    public static String normalize(String name) {
        return whitespaceNormalize(name).toLowerCase(Locale.ROOT);
    }
}
