package mirage.core.image;

import java.util.Objects;

/**
 * Per pixel, how many of its {@code samples} regularly placed sub-samples the instance owning the pixel in the
 * instance mask covers: row-major, origin top-left, one unsigned byte per pixel ({@code 0 .. samples}); 0 where
 * the mask has no instance. The array is owned by the image and not copied.
 *
 * @param samples sub-samples per pixel, 1 .. 255
 */
public record CoverageImage(int width, int height, int samples, byte[] counts) {
    public CoverageImage {
        ImageShape.check(width, height, 1, Objects.requireNonNull(counts, "counts").length, "counts");
        if (samples < 1 || samples > 255) throw new IllegalArgumentException("samples must be 1..255: " + samples);
    }

    /** Sub-samples of pixel (x, y) that its owner covers, {@code 0 .. samples}. */
    public int count(int x, int y) {
        return counts[y * width + x] & 0xff;
    }

    /** The covered fraction of pixel (x, y), {@code count / samples}. */
    public double fraction(int x, int y) {
        return (double) count(x, y) / samples;
    }
}
