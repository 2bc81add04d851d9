package mirage.assets;

import java.util.Objects;

/**
 * A decoded 8-bit RGBA image as stored in its file: sRGB-encoded colour, straight alpha, row-major, row 0 is the
 * top row of the picture, {@code width*height*4} bytes.
 *
 * @param source where it came from, for messages (a path, or "path#embedded-0")
 */
public record TextureData(int width, int height, byte[] rgba, String source) {
    public TextureData {
        Objects.requireNonNull(rgba, "rgba");
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("texture size must be positive");
        if (rgba.length != width * height * 4) throw new IllegalArgumentException("rgba length mismatch");
    }
}
