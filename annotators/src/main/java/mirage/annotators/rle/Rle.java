package mirage.annotators.rle;

import java.util.Objects;

/**
 * A COCO compressed RLE: {@code {"size": [height, width], "counts": "<string>"}}. The counts string encodes
 * column-major run lengths starting with zeros (see {@link CocoRle}); it is checked only when decoded.
 */
public record Rle(int height, int width, String counts) {
    public Rle {
        Objects.requireNonNull(counts, "counts");
        if (height <= 0 || width <= 0) {
            throw new IllegalArgumentException("RLE size must be positive: [" + height + ", " + width + "]");
        }
    }

    /** {@code height * width}, the number of pixels the counts must sum to. */
    public long pixelCount() {
        return (long) height * width;
    }
}
