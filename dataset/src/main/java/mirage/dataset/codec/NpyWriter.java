package mirage.dataset.codec;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes a float32 array as a NumPy {@code .npy} file, format version 1.0: the magic {@code \x93NUMPY}, version
 * bytes 1 0, a little-endian uint16 header length, then the header dict
 * {@code {'descr': '<f4', 'fortran_order': False, 'shape': (H, W), }} padded with spaces and a final newline so
 * that the data starts at a multiple of 64 bytes, then the values little-endian in row-major (C) order.
 * {@code numpy.load} gives an {@code (H, W)} float32 array.
 */
public final class NpyWriter {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};
    private static final int ALIGN = 64;

    private NpyWriter() {
    }

    /** Writes {@code values} (row-major, {@code height * width}) to {@code out}, which is not closed. */
    public static void write(float[] values, int height, int width, OutputStream out) throws IOException {
        Objects.requireNonNull(values, "values");
        if (height < 1 || width < 1 || values.length != (long) height * width) {
            throw new IllegalArgumentException("values length " + values.length + " != " + height + "*" + width);
        }
        out.write(header(height, width));
        ByteBuffer buf = ByteBuffer.allocate(4 * Math.min(values.length, 1 << 16)).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            if (!buf.hasRemaining()) {
                out.write(buf.array(), 0, buf.position());
                buf.clear();
            }
            buf.putFloat(v);
        }
        out.write(buf.array(), 0, buf.position());
        out.flush();
    }

    static byte[] header(int height, int width) {
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + height + ", " + width + "), }";
        int unpadded = MAGIC.length + 2 + dict.length() + 1;
        int padding = (ALIGN - unpadded % ALIGN) % ALIGN;
        String text = dict + " ".repeat(padding) + "\n";
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer h = ByteBuffer.allocate(MAGIC.length + 2 + bytes.length).order(ByteOrder.LITTLE_ENDIAN);
        h.put(MAGIC).putShort((short) bytes.length).put(bytes);
        return h.array();
    }
}
