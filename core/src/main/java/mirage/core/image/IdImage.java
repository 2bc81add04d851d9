package mirage.core.image;

import java.util.Objects;

/**
 * An integer label image: row-major, origin top-left, one int per pixel, {@code width*height} ints.
 * For instance ids, 0 is background and k is the instance with index k in the frame.
 * The array is owned by the image and not copied.
 */
public record IdImage(int width, int height, int[] ids) {
    public IdImage {
        ImageShape.check(width, height, 1, Objects.requireNonNull(ids, "ids").length, "ids");
    }

    public int get(int x, int y) {
        return ids[y * width + x];
    }
}
