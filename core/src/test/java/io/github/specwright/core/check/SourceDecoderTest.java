package io.github.specwright.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceDecoderTest {

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    @Test
    void validUtf8DecodesWithoutProblems() {
        SourceDecoder.Decoded decoded = SourceDecoder.decode("Spéc\n".getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.text()).isEqualTo("Spéc\n");
        assertThat(decoded.problems()).isEmpty();
    }

    @Test
    void invalidByteIsReportedWithLineColumnAndOffsetAndTheRestIsKept() {
        byte[] input = concat("ab\ncd".getBytes(StandardCharsets.US_ASCII), bytes(0xE9), "f\n".getBytes(StandardCharsets.US_ASCII));
        SourceDecoder.Decoded decoded = SourceDecoder.decode(input);
        assertThat(decoded.text()).isEqualTo("ab\ncd\uFFFDf\n");
        assertThat(decoded.problems()).containsExactly(new Problem(2, 3, RuleIds.ENCODING,
                "invalid UTF-8 byte 0xE9 at byte offset 5; save the file as UTF-8"));
    }

    @Test
    void severalInvalidSequencesMakeOneFindingWithACount() {
        byte[] input = concat(bytes(0xFF), "a".getBytes(StandardCharsets.US_ASCII), bytes(0xFE, 0x80));
        SourceDecoder.Decoded decoded = SourceDecoder.decode(input);
        assertThat(decoded.problems()).hasSize(1);
        assertThat(decoded.problems().get(0).message())
                .isEqualTo("invalid UTF-8 byte 0xFF at byte offset 0 (and 2 more invalid sequences); save the file as UTF-8");
        assertThat(decoded.problems().get(0).line()).isEqualTo(1);
        assertThat(decoded.problems().get(0).column()).isEqualTo(1);
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsValidText() {
        // U+FFFD itself (EF BF BD) is valid UTF-8: the fast decode must not take it for an error.
        SourceDecoder.Decoded decoded = SourceDecoder.decode("a\uFFFDb\n".getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.text()).isEqualTo("a\uFFFDb\n");
        assertThat(decoded.problems()).isEmpty();
    }

    @Test
    void byteOrderMarkAndAnInvalidByteAreBothReported() {
        byte[] input = concat(bytes(0xEF, 0xBB, 0xBF), "x\ny".getBytes(StandardCharsets.US_ASCII), bytes(0xC3),
                "\n".getBytes(StandardCharsets.US_ASCII));
        SourceDecoder.Decoded decoded = SourceDecoder.decode(input);
        assertThat(decoded.text()).isEqualTo("x\ny\uFFFD\n");
        assertThat(decoded.problems()).extracting(Problem::line, Problem::column, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, 1, "file starts with a UTF-8 byte order mark; remove it"),
                org.assertj.core.groups.Tuple.tuple(2, 2,
                        "invalid UTF-8 byte 0xC3 at byte offset 6; save the file as UTF-8"));
    }

    @Test
    void aNulAfterMultiByteCharactersIsReportedAtItsByteOffset() {
        SourceDecoder.Decoded decoded = SourceDecoder.decode(concat("éé".getBytes(StandardCharsets.UTF_8), bytes(0)));
        assertThat(decoded.text()).isNull();
        assertThat(decoded.problems()).extracting(Problem::message)
                .containsExactly("binary file (NUL byte at byte offset 4), not a text document; not checked");
    }

    @Test
    void utf8ByteOrderMarkIsReportedAndRemoved() {
        SourceDecoder.Decoded decoded = SourceDecoder.decode(concat(bytes(0xEF, 0xBB, 0xBF), "x\n".getBytes(StandardCharsets.US_ASCII)));
        assertThat(decoded.text()).isEqualTo("x\n");
        assertThat(decoded.problems()).extracting(Problem::ruleId, Problem::line, Problem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RuleIds.ENCODING, 1, 1));
        assertThat(decoded.problems().get(0).message()).contains("byte order mark");
    }

    @Test
    void utf16IsReportedAndNotDecoded() {
        SourceDecoder.Decoded decoded = SourceDecoder.decode(concat(bytes(0xFF, 0xFE), "x".getBytes(StandardCharsets.UTF_16LE)));
        assertThat(decoded.text()).isNull();
        assertThat(decoded.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("file is UTF-16 (byte order mark FF FE)"));
    }

    @Test
    void binaryFileIsOneFinding() {
        SourceDecoder.Decoded decoded = SourceDecoder.decode(bytes('P', 'K', 3, 4, 0, 0, 0, 0xFF, 0));
        assertThat(decoded.text()).isNull();
        assertThat(decoded.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("binary file (NUL byte at byte offset 4), not a text document; not checked"));
    }

    @Test
    void utf16WithoutByteOrderMarkIsNamed() {
        SourceDecoder.Decoded decoded = SourceDecoder.decode("Title\n".getBytes(StandardCharsets.UTF_16LE));
        assertThat(decoded.text()).isNull();
        assertThat(decoded.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("file looks like UTF-16 without a byte order mark (NUL byte at byte offset 1); save it as UTF-8"));
    }

    @Test
    void emptyFileIsEmptyText() {
        SourceDecoder.Decoded decoded = SourceDecoder.decode(new byte[0]);
        assertThat(decoded.text()).isEmpty();
        assertThat(decoded.problems()).isEmpty();
    }
}
