package mirage.annotators.coco;

import java.util.List;
import java.util.Objects;
import mirage.annotators.contour.Ring;
import mirage.annotators.mask.PixelBox;
import mirage.annotators.rle.Rle;

/**
 * A COCO {@code annotations[]} entry for one visible instance, always written with {@code iscrowd: 0}.
 * {@code bbox} is {@code [x, y, w, h]} in pixel-edge coordinates, origin top-left; {@code area} is the pixel
 * count of {@code segmentation}, a column-major compressed RLE; both must equal what the RLE gives.
 *
 * @param polygons null to write {@code segmentation} as the RLE (the default); otherwise the edge-traced outer
 *     rings written instead as COCO polygons (the RLE stays the reference that {@code bbox} and {@code area} are
 *     checked against)
 * @param extras Mirage's extra keys ({@link CocoExtras}), or null to write only the standard keys
 */
public record CocoAnnotation(long id, long imageId, int categoryId, PixelBox bbox, long area, Rle segmentation,
        List<Ring> polygons, CocoExtras extras) {
    public CocoAnnotation {
        Objects.requireNonNull(bbox, "bbox");
        Objects.requireNonNull(segmentation, "segmentation");
        if (polygons != null) polygons = List.copyOf(polygons);
    }

    /** An annotation with the RLE segmentation and no extra keys. */
    public CocoAnnotation(long id, long imageId, int categoryId, PixelBox bbox, long area, Rle segmentation) {
        this(id, imageId, categoryId, bbox, area, segmentation, null, null);
    }
}
