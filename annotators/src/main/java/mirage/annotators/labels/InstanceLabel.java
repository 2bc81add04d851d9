package mirage.annotators.labels;

import java.util.List;
import java.util.Objects;

/**
 * Everything labelled about one object instance in one frame: its identity here, the rest in one record per
 * concern, each checking its own rules. Conventions: matrices are row-major; camera space is OpenCV (x right,
 * y down, z forward), metres; boxes are pixel-edge {@link mirage.annotators.mask.PixelBox}es; image coordinates
 * named u, v are pixel-centre coordinates (see {@link CameraLabel}).
 *
 * <p>Checked here, on top of each part's own checks: ids, {@code visibility = visible / amodal} pixels (0 when
 * amodal is 0), the 3D box corners spanning the pose's {@code size} along its rotated model axes, and an
 * annotation id only for an instance with visible pixels. Checks that need the camera are in {@link FrameLabel};
 * those that need the categories in {@link DatasetLabels}.
 *
 * @param index 1-based instance index, the value of its pixels in the instance mask
 * @param annotationId the COCO annotation id, {@code >= 1}, or null when the instance is not annotated
 *     (no visible pixel); ignored instances keep theirs
 * @param category category name
 * @param categoryId category id, 1..K
 * @param asset the asset path as given in the spec
 * @param pose the model's transforms, rotation, translation, scale and size
 * @param masks the visible and amodal pixels and the projected box
 * @param visibility visibility and truncation ratios and the filter's ignore flag
 * @param box3d the model bounding box in camera space and projected
 * @param keypoints the category's keypoints in its order; empty when it has none
 */
public record InstanceLabel(int index, Long annotationId, String category, int categoryId, String asset,
        PoseLabel pose, MasksLabel masks, VisibilityLabel visibility, Box3dLabel box3d,
        List<KeypointLabel> keypoints) {

    public InstanceLabel {
        String who = "instance " + index;
        Checks.require(index >= 1, "instance index must be >= 1: " + index);
        Checks.require(annotationId == null || annotationId >= 1, who + ": annotation_id must be >= 1: " + annotationId);
        Checks.nonBlank(category, who + ": category");
        Checks.require(categoryId >= 1, who + ": category_id must be >= 1: " + categoryId);
        Objects.requireNonNull(asset, who + ": asset");
        Objects.requireNonNull(pose, who + ": pose");
        Objects.requireNonNull(masks, who + ": masks");
        Objects.requireNonNull(visibility, who + ": visibility");
        Objects.requireNonNull(box3d, who + ": box3d");
        keypoints = List.copyOf(keypoints);
        InstanceChecks.visibility(who, masks, visibility);
        InstanceChecks.box3d(who, box3d, pose);
        Checks.require(annotationId == null || masks.visible().pixels() >= 1,
                who + ": has annotation_id " + annotationId + " but no visible pixel");
    }

    /** Whether the instance gets an annotation (it has an annotation id). */
    public boolean annotated() {
        return annotationId != null;
    }
}
