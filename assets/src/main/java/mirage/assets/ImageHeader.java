package mirage.assets;

/**
 * What {@link ImageFiles#check} learns of an image file without decoding a pixel: its size, within the limits.
 *
 * @param source the file's absolute path
 */
public record ImageHeader(int width, int height, String source) {
    /** Bytes of the image once decoded to RGBA8. */
    public long decodedBytes() {
        return 4L * width * height;
    }
}
