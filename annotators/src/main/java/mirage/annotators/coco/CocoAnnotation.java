package mirage.annotators.coco;

import java.util.Objects;
import mirage.annotators.mask.PixelBox;
import mirage.annotators.rle.Rle;

/**
 * A COCO {@code annotations[]} entry for one visible instance, always written with {@code iscrowd: 0}.
 * {@code bbox} is {@code [x, y, w, h]} in pixel-edge coordinates, origin top-left; {@code area} is the pixel
 * count of {@code segmentation}, a column-major compressed RLE; both must equal what the RLE gives.
 */
public record CocoAnnotation(long id, long imageId, int categoryId, PixelBox bbox, long area, Rle segmentation) {
    public CocoAnnotation {
        Objects.requireNonNull(bbox, "bbox");
        Objects.requireNonNull(segmentation, "segmentation");
    }
}
