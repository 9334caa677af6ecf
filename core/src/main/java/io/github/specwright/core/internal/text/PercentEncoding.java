package io.github.specwright.core.internal.text;

import java.nio.charset.StandardCharsets;

/** Percent-encoding of text as UTF-8 bytes, for URIs the site and the reports write. */
public final class PercentEncoding {

    private PercentEncoding() {
    }

    /**
     * {@code text} with every byte of its UTF-8 form written as {@code %XX} (upper-case hex) but ASCII letters,
     * digits and the characters of {@code kept}; with {@code keepEscapes}, a {@code %} followed by two hex digits
     * is an escape already and stays as it is.
     */
    public static String encode(String text, String kept, boolean keepEscapes) {
        StringBuilder out = new StringBuilder(text.length());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean asciiAlphanumeric = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9';
            boolean escape = keepEscapes && b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
            if (asciiAlphanumeric || escape || b < 128 && kept.indexOf(b) >= 0) {
                out.append((char) b);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isHex(byte b) {
        return b >= '0' && b <= '9' || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F';
    }
}
