package mirage.assets;

/**
 * A decoded HDR image: linear RGB floats, row-major, top row first, 3 floats per pixel.
 *
 * @param source the file's absolute path
 */
public record HdrImage(int width, int height, float[] rgb, String source) {
    public HdrImage {
        if (width < 1 || height < 1 || rgb.length != 3L * width * height)
            throw new IllegalArgumentException(width + "x" + height + " HDR image with " + rgb.length + " floats");
    }
}
