package mirage.scenes.spec;

/**
 * Output image size in pixels.
 *
 * @param width  1..8192
 * @param height 1..8192
 */
public record ImageSpec(Integer width, Integer height) {
    /** Largest allowed width or height, pixels. */
    public static final int MAX_SIDE = 8192;

    public ImageSpec {
        Range.integers(1, MAX_SIDE).check("width", Checks.required(width, "width"));
        Range.integers(1, MAX_SIDE).check("height", Checks.required(height, "height"));
    }
}
