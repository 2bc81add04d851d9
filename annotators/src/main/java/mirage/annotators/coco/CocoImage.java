package mirage.annotators.coco;

import java.util.Objects;

/**
 * A COCO {@code images[]} entry. {@code fileName} is relative to the image root and {@code /}-separated;
 * {@code width} and {@code height} are those of the PNG written. Checked by {@link CocoValidator}.
 */
public record CocoImage(long id, String fileName, int width, int height) {
    public CocoImage {
        Objects.requireNonNull(fileName, "fileName");
    }
}
