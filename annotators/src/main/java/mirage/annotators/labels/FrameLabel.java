package mirage.annotators.labels;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import mirage.annotators.mask.PixelBox;
import mirage.annotators.rle.Rle;

/**
 * The labels of one rendered frame: what {@code frames/NNNNNN.json} holds (see {@link FrameLabelJson}).
 *
 * <p>Checked here, on top of each record's own checks: frame {@code >= 0}, image id {@code >= 1}, a relative
 * {@code /}-separated file name, instance k at list position k - 1, annotation ids unique in the frame, boxes
 * inside the image, masks of size {@code [height, width]}, {@code box3dImage} equal to the projection of
 * {@code box3dCamera} (within 1e-3 px) and present exactly when every corner is in front of the camera, and
 * occluded or visible keypoints inside the image.
 *
 * @param frame 0-based frame index
 * @param imageId COCO image id (frame + 1 in a rendered dataset)
 * @param fileName image file relative to {@code images/}, e.g. {@code 000017.png}
 * @param camera the frame's camera
 * @param instances every instance of the frame in index order, visible or not
 * @param scene provenance passed through untouched (lights, materials, background), or null; deep-copied on
 *     construction and on access
 * @param split the name of the split the frame belongs to, or null when the dataset has no splits
 */
public record FrameLabel(int frame, long imageId, String fileName, CameraLabel camera,
        List<InstanceLabel> instances, JsonNode scene, String split) {
    private static final double PROJECTION_TOLERANCE_PX = 1e-3;

    public FrameLabel {
        String who = "frame " + frame;
        Checks.require(frame >= 0, "frame index must be >= 0: " + frame);
        Checks.require(imageId >= 1, who + ": image_id must be >= 1: " + imageId);
        Checks.relativePath(fileName, who + ": file_name");
        Objects.requireNonNull(camera, who + ": camera");
        instances = List.copyOf(instances);
        scene = scene == null || scene.isNull() || scene.isMissingNode() ? null : scene.deepCopy();
        Checks.require(split == null || !split.isBlank(), who + ": split must not be blank");
        Set<Long> annotationIds = new HashSet<>();
        for (int k = 1; k <= instances.size(); k++) {
            InstanceLabel inst = instances.get(k - 1);
            String where = who + ", instance " + inst.index();
            Checks.require(inst.index() == k, who + ": instance at position " + k + " has index " + inst.index()
                    + "; instances must be listed in index order 1..N");
            Checks.require(inst.annotationId() == null || annotationIds.add(inst.annotationId()),
                    where + ": annotation_id " + inst.annotationId() + " is not unique in the frame");
            checkAgainstCamera(where, inst, camera);
        }
    }

    /** A frame of a dataset without splits. */
    public FrameLabel(int frame, long imageId, String fileName, CameraLabel camera, List<InstanceLabel> instances,
            JsonNode scene) {
        this(frame, imageId, fileName, camera, instances, scene, null);
    }

    @Override
    public JsonNode scene() {
        return scene == null ? null : scene.deepCopy();
    }

    /** The file name without its extension, e.g. {@code 000017} (or {@code a/b} for {@code a/b.png}). */
    public String stem() {
        int slash = fileName.lastIndexOf('/');
        int dot = fileName.lastIndexOf('.');
        return dot > slash + 1 ? fileName.substring(0, dot) : fileName;
    }

    /** The instances that get an annotation (annotation id not null), in index order. */
    public List<InstanceLabel> annotated() {
        return instances.stream().filter(InstanceLabel::annotated).toList();
    }

    private static void checkAgainstCamera(String where, InstanceLabel inst, CameraLabel cam) {
        MasksLabel masks = inst.masks();
        inside(where + ": visible_box", masks.visible().box(), cam);
        inside(where + ": amodal_box", masks.amodal().box(), cam);
        sized(where + ": visible_mask", masks.visible().rle(), cam);
        sized(where + ": amodal_mask", masks.amodal().rle(), cam);
        projection(where, inst.box3d(), cam);
        for (KeypointLabel kp : inst.keypoints()) {
            Checks.require(kp.visibility() == KeypointVisibility.OUTSIDE || kp.insideImage(cam.width(), cam.height()),
                    where + ": keypoint '" + kp.name() + "' is " + kp.visibility().jsonName() + " but (u, v) = ("
                            + kp.u() + ", " + kp.v() + ") is outside the image");
        }
    }

    private static void inside(String what, PixelBox box, CameraLabel cam) {
        if (box == null) return;
        Checks.require(box.x() + box.w() <= cam.width() && box.y() + box.h() <= cam.height(),
                what + " " + box + " is not inside the " + cam.width() + "x" + cam.height() + " image");
    }

    private static void sized(String what, Rle mask, CameraLabel cam) {
        if (mask == null) return;
        Checks.require(mask.height() == cam.height() && mask.width() == cam.width(), what + " size [" + mask.height()
                + ", " + mask.width() + "] != [height, width] [" + cam.height() + ", " + cam.width() + "]");
    }

    private static void projection(String where, Box3dLabel box3d, CameraLabel cam) {
        double[] corners = box3d.camera();
        boolean allInFront = true;
        for (int c = 0; c < 8; c++) allInFront &= corners[c * 3 + 2] > 0;
        double[] image = box3d.image();
        Checks.require((image != null) == allInFront, where + ": box3d_image must be present exactly when every"
                + " box3d_camera corner has z > 0");
        if (image == null) return;
        for (int c = 0; c < 8; c++) {
            double u = cam.projectU(corners[c * 3], corners[c * 3 + 2]);
            double v = cam.projectV(corners[c * 3 + 1], corners[c * 3 + 2]);
            Checks.require(Math.abs(image[c * 2] - u) <= PROJECTION_TOLERANCE_PX * Math.max(1, Math.abs(u))
                    && Math.abs(image[c * 2 + 1] - v) <= PROJECTION_TOLERANCE_PX * Math.max(1, Math.abs(v)),
                    where + ": box3d_image corner " + c + " is not the projection of box3d_camera corner " + c);
        }
    }
}
