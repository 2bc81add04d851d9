package mirage.annotators.coco;

import java.util.Arrays;
import java.util.Objects;
import mirage.annotators.mask.PixelBox;
import mirage.annotators.rle.Rle;

/**
 * Mirage's extra keys on a COCO annotation (docs/FORMATS.md). Tools that do not know them ignore them.
 *
 * @param bboxAmodal {@code bbox_amodal}: tight box of the full silhouette clipped to the image, pixel-edge
 *     {@code [x, y, w, h]}
 * @param areaAmodal {@code area_amodal}: pixel count of that silhouette
 * @param bboxProjected {@code bbox_projected}: 4 numbers, box of the projected model vertices in continuous
 *     pixel-edge coordinates, not clipped; null (written as JSON null) when a vertex is behind the camera
 * @param visibility {@code visibility}: visible / amodal pixel counts, 0..1
 * @param truncation {@code truncation}: share of the projected silhouette outside the image, 0..1
 * @param amodalSegmentation {@code amodal_segmentation}: compressed RLE of the amodal pixels, or null
 * @param ignore {@code ignore}: written as 1 when flagged by the minimum-visibility filter, else 0
 * @param pose {@code pose}: {@code {"R": [9], "t": [3], "scale": [3]}}
 * @param keypoints {@code keypoints}: {@code [x1, y1, v1, ...]} in COCO keypoint coordinates (continuous, the
 *     first pixel's centre at 0.5), v 0 = outside (x = y = 0), 1 = occluded, 2 = visible; null when the
 *     category has no keypoints (then neither {@code keypoints} nor {@code num_keypoints} is written)
 */
public record CocoExtras(PixelBox bboxAmodal, long areaAmodal, double[] bboxProjected, double visibility,
        double truncation, Rle amodalSegmentation, boolean ignore, CocoPose pose, double[] keypoints) {
    public CocoExtras {
        Objects.requireNonNull(bboxAmodal, "bbox_amodal");
        Objects.requireNonNull(pose, "pose");
        if (bboxProjected != null) {
            if (bboxProjected.length != 4) throw new IllegalArgumentException("bbox_projected needs 4 numbers");
            bboxProjected = bboxProjected.clone();
        }
        if (keypoints != null) {
            if (keypoints.length % 3 != 0) throw new IllegalArgumentException("keypoints length must be 3 * n");
            keypoints = keypoints.clone();
        }
    }

    @Override
    public double[] bboxProjected() {
        return bboxProjected == null ? null : bboxProjected.clone();
    }

    @Override
    public double[] keypoints() {
        return keypoints == null ? null : keypoints.clone();
    }

    /** {@code num_keypoints}: the number of keypoints with v > 0. */
    public int numKeypoints() {
        int n = 0;
        if (keypoints != null) for (int i = 2; i < keypoints.length; i += 3) if (keypoints[i] > 0) n++;
        return n;
    }

    private Object[] values() {
        return new Object[] {bboxAmodal, areaAmodal, bboxProjected, visibility, truncation, amodalSegmentation,
                ignore, pose, keypoints};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CocoExtras e && Arrays.deepEquals(values(), e.values());
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(values());
    }

    @Override
    public String toString() {
        return "CocoExtras" + Arrays.deepToString(values());
    }
}
