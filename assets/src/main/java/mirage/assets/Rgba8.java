package mirage.assets;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * Converts a decoded {@link BufferedImage} into tightly packed RGBA8 bytes, row 0 = top row. Colour images go
 * through {@code getRGB} (exact for sRGB and paletted images); grey images are read from the raster directly,
 * because {@code getRGB} would treat Java's linear grey colour space as linear and re-encode it, brightening it.
 */
final class Rgba8 {
    private Rgba8() {
    }

    static byte[] of(BufferedImage image) {
        ColorSpace cs = image.getColorModel().getColorSpace();
        return cs.getType() == ColorSpace.TYPE_GRAY ? fromGrey(image) : fromRgb(image);
    }

    private static byte[] fromRgb(BufferedImage image) {
        int w = image.getWidth(), h = image.getHeight();
        byte[] out = new byte[w * h * 4];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0, o = y * w * 4; x < w; x++, o += 4) {
                int argb = row[x];
                out[o] = (byte) (argb >>> 16);
                out[o + 1] = (byte) (argb >>> 8);
                out[o + 2] = (byte) argb;
                out[o + 3] = (byte) (argb >>> 24);
            }
        }
        return out;
    }

    /** Grey or grey+alpha, any bit depth up to 16: samples are rescaled to 8 bits with rounding. */
    private static byte[] fromGrey(BufferedImage image) {
        Raster raster = image.getRaster();
        int w = image.getWidth(), h = image.getHeight(), bands = raster.getNumBands();
        int greyMax = (1 << raster.getSampleModel().getSampleSize(0)) - 1;
        int alphaMax = bands > 1 ? (1 << raster.getSampleModel().getSampleSize(1)) - 1 : 1;
        byte[] out = new byte[w * h * 4];
        int[] grey = new int[w];
        int[] alpha = new int[w];
        for (int y = 0; y < h; y++) {
            raster.getSamples(0, y, w, 1, 0, grey);
            if (bands > 1) raster.getSamples(0, y, w, 1, 1, alpha);
            for (int x = 0, o = y * w * 4; x < w; x++, o += 4) {
                byte v = to8(grey[x], greyMax);
                out[o] = v;
                out[o + 1] = v;
                out[o + 2] = v;
                out[o + 3] = bands > 1 ? to8(alpha[x], alphaMax) : (byte) 255;
            }
        }
        return out;
    }

    private static byte to8(int sample, int max) {
        return (byte) (max == 255 ? sample : (sample * 255 + max / 2) / max);
    }
}
