package io.github.specwright.core.check;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a file's bytes into text, strictly as UTF-8, and says what is wrong with the encoding:
 * a byte order mark, UTF-16, invalid sequences (replaced by U+FFFD so the rest of the file can
 * still be checked), or NUL bytes (a binary file, not checked further).
 */
final class SourceDecoder {

    /**
     * The outcome of decoding.
     *
     * @param text     the text, or null when the file cannot be read as text at all
     * @param problems encoding problems, at most one of each kind
     */
    record Decoded(String text, List<Problem> problems) {
    }

    private SourceDecoder() {
    }

    static Decoded decode(byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            String order = bytes[0] == (byte) 0xFE ? "FE FF" : "FF FE";
            problems.add(new Problem(1, 1, RuleIds.ENCODING,
                    "file is UTF-16 (byte order mark " + order + "); save it as UTF-8 without a byte order mark"));
            return new Decoded(null, problems);
        }
        // The JDK's decoder is much faster than a checked decode, and a valid file (nearly every
        // file) decodes the same through it: U+FFFD appears only for invalid input (or where the
        // file holds U+FFFD itself), and only then is the file decoded again, strictly.
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\0') >= 0) {
            int nul = indexOfNul(bytes);
            String message = looksLikeUtf16(bytes)
                    ? "file looks like UTF-16 without a byte order mark (NUL byte at byte offset " + nul
                            + "); save it as UTF-8"
                    : "binary file (NUL byte at byte offset " + nul + "), not a text document; not checked";
            problems.add(new Problem(1, 1, RuleIds.ENCODING, message));
            return new Decoded(null, problems);
        }
        int start = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            problems.add(new Problem(1, 1, RuleIds.ENCODING,
                    "file starts with a UTF-8 byte order mark; remove it"));
            start = 3;
        }
        String text = lenient.indexOf('\uFFFD') < 0
                ? lenient.substring(start == 0 ? 0 : 1)
                : decodeStrictly(bytes, start, problems);
        return new Decoded(text, problems);
    }

    private static String decodeStrictly(byte[] bytes, int start, List<Problem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 16);
        int invalidCount = 0;
        int firstOffset = -1;
        int firstByte = 0;
        int firstLine = 0;
        int firstColumn = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                decoder.flush(out);
                break;
            }
            if (result.isOverflow()) {
                // Cannot happen with one char per byte at most, plus the replacements; grow anyway.
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
                out.flip();
                bigger.put(out);
                out = bigger;
                continue;
            }
            if (invalidCount == 0) {
                firstOffset = in.position();
                firstByte = bytes[in.position()] & 0xFF;
                int[] position = lineAndColumn(out);
                firstLine = position[0];
                firstColumn = position[1];
            }
            invalidCount++;
            out.put('\uFFFD');
            in.position(in.position() + result.length());
        }
        if (invalidCount > 0) {
            String more = invalidCount == 1 ? "" : " (and " + (invalidCount - 1) + " more invalid sequence"
                    + (invalidCount == 2 ? "" : "s") + ")";
            problems.add(new Problem(firstLine, firstColumn, RuleIds.ENCODING,
                    String.format("invalid UTF-8 byte 0x%02X at byte offset %d%s; save the file as UTF-8",
                            firstByte, firstOffset, more)));
        }
        out.flip();
        return out.toString();
    }

    /** The 1-based line and column just after what has been decoded so far. */
    private static int[] lineAndColumn(CharBuffer written) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < written.position(); i++) {
            if (written.get(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    /** ASCII text in UTF-16: every other byte of the first ones is NUL, the others are not. */
    private static boolean looksLikeUtf16(byte[] bytes) {
        int pairs = Math.min(bytes.length / 2, 64);
        if (pairs < 2) {
            return false;
        }
        int nulFirst = 0;
        int nulSecond = 0;
        for (int i = 0; i < pairs; i++) {
            if (bytes[2 * i] == 0 && bytes[2 * i + 1] != 0) {
                nulFirst++;
            } else if (bytes[2 * i] != 0 && bytes[2 * i + 1] == 0) {
                nulSecond++;
            }
        }
        return nulFirst == pairs || nulSecond == pairs;
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
