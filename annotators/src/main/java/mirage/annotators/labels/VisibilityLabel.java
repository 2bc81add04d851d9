package mirage.annotators.labels;

/**
 * How much of an instance is seen, and whether the label filter flagged it.
 *
 * <p>Checked here: visibility and truncation in 0..1. That visibility equals the ratio of the pixel counts is
 * checked by {@link InstanceLabel}.
 *
 * @param visibility {@code visible.pixels / amodal.pixels} of the instance's {@link MasksLabel}, 0 when the
 *     amodal count is 0
 * @param truncation share 0..1 of the full projected silhouette that lies outside the image
 * @param ignore flagged by the minimum-visibility filter: exported but marked (COCO {@code ignore}, VOC
 *     {@code difficult}, KITTI {@code DontCare}) or left out (YOLO)
 */
public record VisibilityLabel(double visibility, double truncation, boolean ignore) {
    public VisibilityLabel {
        Checks.unitInterval(visibility, "visibility");
        Checks.unitInterval(truncation, "truncation");
    }
}
