package mirage.annotators.normals;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import mirage.annotators.png.PngWriter;
import mirage.core.image.RgbaImage;
import org.junit.jupiter.api.Test;

class NormalsPngTest {
    private static final float NAN = Float.NaN;

    @Test
    void encodingFollowsTheFormula() {
        assertEquals(0, NormalsPng.channel(-1));
        assertEquals(128, NormalsPng.channel(0), "round(127.5) = 128");
        assertEquals(255, NormalsPng.channel(1));
        assertEquals(191, NormalsPng.channel(0.5), "round(191.25)");
    }

    @Test
    void pngReadsBackAndDecodesWithinHalfAStep() throws IOException {
        float s = (float) Math.sqrt(0.5);
        float[] n = {0, 0, -1, 1, 0, 0, 0, -s, -s, 0, 0, 0, NAN, 0, 1, 0, 2, 0};
        RgbaImage img = NormalsPng.encode(n, 3, 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PngWriter png = new PngWriter()) {
            png.writeRgb(img, out);
        }
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        int[] expected = {0x808000, 0xff8080, 0x802525, 0, 0, 0x80ff80};
        for (int p = 0; p < 6; p++) assertEquals(expected[p], read.getRGB(p % 3, p / 3) & 0xffffff, "pixel " + p);
        for (int p : new int[] {0, 1, 2, 5}) {
            int rgb = read.getRGB(p % 3, p / 3);
            double[] decoded = {((rgb >> 16) & 0xff) / 255.0 * 2 - 1, ((rgb >> 8) & 0xff) / 255.0 * 2 - 1,
                    (rgb & 0xff) / 255.0 * 2 - 1};
            double len = Math.sqrt(n[3 * p] * n[3 * p] + n[3 * p + 1] * n[3 * p + 1] + n[3 * p + 2] * n[3 * p + 2]);
            for (int k = 0; k < 3; k++) assertEquals(n[3 * p + k] / len, decoded[k], 1.0 / 255 + 1e-9);
        }
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> NormalsPng.encode(new float[5], 1, 2));
        assertThrows(IllegalArgumentException.class,
                () -> NormalsPng.encode(new float[] {Float.POSITIVE_INFINITY, 0, 0}, 1, 1));
        assertArrayEquals(new byte[] {0, 0, 0, (byte) 255}, NormalsPng.encode(new float[3], 1, 1).rgba());
    }
}
