package mirage.dataset.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import mirage.annotators.depth.DepthPng;
import mirage.annotators.depth.DepthPng.OverflowPolicy;
import org.junit.jupiter.api.Test;

/** Depth as a 16-bit PNG and as a NumPy array, read back by independent decoders. */
class DepthCodecTest {
    private static final float INF = Float.POSITIVE_INFINITY;

    @Test
    void pngReadsBackWithImageIo() throws IOException {
        float[] z = {0.5f, 1.25f, 0, 60f, 7.0f, INF};
        DepthPng.Encoded e = DepthPng.encode(z, 3, 2, 1.0, OverflowPolicy.ERROR);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PngWriter png = new PngWriter()) {
            png.writeGray16(e.width(), e.height(), e.units(), out);
        }
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(BufferedImage.TYPE_USHORT_GRAY, img.getType());
        Raster r = img.getRaster();
        int[] read = new int[6];
        for (int i = 0; i < 6; i++) read[i] = r.getSample(i % 3, i / 3, 0);
        assertArrayEquals(new int[] {500, 1250, 0, 60000, 7000, 0}, read);
    }

    @Test
    void npyReadsBackBitExact() throws IOException {
        float[] v = {0, 1.5f, -2, Float.NaN, INF, 3.1415927f};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NpyWriter.write(v, 2, 3, out);
        NpyReader.Array a = NpyReader.read(out.toByteArray());
        assertEquals(2, a.rows());
        assertEquals(3, a.cols());
        assertEquals(0, a.dataOffset() % 64, "data aligned to 64 bytes");
        for (int i = 0; i < v.length; i++) assertEquals(Float.floatToRawIntBits(v[i]), Float.floatToRawIntBits(a.data()[i]));
        String header = new String(NpyWriter.header(480, 640), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(header.contains("{'descr': '<f4', 'fortran_order': False, 'shape': (480, 640), }"), header);
    }
}
