package mirage.dataset.codec;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small independent .npy reader, written from the NumPy format specification (numpy.lib.format): magic
 * {@code \x93NUMPY}, major and minor version bytes, a little-endian uint16 header length (version 1.0), an ASCII
 * dict literal with {@code descr}, {@code fortran_order} and {@code shape}, then the raw data. Handles only
 * 2-D little-endian float32 C-order arrays.
 */
final class NpyReader {
    record Array(int rows, int cols, float[] data, int dataOffset) {
    }

    private static final Pattern SHAPE = Pattern.compile("'shape': \\((\\d+), (\\d+)\\)");

    private NpyReader() {
    }

    static Array read(byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] magic = new byte[6];
        b.get(magic);
        if (!"\u0093NUMPY".equals(new String(magic, StandardCharsets.ISO_8859_1))) throw new IOException("bad magic");
        if (b.get() != 1 || b.get() != 0) throw new IOException("expected version 1.0");
        int headerLength = Short.toUnsignedInt(b.getShort());
        byte[] header = new byte[headerLength];
        b.get(header);
        String dict = new String(header, StandardCharsets.US_ASCII);
        if (!dict.endsWith("\n")) throw new IOException("header must end with a newline");
        if (!dict.contains("'descr': '<f4'")) throw new IOException("not little-endian float32: " + dict);
        if (!dict.contains("'fortran_order': False")) throw new IOException("not C order: " + dict);
        Matcher m = SHAPE.matcher(dict);
        if (!m.find()) throw new IOException("no 2-D shape: " + dict);
        int rows = Integer.parseInt(m.group(1));
        int cols = Integer.parseInt(m.group(2));
        int offset = b.position();
        if (b.remaining() != rows * cols * 4) throw new IOException("data size " + b.remaining() + " != shape");
        float[] data = new float[rows * cols];
        for (int i = 0; i < data.length; i++) data[i] = b.getFloat();
        return new Array(rows, cols, data, offset);
    }
}
