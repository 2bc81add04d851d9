package mirage.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Environment maps: broken, missing, mis-shaped and huge files each give one message naming the file and the problem. */
class HdrFilesTest {
    @TempDir Path dir;

    static byte[] radianceHeader(int w, int h) {
        return ("#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\n-Y " + h + " +X " + w + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** A w x h map of one RGBE value (run-length encoded scanlines: a run of w per channel). */
    static byte[] uniformRadiance(int w, int h) {
        byte[] head = radianceHeader(w, h);
        byte[] out = Arrays.copyOf(head, head.length + h * 12);
        for (int y = 0; y < h; y++) {
            int o = head.length + 12 * y;
            byte[] line = {2, 2, (byte) (w >> 8), (byte) w, (byte) (128 + w), (byte) 128, (byte) (128 + w), (byte) 64,
                    (byte) (128 + w), 32, (byte) (128 + w), (byte) 129};
            System.arraycopy(line, 0, out, o, 12);
        }
        return out;
    }

    String problem(String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        AssetException e = assertThrows(AssetException.class, () -> HdrFiles.read(f));
        assertTrue(e.getMessage().startsWith(f.toString() + ": "), e.getMessage());
        return e.getMessage().substring(f.toString().length() + 2);
    }

    @Test
    void readsARadianceMap() throws IOException {
        Path f = dir.resolve("ok.hdr");
        Files.write(f, uniformRadiance(16, 8));
        HdrImage img = HdrFiles.read(f);
        assertEquals(16, img.width());
        assertEquals(8, img.height());
        assertEquals(1.0f, img.rgb()[0]);      // 128 x 2^(129 - 128 - 8)
        assertEquals(0.5f, img.rgb()[1]);
        assertEquals(0.25f, img.rgb()[3 * 127 + 2]);
    }

    @Test
    void readsAFlatRadianceMap() throws IOException {
        byte[] head = radianceHeader(4, 2);
        byte[] flat = Arrays.copyOf(head, head.length + 32);
        for (int i = 0; i < 8; i++) {
            int o = head.length + 4 * i;
            flat[o] = (byte) 128;
            flat[o + 1] = (byte) (16 * i);
            flat[o + 2] = 0;
            flat[o + 3] = (byte) 130;   // x 2^(130 - 136) = / 64
        }
        Path f = dir.resolve("flat.hdr");
        Files.write(f, flat);
        HdrImage img = HdrFiles.read(f);
        for (int i = 0; i < 8; i++) {
            assertEquals(2f, img.rgb()[3 * i]);
            assertEquals(16 * i / 64f, img.rgb()[3 * i + 1]);
        }
        assertTrue(problem("flat-cut.hdr", Arrays.copyOf(flat, flat.length - 3)).contains("the data ends after"));
    }

    /** A single-part scanline OpenEXR file, no compression, FLOAT channels B, G, R, one scanline per chunk. */
    static byte[] exr(int w, int h, float[] rgb) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4096 + 16 * w * h).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {0x76, 0x2f, 0x31, 0x01}).putInt(2);
        attribute(b, "channels", "chlist", 3 * 18 + 1);
        for (String c : new String[] {"B", "G", "R"}) {
            b.put(c.getBytes(StandardCharsets.US_ASCII)).put((byte) 0).putInt(2).put(new byte[4]).putInt(1).putInt(1);
        }
        b.put((byte) 0);
        attribute(b, "compression", "compression", 1);
        b.put((byte) 0);
        attribute(b, "dataWindow", "box2i", 16);
        b.putInt(0).putInt(0).putInt(w - 1).putInt(h - 1);
        attribute(b, "displayWindow", "box2i", 16);
        b.putInt(0).putInt(0).putInt(w - 1).putInt(h - 1);
        attribute(b, "lineOrder", "lineOrder", 1);
        b.put((byte) 0);
        attribute(b, "pixelAspectRatio", "float", 4);
        b.putFloat(1);
        attribute(b, "screenWindowCenter", "v2f", 8);
        b.putFloat(0).putFloat(0);
        attribute(b, "screenWindowWidth", "float", 4);
        b.putFloat(1);
        b.put((byte) 0);
        long first = b.position() + 8L * h;
        for (int y = 0; y < h; y++) b.putLong(first + (long) y * (8 + 12 * w));
        for (int y = 0; y < h; y++) {
            b.putInt(y).putInt(12 * w);
            for (int c = 2; c >= 0; c--)
                for (int x = 0; x < w; x++) b.putFloat(rgb[3 * (y * w + x) + c]);
        }
        return Arrays.copyOf(b.array(), b.position());
    }

    private static void attribute(java.nio.ByteBuffer b, String name, String type, int size) {
        b.put(name.getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put(type.getBytes(StandardCharsets.US_ASCII)).put((byte) 0).putInt(size);
    }

    @Test
    void readsAnOpenExrMap() throws IOException {
        int w = 8, h = 4;
        float[] rgb = new float[3 * w * h];
        for (int i = 0; i < rgb.length; i++) rgb[i] = i * 0.25f;
        Path f = dir.resolve("sky.exr");
        Files.write(f, exr(w, h, rgb));
        HdrImage img = HdrFiles.read(f);
        assertEquals(w, img.width());
        assertEquals(h, img.height());
        assertTrue(Arrays.equals(rgb, img.rgb()), Arrays.toString(img.rgb()));
        rgb[7] = -1;
        assertTrue(problem("negative.exr", exr(w, h, rgb)).contains("holds a negative, infinite or NaN value"));
        assertTrue(problem("square.exr", exr(4, 4, new float[48])).contains("twice as wide as high"));
        byte[] whole = exr(w, h, new float[3 * w * h]);
        assertTrue(problem("cut.exr", Arrays.copyOf(whole, whole.length - 40)).contains("cannot be decoded"));
    }

    @Test
    void brokenFilesGiveOneClearError() throws IOException {
        Path missing = dir.resolve("missing.hdr");
        AssetException e = assertThrows(AssetException.class, () -> HdrFiles.check(missing));
        assertEquals(missing + ": does not exist", e.getMessage());
        assertTrue(problem("text.hdr", "hello".getBytes()).contains("not a Radiance .hdr file"));
        assertTrue(problem("square.hdr", uniformRadiance(8, 8)).contains("twice as wide as high"));
        assertTrue(problem("huge.hdr", radianceHeader(65536, 32768)).contains("larger than the limit"));
        assertTrue(problem("header.hdr", "#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\nnonsense\n".getBytes()).contains("broken Radiance header"));
        byte[] ok = uniformRadiance(16, 8);
        assertTrue(problem("cut.hdr", Arrays.copyOf(ok, ok.length - 20)).contains("cannot be decoded"));
        assertTrue(problem("text.exr", "hello".getBytes()).contains("not an OpenEXR file"));
        byte[] exr = {0x76, 0x2f, 0x31, 0x01, 2, 0, 0, 0, 'x', 0, 0, 0};
        assertTrue(problem("bad.exr", exr).contains("broken OpenEXR header"));
        assertTrue(problem("image.png", ok).contains("not a .hdr or .exr"));
    }
}
