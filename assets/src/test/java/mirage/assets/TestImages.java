package mirage.assets;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Small images with known pixels, encoded with ImageIO (for tests). */
public final class TestImages {
    /** Row-major ARGB of {@link #argb2x2()}: red, green / blue, white at alpha 128. */
    public static final int[] PIXELS_2X2 = {0xFFFF0000, 0xFF00FF00, 0xFF0000FF, 0x80FFFFFF};
    /** The same pixels as RGBA bytes. */
    public static final byte[] RGBA_2X2 = {
        (byte) 255, 0, 0, (byte) 255, 0, (byte) 255, 0, (byte) 255,
        0, 0, (byte) 255, (byte) 255, (byte) 255, (byte) 255, (byte) 255, (byte) 128};

    private TestImages() {
    }

    public static BufferedImage argb2x2() {
        BufferedImage img = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, 2, 2, PIXELS_2X2, 0, 2);
        return img;
    }

    /** Encodes with ImageIO ("png" or "jpeg"). */
    public static byte[] encode(BufferedImage img, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, format, out)) throw new IllegalStateException("no ImageIO writer for " + format + " / " + img.getType());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static Path writePng(Path file, BufferedImage img) {
        return TestModels.write(file, encode(img, "png"));
    }
}
