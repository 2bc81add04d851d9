package mirage.core.image;

import java.util.Objects;

/**
 * Per-pixel distance along the camera's viewing axis (camera z, OpenCV convention), in metres: row-major,
 * origin top-left, {@code width*height} floats; 0 where no surface covers the pixel centre.
 * The array is owned by the image and not copied.
 */
public record DepthImage(int width, int height, float[] metres) {
    public DepthImage {
        Objects.requireNonNull(metres, "metres");
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("size must be positive: " + width + "x" + height);
        if (metres.length != Math.multiplyExact(width, height))
            throw new IllegalArgumentException("depth length " + metres.length + " != " + width + "*" + height);
    }

    public float get(int x, int y) {
        return metres[y * width + x];
    }
}
