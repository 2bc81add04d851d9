package mirage.dataset.codec;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import mirage.core.image.RgbaImage;

/**
 * A minimal PNG encoder: IHDR, IDAT, IEND, non-interlaced, filter type Up on every row, one {@link Deflater}
 * reused across images. Rows are written top row first, as stored (origin top-left). Writes 8-bit RGB, 8-bit
 * greyscale and 16-bit greyscale. Not thread-safe: use one instance per thread; {@link #close()} frees the deflater.
 * The output stream is never closed by this class.
 */
public final class PngWriter implements AutoCloseable {
    /** Deflate level used by {@link #PngWriter()}: fastest that still compresses well with the Up filter. */
    public static final int DEFAULT_LEVEL = 1;
    private static final byte[] SIGNATURE = {(byte) 137, 'P', 'N', 'G', '\r', '\n', 26, '\n'};
    private static final int COLOR_GREY = 0;
    private static final int COLOR_RGB = 2;
    private static final int FILTER_UP = 2;

    private final Deflater deflater;
    private final ChunkWriter chunks = new ChunkWriter();

    public PngWriter() {
        this(DEFAULT_LEVEL);
    }

    /** @param level deflate level 0 (stored) .. 9 (smallest) */
    public PngWriter(int level) {
        if (level < 0 || level > 9) throw new IllegalArgumentException("deflate level must be 0..9: " + level);
        deflater = new Deflater(level);
    }

    /** Writes the image as 8-bit RGB; alpha is dropped. */
    public void writeRgb(RgbaImage image, OutputStream out) throws IOException {
        int w = image.width();
        byte[] rgba = image.rgba();
        writeImage(out, w, image.height(), 8, COLOR_RGB, Math.multiplyExact(w, 3), (row, dst) -> {
            for (int col = 0, s = row * w * 4, d = 0; col < w; col++, s += 4, d += 3) {
                dst[d] = rgba[s];
                dst[d + 1] = rgba[s + 1];
                dst[d + 2] = rgba[s + 2];
            }
        });
    }

    /**
     * Writes {@code values} (row-major, {@code width * height}, each 0..65535) as 16-bit greyscale.
     *
     * @throws IllegalArgumentException if the size does not match or a value is outside 0..65535; nothing is
     *     written then
     */
    public void writeGray16(int width, int height, int[] values, OutputStream out) throws IOException {
        checkGray16(width, height, values);
        writeImage(out, width, height, 16, COLOR_GREY, Math.multiplyExact(width, 2), (row, dst) -> {
            for (int col = 0, s = row * width, d = 0; col < width; col++, s++, d += 2) {
                dst[d] = (byte) (values[s] >>> 8);
                dst[d + 1] = (byte) values[s];
            }
        });
    }

    /**
     * Writes {@code values} (row-major, {@code width * height} unsigned bytes) as 8-bit greyscale.
     *
     * @throws IllegalArgumentException if the size does not match; nothing is written then
     */
    public void writeGray8(int width, int height, byte[] values, OutputStream out) throws IOException {
        Objects.requireNonNull(values, "values");
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("size must be positive: " + width + "x" + height);
        if (values.length != Math.multiplyExact(width, height))
            throw new IllegalArgumentException("values length " + values.length + " != " + width + "*" + height);
        writeImage(out, width, height, 8, COLOR_GREY, width, (row, dst) -> System.arraycopy(values, row * width, dst, 0, width));
    }

    private static void checkGray16(int width, int height, int[] values) {
        Objects.requireNonNull(values, "values");
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("size must be positive: " + width + "x" + height);
        if (values.length != Math.multiplyExact(width, height)) {
            throw new IllegalArgumentException("values length " + values.length + " != " + width + "*" + height);
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0 || values[i] > 0xffff) {
                throw new IllegalArgumentException("value " + values[i] + " at (x=" + i % width + ", y=" + i / width
                        + ") is outside 0..65535");
            }
        }
    }

    /** Fills {@code dst} with the unfiltered bytes of one row. */
    private interface RowSource {
        void row(int row, byte[] dst);
    }

    private void writeImage(OutputStream out, int w, int h, int bitDepth, int colorType, int stride, RowSource rows)
            throws IOException {
        out.write(SIGNATURE);
        writeHeader(out, w, h, bitDepth, colorType);
        IdatOutputStream idat = new IdatOutputStream(out, chunks);
        try {
            DeflaterOutputStream z = new DeflaterOutputStream(idat, deflater, IdatOutputStream.CHUNK_SIZE);
            writeRows(z, h, stride, rows);
            z.finish();
            idat.flush();
        } finally {
            deflater.reset();
        }
        chunks.write(out, "IEND", new byte[0], 0);
    }

    private static void writeRows(OutputStream z, int h, int stride, RowSource rows) throws IOException {
        byte[] prev = new byte[stride];
        byte[] cur = new byte[stride];
        byte[] filtered = new byte[stride + 1];
        filtered[0] = FILTER_UP;
        for (int row = 0; row < h; row++) {
            rows.row(row, cur);
            for (int i = 0; i < stride; i++) filtered[i + 1] = (byte) (cur[i] - prev[i]);
            z.write(filtered);
            byte[] t = prev;
            prev = cur;
            cur = t;
        }
    }

    private void writeHeader(OutputStream out, int w, int h, int bitDepth, int colorType) throws IOException {
        byte[] ihdr = new byte[13];
        ChunkWriter.putInt(ihdr, 0, w);
        ChunkWriter.putInt(ihdr, 4, h);
        ihdr[8] = (byte) bitDepth;
        ihdr[9] = (byte) colorType;
        // bytes 10..12: compression 0 (deflate), filter method 0, interlace 0 (none)
        chunks.write(out, "IHDR", ihdr, 13);
    }

    /** Frees the native deflater; the writer cannot be used afterwards. */
    @Override
    public void close() {
        deflater.end();
    }
}
