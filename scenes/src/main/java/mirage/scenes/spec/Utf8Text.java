package mirage.scenes.spec;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Spec and sweep files are UTF-8 text (as YAML and JSON exchanged between systems must be). Checked before
 * parsing, so a file in another encoding is one error at the first byte that is not UTF-8, with its line, column
 * and byte offset, instead of the parser's own report.
 */
final class Utf8Text {
    private Utf8Text() {}

    /** @throws SpecException naming {@code source} and the first byte that does not decode */
    static void require(byte[] content, String source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(Math.max(16, content.length));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) return;
        int offset = in.position();
        out.flip();
        int line = 1, column = 1;
        while (out.hasRemaining())
            if (out.get() == '\n') {
                line++;
                column = 1;
            } else column++;
        throw new SpecException(source, line, column, "", String.format(
                "not UTF-8 text: byte 0x%02X at byte offset %d does not decode; save the file as UTF-8", content[offset] & 0xff, offset));
    }
}
