package mirage.core.image;

import java.util.Objects;

/**
 * Per-pixel distance along the camera's viewing axis (camera z, OpenCV convention), in metres: row-major,
 * origin top-left, {@code width*height} floats; 0 where no surface covers the pixel centre.
 * The array is owned by the image and not copied.
 */
public record DepthImage(int width, int height, float[] metres) {
    public DepthImage {
        ImageShape.check(width, height, 1, Objects.requireNonNull(metres, "metres").length, "depth");
    }

    public float get(int x, int y) {
        return metres[y * width + x];
    }
}
