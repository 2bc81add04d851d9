package mirage.dataset.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Random;
import javax.imageio.ImageIO;
import mirage.core.image.RgbaImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every pixel written is read back exactly by the JDK's PNG reader. */
class PngWriterTest {
    private static final int[][] SIZES = {{1, 1}, {1, 9}, {9, 1}, {3, 2}, {17, 5}, {64, 33}, {101, 7}, {333, 211}};

    @BeforeAll
    static void noImageIoCache() {
        ImageIO.setUseCache(false);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 6, 9})
    void rgbRoundTripsExactly(int level) throws IOException {
        Random rnd = new Random(7 + level);
        try (PngWriter writer = new PngWriter(level)) {
            for (int[] s : SIZES) {
                for (boolean noisy : new boolean[] {false, true}) {
                    RgbaImage image = rgbImage(rnd, s[0], s[1], noisy);
                    BufferedImage read = read(encodeRgb(writer, image));
                    assertEquals(s[0], read.getWidth());
                    assertEquals(s[1], read.getHeight());
                    assertEquals(3, read.getColorModel().getNumComponents(), "no alpha channel");
                    for (int y = 0; y < s[1]; y++) {
                        for (int x = 0; x < s[0]; x++) {
                            assertEquals(image.rgb(x, y), read.getRGB(x, y) & 0xffffff,
                                    "pixel (" + x + ", " + y + ") of " + s[0] + "x" + s[1]);
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 6, 9})
    void gray16RoundTripsExactly(int level) throws IOException {
        Random rnd = new Random(11 + level);
        try (PngWriter writer = new PngWriter(level)) {
            for (int[] s : SIZES) {
                int w = s[0], h = s[1];
                int[] values = new int[w * h];
                for (int i = 0; i < values.length; i++) {
                    values[i] = switch (i % 4) {
                        case 0 -> rnd.nextInt(65536);
                        case 1 -> 65535;
                        case 2 -> i / w;
                        default -> 0;
                    };
                }
                BufferedImage read = read(encodeGray16(writer, w, h, values));
                assertEquals(BufferedImage.TYPE_USHORT_GRAY, read.getType());
                assertEquals(w, read.getWidth());
                assertEquals(h, read.getHeight());
                Raster raster = read.getRaster();
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        assertEquals(values[y * w + x], raster.getSample(x, y, 0), "pixel (" + x + ", " + y + ")");
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 9})
    void gray8RoundTripsExactly(int level) throws IOException {
        Random rnd = new Random(23 + level);
        try (PngWriter writer = new PngWriter(level)) {
            for (int[] s : SIZES) {
                int w = s[0], h = s[1];
                byte[] values = new byte[w * h];
                rnd.nextBytes(values);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                writer.writeGray8(w, h, values, out);
                BufferedImage read = read(out.toByteArray());
                assertEquals(BufferedImage.TYPE_BYTE_GRAY, read.getType());
                Raster raster = read.getRaster();
                for (int y = 0; y < h; y++)
                    for (int x = 0; x < w; x++)
                        assertEquals(values[y * w + x] & 0xff, raster.getSample(x, y, 0), "pixel (" + x + ", " + y + ")");
            }
        }
    }

    @Test
    void headerAndChunkLayout() throws IOException {
        byte[] png;
        try (PngWriter writer = new PngWriter()) {
            png = encodeGray16(writer, 5, 3, new int[15]);
        }
        ByteBuffer b = ByteBuffer.wrap(png);
        assertArrayEquals(new byte[] {(byte) 137, 'P', 'N', 'G', '\r', '\n', 26, '\n'},
                java.util.Arrays.copyOf(png, 8));
        assertEquals(13, b.getInt(8));
        assertEquals("IHDR", new String(png, 12, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(5, b.getInt(16));
        assertEquals(3, b.getInt(20));
        assertEquals(16, png[24]);
        assertEquals(0, png[25]);
        assertEquals("IEND", new String(png, png.length - 8, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void largeImageSpansSeveralIdatChunks() throws IOException {
        RgbaImage image = rgbImage(new Random(3), 400, 300, true);
        byte[] png;
        try (PngWriter writer = new PngWriter(0)) {
            png = encodeRgb(writer, image);
        }
        assertTrue(countChunks(png, "IDAT") > 1);
        BufferedImage read = read(png);
        for (int y = 0; y < 300; y += 7) for (int x = 0; x < 400; x += 3) {
            assertEquals(image.rgb(x, y), read.getRGB(x, y) & 0xffffff);
        }
    }

    @Test
    void reusedWriterIsDeterministicAndLevelMatters() throws IOException {
        RgbaImage image = rgbImage(new Random(5), 64, 48, false);
        try (PngWriter fast = new PngWriter(); PngWriter stored = new PngWriter(0)) {
            byte[] first = encodeRgb(fast, image);
            encodeRgb(fast, rgbImage(new Random(6), 10, 10, true));
            assertArrayEquals(first, encodeRgb(fast, image));
            assertTrue(encodeRgb(stored, image).length > first.length, "level 0 stores, level 1 compresses");
        }
    }

    @Test
    void gray16RejectsOutOfRangeValuesNamingThem() {
        try (PngWriter writer = new PngWriter()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> writer.writeGray16(3, 2, new int[] {0, 1, 2, 3, 65536, 5}, out));
            assertTrue(e.getMessage().contains("value 65536 at (x=1, y=1)"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class,
                    () -> writer.writeGray16(2, 1, new int[] {-1, 0}, out));
            assertTrue(e.getMessage().contains("value -1"), e.getMessage());
            assertEquals(0, out.size(), "nothing written on rejection");
            assertThrows(IllegalArgumentException.class, () -> writer.writeGray16(2, 2, new int[3], out));
        }
    }

    @Test
    void rejectsBadLevel() {
        assertThrows(IllegalArgumentException.class, () -> new PngWriter(10));
        assertThrows(IllegalArgumentException.class, () -> new PngWriter(-1));
    }

    private static RgbaImage rgbImage(Random rnd, int w, int h, boolean noisy) {
        byte[] rgba = new byte[w * h * 4];
        for (int y = 0, i = 0; y < h; y++) {
            for (int x = 0; x < w; x++, i += 4) {
                rgba[i] = (byte) (noisy ? rnd.nextInt(256) : x * 7);
                rgba[i + 1] = (byte) (noisy ? rnd.nextInt(256) : y * 5);
                rgba[i + 2] = (byte) (noisy ? rnd.nextInt(256) : (x ^ y));
                rgba[i + 3] = (byte) rnd.nextInt(256);
            }
        }
        return new RgbaImage(w, h, rgba);
    }

    private static byte[] encodeRgb(PngWriter writer, RgbaImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeRgb(image, out);
        return out.toByteArray();
    }

    private static byte[] encodeGray16(PngWriter writer, int w, int h, int[] values) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeGray16(w, h, values, out);
        return out.toByteArray();
    }

    private static BufferedImage read(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        if (image == null) throw new IOException("ImageIO could not read the PNG");
        return image;
    }

    private static int countChunks(byte[] png, String type) {
        ByteBuffer b = ByteBuffer.wrap(png);
        int count = 0;
        for (int pos = 8; pos < png.length; ) {
            int len = b.getInt(pos);
            if (new String(png, pos + 4, 4, java.nio.charset.StandardCharsets.US_ASCII).equals(type)) count++;
            pos += 12 + len;
        }
        return count;
    }
}
