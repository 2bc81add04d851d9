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
