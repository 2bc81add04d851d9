package mirage.annotators.labels;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import mirage.annotators.mask.PixelBox;
import mirage.annotators.rle.Rle;

/**
 * Everything labelled about one object instance in one frame. Arrays are copied on construction and returned as
 * copies; equality compares their contents. Matrices are row-major. Camera space is OpenCV (x right, y down,
 * z forward), metres. Boxes are {@link PixelBox}es in pixel-edge coordinates; image coordinates named u, v are
 * pixel-centre coordinates (see {@link CameraLabel}).
 *
 * <p>Checked here: ids, array lengths and finiteness, rotation orthonormal with determinant +1,
 * {@code modelToCamera = [R diag(scale) | t]}, {@code 0 <= visiblePixels <= amodalPixels}, a box exactly when its pixel
 * count is positive, the visible box inside the amodal box, masks consistent with their counts and boxes,
 * {@code visibility = visible / amodal} (0 when amodal is 0), truncation in 0..1, the 3D box corners spanning
 * {@code size} along the rotated model axes, and an annotation id only for an instance with visible pixels.
 * Checks that need the camera are in {@link FrameLabel}; those that need the categories in {@link DatasetLabels}.
 *
 * @param index 1-based instance index, the value of its pixels in the instance mask
 * @param annotationId the COCO annotation id, {@code >= 1}, or null when the instance is not annotated
 *     (no visible pixel); ignored instances keep theirs
 * @param category category name
 * @param categoryId category id, 1..K
 * @param asset the asset path as given in the spec
 * @param modelToWorld 16 numbers: asset file coordinates to world, including scale
 * @param modelToCamera 16 numbers: asset file coordinates to camera, {@code [R diag(scale) | t]}
 * @param rotation 9 numbers: the pure rotation R from model to camera axes
 * @param translation 3 numbers, metres: the camera-space position of the model origin
 * @param scale 3 numbers, each {@code > 0}: the scale of model x, y, z in {@code modelToCamera} (applied before R)
 * @param size 3 numbers, metres: the model bounding-box extents along model x, y, z, each times its {@code scale}
 * @param visiblePixels number of pixels of the instance in the instance mask
 * @param amodalPixels number of pixels of the instance's full silhouette (as if alone), clipped to the image
 * @param visibleBox tight box of the visible pixels, null when there are none
 * @param amodalBox tight box of the amodal pixels (clipped to the image), null when there are none
 * @param projectedBox 4 numbers {@code [x, y, w, h]}: the box of the projected model vertices in continuous
 *     pixel-edge coordinates (pixel-centre coordinate + 0.5), not clipped to the image; null when a vertex is
 *     behind the camera
 * @param visibility {@code visiblePixels / amodalPixels}, 0 when {@code amodalPixels == 0}
 * @param truncation share 0..1 of the full projected silhouette that lies outside the image
 * @param ignore flagged by the minimum-visibility filter: exported but marked (COCO {@code ignore}, VOC
 *     {@code difficult}, KITTI {@code DontCare}) or left out (YOLO)
 * @param visibleMask COCO RLE of the visible pixels, or null when not recorded
 * @param amodalMask COCO RLE of the amodal pixels, or null when not recorded
 * @param box3dCamera 24 numbers: the 8 corners (x, y, z) of the model bounding box in camera space, metres;
 *     corner c takes the maximum x if {@code (c & 1) != 0}, else the minimum, y from {@code c & 2}, z from
 *     {@code c & 4}
 * @param box3dImage 16 numbers: (u, v) of those corners in pixel-centre coordinates; null when a corner is not
 *     in front of the camera (z {@code <= 0})
 * @param keypoints the category's keypoints in its order; empty when it has none
 */
public record InstanceLabel(int index, Long annotationId, String category, int categoryId, String asset,
        double[] modelToWorld, double[] modelToCamera, double[] rotation, double[] translation, double[] scale,
        double[] size, long visiblePixels, long amodalPixels, PixelBox visibleBox, PixelBox amodalBox,
        double[] projectedBox, double visibility, double truncation, boolean ignore, Rle visibleMask,
        Rle amodalMask, double[] box3dCamera, double[] box3dImage, List<KeypointLabel> keypoints) {

    public InstanceLabel {
        String who = "instance " + index;
        Checks.require(index >= 1, "instance index must be >= 1: " + index);
        Checks.require(annotationId == null || annotationId >= 1, who + ": annotation_id must be >= 1: " + annotationId);
        Checks.nonBlank(category, who + ": category");
        Checks.require(categoryId >= 1, who + ": category_id must be >= 1: " + categoryId);
        Objects.requireNonNull(asset, who + ": asset");
        modelToWorld = Checks.finite(modelToWorld, 16, who + ": model_to_world");
        modelToCamera = Checks.finite(modelToCamera, 16, who + ": model_to_camera");
        rotation = Checks.finite(rotation, 9, who + ": rotation");
        translation = Checks.finite(translation, 3, who + ": translation");
        scale = Checks.finite(scale, 3, who + ": scale");
        size = Checks.finite(size, 3, who + ": size");
        projectedBox = Checks.finiteOrNull(projectedBox, 4, who + ": projected_box");
        box3dCamera = Checks.finite(box3dCamera, 24, who + ": box3d_camera");
        box3dImage = Checks.finiteOrNull(box3dImage, 16, who + ": box3d_image");
        keypoints = List.copyOf(keypoints);
        InstanceChecks.pose(who, modelToWorld, modelToCamera, rotation, translation, scale, size);
        InstanceChecks.pixels(who, visiblePixels, amodalPixels, visibleBox, amodalBox, visibleMask, amodalMask);
        InstanceChecks.ratios(who, visiblePixels, amodalPixels, visibility, truncation, projectedBox);
        InstanceChecks.box3d(who, box3dCamera, rotation, size);
        Checks.require(annotationId == null || visiblePixels >= 1,
                who + ": has annotation_id " + annotationId + " but no visible pixel");
    }

    @Override
    public double[] modelToWorld() {
        return modelToWorld.clone();
    }

    @Override
    public double[] modelToCamera() {
        return modelToCamera.clone();
    }

    @Override
    public double[] rotation() {
        return rotation.clone();
    }

    @Override
    public double[] translation() {
        return translation.clone();
    }

    @Override
    public double[] scale() {
        return scale.clone();
    }

    @Override
    public double[] size() {
        return size.clone();
    }

    @Override
    public double[] projectedBox() {
        return projectedBox == null ? null : projectedBox.clone();
    }

    @Override
    public double[] box3dCamera() {
        return box3dCamera.clone();
    }

    @Override
    public double[] box3dImage() {
        return box3dImage == null ? null : box3dImage.clone();
    }

    /** Whether the instance gets an annotation (it has an annotation id). */
    public boolean annotated() {
        return annotationId != null;
    }

    /** Camera-space corner c (0..7) of the 3D box: {x, y, z}, metres. */
    public double[] corner(int c) {
        return Arrays.copyOfRange(box3dCamera, c * 3, c * 3 + 3);
    }

    private Object[] values() {
        return new Object[] {index, annotationId, category, categoryId, asset, modelToWorld, modelToCamera, rotation,
                translation, scale, size, visiblePixels, amodalPixels, visibleBox, amodalBox, projectedBox,
                visibility, truncation, ignore, visibleMask, amodalMask, box3dCamera, box3dImage, keypoints};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InstanceLabel other && Arrays.deepEquals(values(), other.values());
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(values());
    }

    @Override
    public String toString() {
        return "InstanceLabel" + Arrays.deepToString(values());
    }
}
