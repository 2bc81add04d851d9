package mirage.dataset.codec;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.ImageIO;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import mirage.core.image.RgbaImage;

/**
 * Writes baseline JPEG (8-bit YCbCr, JFIF header, no other metadata) with the JDK's own ImageIO JPEG writer, picked
 * by name so that another plugin on the classpath (TwelveMonkeys) cannot change the bytes. Alpha is dropped.
 * Huffman tables are optimised per image (still baseline), which makes files smaller. The same pixels and quality
 * give the same bytes. Thread-safe: each call uses its own writer.
 */
public final class JpegWriter {
    private static final String JDK_WRITER = "com.sun.imageio.plugins.jpeg.JPEGImageWriter";

    private JpegWriter() {
    }

    /**
     * Encodes the image's RGB at {@code quality} 1..100 (the IJG scale: 100 is the finest quantisation) to
     * {@code out}, which is flushed, not closed.
     */
    public static void write(RgbaImage image, int quality, OutputStream out) throws IOException {
        if (quality < 1 || quality > 100) throw new IllegalArgumentException("jpeg quality must be 1..100: " + quality);
        ImageWriter writer = jdkWriter();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            JPEGImageWriteParam param = new JPEGImageWriteParam(null);
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality / 100f);
            param.setOptimizeHuffmanTables(true);
            param.setProgressiveMode(ImageWriteParam.MODE_DISABLED);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(toBgr(image), null, null), param);
            stream.flush();
        } finally {
            writer.dispose();
        }
        out.flush();
    }

    private static ImageWriter jdkWriter() throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        while (writers.hasNext()) {
            ImageWriter w = writers.next();
            if (w.getClass().getName().equals(JDK_WRITER)) return w;
            w.dispose();
        }
        throw new IOException("the JDK's ImageIO JPEG writer is not available");
    }

    /** The RGB as a 3-byte BGR image, the layout the JDK writer encodes without conversion. */
    private static BufferedImage toBgr(RgbaImage image) {
        BufferedImage bgr = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_3BYTE_BGR);
        byte[] dst = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
        byte[] src = image.rgba();
        for (int s = 0, d = 0; s < src.length; s += 4, d += 3) {
            dst[d] = src[s + 2];
            dst[d + 1] = src[s + 1];
            dst[d + 2] = src[s];
        }
        return bgr;
    }
}
