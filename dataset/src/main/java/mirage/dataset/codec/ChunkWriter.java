package mirage.dataset.codec;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Writes PNG chunks: 4-byte big-endian length, 4-char type, data, CRC-32 over type and data. */
final class ChunkWriter {
    private final CRC32 crc = new CRC32();

    void write(OutputStream out, String type, byte[] data, int length) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        crc.reset();
        crc.update(typeBytes);
        crc.update(data, 0, length);
        writeInt(out, length);
        out.write(typeBytes);
        out.write(data, 0, length);
        writeInt(out, (int) crc.getValue());
    }

    static void writeInt(OutputStream out, int v) throws IOException {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }

    static void putInt(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
    }
}
