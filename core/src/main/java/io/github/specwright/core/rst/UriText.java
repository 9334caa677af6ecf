package io.github.specwright.core.rst;

import java.util.ArrayList;
import java.util.List;

/** A URI as written in a hyperlink target or an image's :target: option, read as docutils reads it. */
public final class UriText {

    private UriText() {
    }

    /**
     * docutils' target URI: whitespace dropped except where escaped (an escaped space stays one
     * space), backslash escapes removed, and an e-mail address made a mailto: URI.
     */
    public static String of(String written) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            boolean escape = c == '\\' || c == '\u0000'; // the block parser marks escapes with NUL
            if (escape && i + 1 < written.length()) {
                char next = written.charAt(++i);
                if (Character.isWhitespace(next)) {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                } else {
                    piece.append(next);
                }
            } else if (!escape && !Character.isWhitespace(c)) {
                piece.append(c);
            }
        }
        pieces.add(piece.toString());
        String uri = String.join(" ", pieces).strip();
        return uri.indexOf('@') > 0 && uri.indexOf(':') < 0 && !uri.contains(" ") ? "mailto:" + uri : uri;
    }
}
