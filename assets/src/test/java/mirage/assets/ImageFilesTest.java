package mirage.assets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFilesTest {
    @TempDir
    Path dir;

    @Test
    void rgbaPngIsExact() {
        TextureData t = ImageFiles.read(TestImages.writePng(dir.resolve("rgba.png"), TestImages.argb2x2()));
        assertEquals(2, t.width());
        assertEquals(2, t.height());
        assertArrayEquals(TestImages.RGBA_2X2, t.rgba());
        assertEquals(dir.resolve("rgba.png").toString(), t.source());
    }

    @Test
    void rgbPngIsOpaque() {
        BufferedImage img = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, 0x102030);
        img.setRGB(1, 0, 0xFFFEFD);
        assertArrayEquals(bytes(0x10, 0x20, 0x30, 255, 0xFF, 0xFE, 0xFD, 255), read("rgb.png", img).rgba());
    }

    @Test
    void greyPngKeepsItsValues() {
        BufferedImage img = new BufferedImage(3, 1, BufferedImage.TYPE_BYTE_GRAY);
        img.getRaster().setSamples(0, 0, 3, 1, 0, new int[] {0, 128, 255});
        assertArrayEquals(bytes(0, 0, 0, 255, 128, 128, 128, 255, 255, 255, 255, 255), read("grey.png", img).rgba());
    }

    @Test
    void sixteenBitGreyPngIsScaledTo8Bits() {
        BufferedImage img = new BufferedImage(3, 1, BufferedImage.TYPE_USHORT_GRAY);
        img.getRaster().setSamples(0, 0, 3, 1, 0, new int[] {0, 128 * 257, 65535});
        assertArrayEquals(bytes(0, 0, 0, 255, 128, 128, 128, 255, 255, 255, 255, 255), read("grey16.png", img).rgba());
    }

    @Test
    void greyAlphaPng() {
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), true, false,
                Transparency.TRANSLUCENT, DataBuffer.TYPE_BYTE);
        WritableRaster raster = cm.createCompatibleWritableRaster(2, 1);
        raster.setPixels(0, 0, 2, 1, new int[] {100, 50, 200, 255});
        BufferedImage img = new BufferedImage(cm, raster, false, null);
        assertArrayEquals(bytes(100, 100, 100, 50, 200, 200, 200, 255), read("greyalpha.png", img).rgba());
    }

    @Test
    void palettedPng() {
        IndexColorModel palette = new IndexColorModel(2, 3, bytes(255, 0, 10), bytes(0, 255, 20), bytes(0, 0, 30));
        BufferedImage img = new BufferedImage(3, 1, BufferedImage.TYPE_BYTE_BINARY, palette);
        img.getRaster().setSamples(0, 0, 3, 1, 0, new int[] {2, 0, 1});
        assertArrayEquals(bytes(10, 20, 30, 255, 255, 0, 0, 255, 0, 255, 0, 255), read("paletted.png", img).rgba());
    }

    @Test
    void rgbJpegIsCloseToItsSource() {
        BufferedImage img = new BufferedImage(16, 8, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 8; y++) for (int x = 0; x < 16; x++) img.setRGB(x, y, 0xC86432);
        TextureData t = ImageFiles.read(TestModels.write(dir.resolve("flat.jpg"), TestImages.encode(img, "jpeg")));
        assertEquals(16, t.width());
        assertEquals(8, t.height());
        for (int i = 0; i < 16 * 8; i++) {
            assertEquals(0xC8, t.rgba()[4 * i] & 0xff, 3);
            assertEquals(0x64, t.rgba()[4 * i + 1] & 0xff, 3);
            assertEquals(0x32, t.rgba()[4 * i + 2] & 0xff, 3);
            assertEquals(255, t.rgba()[4 * i + 3] & 0xff);
        }
    }

    @Test
    void greyJpegIsNotGammaShifted() {
        BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
        int[] v = new int[64];
        Arrays.fill(v, 128);
        img.getRaster().setSamples(0, 0, 8, 8, 0, v);
        TextureData t = ImageFiles.read(TestModels.write(dir.resolve("grey.jpeg"), TestImages.encode(img, "jpeg")));
        for (int i = 0; i < 64; i++) {
            assertEquals(128, t.rgba()[4 * i] & 0xff, 1);
            assertEquals(t.rgba()[4 * i], t.rgba()[4 * i + 2]);
        }
    }

    @Test
    void decodeEmbeddedBytesNamesTheOwner() {
        TextureData t = ImageFiles.decode(TestImages.encode(TestImages.argb2x2(), "png"), dir.resolve("m.glb"), "embedded-3");
        assertEquals(dir.resolve("m.glb") + "#embedded-3", t.source());
        assertArrayEquals(TestImages.RGBA_2X2, t.rgba());
        AssetException e = assertThrows(AssetException.class, () -> ImageFiles.decode(new byte[] {1, 2, 3}, dir.resolve("m.glb"), "embedded-3"));
        assertEquals(dir.resolve("m.glb") + ": embedded-3: is not a PNG or JPEG image (no decoder recognises it)", e.getMessage());
    }

    @Test
    void notAnImage() {
        Path f = TestModels.write(dir.resolve("text.png"), "hello");
        assertEquals(f + ": is not a PNG or JPEG image (no decoder recognises it)", failure(f));
    }

    @Test
    void corruptPngBody() {
        byte[] png = TestImages.encode(TestImages.argb2x2(), "png");
        Arrays.fill(png, 40, png.length, (byte) 0x33);
        Path f = TestModels.write(dir.resolve("corrupt.png"), png);
        assertTrue(failure(f).startsWith(f + ": is corrupt or unsupported: "), failure(f));
    }

    @Test
    void truncatedPng() {
        byte[] png = TestImages.encode(noise(64, 64), "png");
        Path f = TestModels.write(dir.resolve("truncated.png"), Arrays.copyOf(png, png.length / 2));
        assertTrue(failure(f).startsWith(f + ": is corrupt or unsupported: its PNG chunk at byte "), failure(f));
        assertTrue(failure(f).endsWith(" runs past the end of the data (cut short?)"), failure(f));
    }

    /** A JPEG decoder only warns at a premature end and fills the missing rows with grey: refused before decoding. */
    @Test
    void halfAJpegIsTruncatedForCheckReadAndDecode() {
        byte[] jpeg = TestImages.encode(noise(64, 64), "jpg");
        byte[] half = Arrays.copyOf(jpeg, jpeg.length / 2);
        Path f = TestModels.write(dir.resolve("half.jpg"), half);
        String problem = "is truncated: its JPEG data ends before the end-of-image marker";
        assertEquals(f + ": " + problem, failure(f));
        assertEquals(f + ": " + problem, assertThrows(AssetException.class, () -> ImageFiles.check(f)).getMessage());
        Path owner = dir.resolve("m.glb");
        assertEquals(owner + ": embedded-0: " + problem,
                assertThrows(AssetException.class, () -> ImageFiles.decode(half, owner, "embedded-0")).getMessage());
    }

    /** A whole, small JPEG whose frame header is edited to claim 8000 x 8000: too little data for that many blocks. */
    @Test
    void aJpegHeaderClaimingFarMorePixelsThanItsDataHoldsIsRefusedWithoutDecoding() {
        byte[] jpeg = TestImages.encode(noise(64, 64), "jpg");
        int sof = 0;
        while (!((jpeg[sof] & 0xff) == 0xFF && (jpeg[sof + 1] & 0xff) == 0xC0)) sof++;
        jpeg[sof + 5] = (byte) (8000 >> 8);
        jpeg[sof + 6] = (byte) 8000;
        jpeg[sof + 7] = (byte) (8000 >> 8);
        jpeg[sof + 8] = (byte) 8000;
        Path f = TestModels.write(dir.resolve("claims.jpg"), jpeg);
        String message = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(2),
                () -> assertThrows(AssetException.class, () -> ImageFiles.check(f))).getMessage();
        assertTrue(message.startsWith(f + ": is truncated or its header is wrong: "), message);
        assertEquals(message, failure(f));
    }

    @Test
    void checkReadsTheHeaderOnly() {
        Path f = TestModels.write(dir.resolve("n.jpg"), TestImages.encode(noise(48, 20), "jpg"));
        assertEquals(new ImageHeader(48, 20, f.toString()), ImageFiles.check(f));
    }

    @Test
    void emptyFile() {
        Path f = TestModels.write(dir.resolve("empty.jpg"), new byte[0]);
        assertEquals(f + ": is not a PNG or JPEG image (no decoder recognises it)", failure(f));
    }

    @Test
    void missingAndFolder() throws Exception {
        assertEquals(dir.resolve("none.png") + ": does not exist", failure(dir.resolve("none.png")));
        Path folder = Files.createDirectory(dir.resolve("folder.png"));
        assertEquals(folder + ": is not a regular file", failure(folder));
    }

    @Test
    void tooWide() {
        BufferedImage img = new BufferedImage(ImageFiles.MAX_SIDE + 1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Path f = TestImages.writePng(dir.resolve("wide.png"), img);
        assertEquals(f + ": image size 16385x1 is outside 1..16384 per side", failure(f));
    }

    @Test
    void listIsSortedByNameAndFiltersExtensions() throws Exception {
        for (String name : List.of("b.png", "a.JPG", "c.jpeg", "notes.txt", "d.gif", "e.png.bak"))
            TestModels.write(dir.resolve(name), "x");
        Files.createDirectory(dir.resolve("f.png"));
        assertEquals(List.of(dir.resolve("a.JPG"), dir.resolve("b.png"), dir.resolve("c.jpeg")), ImageFiles.list(dir));
    }

    @Test
    void listOfMissingOrImagelessFolder() throws Exception {
        Path missing = dir.resolve("missing");
        assertEquals(missing + ": is not an existing folder", assertThrows(AssetException.class, () -> ImageFiles.list(missing)).getMessage());
        Path empty = Files.createDirectory(dir.resolve("empty"));
        TestModels.write(empty.resolve("readme.txt"), "no images");
        assertEquals(empty + ": contains no .png, .jpg or .jpeg images", assertThrows(AssetException.class, () -> ImageFiles.list(empty)).getMessage());
    }

    private TextureData read(String name, BufferedImage img) {
        return ImageFiles.read(TestImages.writePng(dir.resolve(name), img));
    }

    private static String failure(Path f) {
        return assertThrows(AssetException.class, () -> ImageFiles.read(f)).getMessage();
    }

    private static BufferedImage noise(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        java.util.Random r = new java.util.Random(7);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) img.setRGB(x, y, r.nextInt());
        return img;
    }

    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) b[i] = (byte) v[i];
        return b;
    }
}
