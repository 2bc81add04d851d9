package mirage.core.image;

import java.util.Objects;

/**
 * An 8-bit RGBA image: row-major, origin top-left, 4 bytes per pixel (R, G, B, A), {@code width*height*4} bytes.
 * This is the renderer-to-annotator contract for colour; the array is owned by the image and not copied.
 */
public record RgbaImage(int width, int height, byte[] rgba) {
    public RgbaImage {
        ImageShape.check(width, height, 4, Objects.requireNonNull(rgba, "rgba").length, "rgba");
    }

    /** Red, green and blue of pixel (x, y) packed as 0xRRGGBB. */
    public int rgb(int x, int y) {
        int i = (y * width + x) * 4;
        return (rgba[i] & 0xff) << 16 | (rgba[i + 1] & 0xff) << 8 | (rgba[i + 2] & 0xff);
    }
}
