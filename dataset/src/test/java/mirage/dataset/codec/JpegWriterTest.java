package mirage.dataset.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import mirage.core.image.Images;
import mirage.core.image.RgbaImage;
import org.junit.jupiter.api.Test;

class JpegWriterTest {
    /** A smooth gradient with a sharp square and some texture: what a render looks like, roughly. */
    static RgbaImage scene(int w, int h) {
        RgbaImage img = Images.flat(w, h, 0, 0, 0, 255);
        RgbaImage texture = Images.random(w, h, 17);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean square = x > w / 4 && x < w / 2 && y > h / 4 && y < h * 3 / 4;
                int t = Images.at(texture, x, y, 0) / 16;
                Images.set(img, x, y, square ? 230 : x * 255 / w, square ? 40 : y * 255 / h, 128 + t);
            }
        }
        return img;
    }

    static byte[] jpeg(RgbaImage img, int quality) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JpegWriter.write(img, quality, out);
        return out.toByteArray();
    }

    static double meanAbsError(RgbaImage src, byte[] jpeg) throws IOException {
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(jpeg));
        double sum = 0;
        for (int y = 0; y < src.height(); y++) {
            for (int x = 0; x < src.width(); x++) {
                int rgb = back.getRGB(x, y);
                for (int c = 0; c < 3; c++) sum += Math.abs((rgb >> (16 - 8 * c) & 0xff) - Images.at(src, x, y, c));
            }
        }
        return sum / (src.width() * src.height() * 3);
    }

    @Test
    void decodesToTheRightSize() throws IOException {
        RgbaImage img = scene(70, 45);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(jpeg(img, 90)));
        assertNotNull(back);
        assertEquals(70, back.getWidth());
        assertEquals(45, back.getHeight());
    }

    @Test
    void higherQualityIsCloserToTheSource() throws IOException {
        RgbaImage img = scene(96, 64);
        double fine = meanAbsError(img, jpeg(img, 95));
        double coarse = meanAbsError(img, jpeg(img, 10));
        assertTrue(fine < coarse, "quality 95 error " + fine + " vs quality 10 error " + coarse);
        assertTrue(fine < 3, "quality 95 is close: " + fine);
        assertTrue(jpeg(img, 95).length > jpeg(img, 10).length);
    }

    @Test
    void sameInputSameBytesAndAlphaIsDropped() throws IOException {
        RgbaImage img = scene(40, 30);
        byte[] first = jpeg(img, 80);
        assertArrayEquals(first, jpeg(img, 80));
        byte[] transparent = img.rgba().clone();
        for (int p = 3; p < transparent.length; p += 4) transparent[p] = 0;
        assertArrayEquals(first, jpeg(new RgbaImage(40, 30, transparent), 80));
    }

    @Test
    void isBaselineJfif() throws IOException {
        byte[] b = jpeg(scene(16, 16), 75);
        assertEquals(0xFF, b[0] & 0xff);
        assertEquals(0xD8, b[1] & 0xff);
        assertTrue(hasMarker(b, 0xC0), "SOF0 (baseline)");
        assertFalse(hasMarker(b, 0xC2), "no SOF2 (progressive)");
        assertTrue(hasMarker(b, 0xE0), "JFIF APP0");
        assertFalse(hasMarker(b, 0xE1), "no EXIF");
    }

    /** Markers cannot occur inside entropy-coded data (0xFF is stuffed there), so a byte scan finds only markers. */
    static boolean hasMarker(byte[] b, int marker) {
        for (int i = 0; i + 1 < b.length; i++) if ((b[i] & 0xff) == 0xFF && (b[i + 1] & 0xff) == marker) return true;
        return false;
    }

    @Test
    void qualityOutsideOneToHundredIsRefused() {
        RgbaImage img = scene(8, 8);
        assertThrows(IllegalArgumentException.class, () -> jpeg(img, 0));
        assertThrows(IllegalArgumentException.class, () -> jpeg(img, 101));
    }
}
