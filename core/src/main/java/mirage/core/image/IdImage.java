package mirage.core.image;

import java.util.Objects;

/**
 * An integer label image: row-major, origin top-left, one int per pixel, {@code width*height} ints.
 * For instance ids, 0 is background and k is the instance with index k in the frame.
 * The array is owned by the image and not copied.
 */
public record IdImage(int width, int height, int[] ids) {
    public IdImage {
        Objects.requireNonNull(ids, "ids");
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("size must be positive: " + width + "x" + height);
        if (ids.length != Math.multiplyExact(width, height))
            throw new IllegalArgumentException("ids length " + ids.length + " != " + width + "*" + height);
    }

    public int get(int x, int y) {
        return ids[y * width + x];
    }
}
