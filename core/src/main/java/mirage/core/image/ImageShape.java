package mirage.core.image;

/** The size checks every image record makes in its constructor. */
final class ImageShape {
    private ImageShape() {}

    /**
     * Checks that the size is positive and that an array of {@code length} elements holds exactly
     * {@code width * height * perPixel} of them.
     *
     * @param name the array's name in the message
     * @throws IllegalArgumentException when either does not hold
     */
    static void check(int width, int height, int perPixel, int length, String name) {
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("size must be positive: " + width + "x" + height);
        if (length != Math.multiplyExact(Math.multiplyExact(width, height), perPixel))
            throw new IllegalArgumentException(name + " length " + length + " != " + width + "*" + height
                    + (perPixel == 1 ? "" : "*" + perPixel));
    }
}
