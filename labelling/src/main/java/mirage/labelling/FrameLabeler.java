package mirage.labelling;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import mirage.annotators.labels.Box3dLabel;
import mirage.annotators.labels.CameraLabel;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.InstanceLabel;
import mirage.annotators.labels.KeypointLabel;
import mirage.annotators.labels.KeypointVisibility;
import mirage.annotators.labels.MasksLabel;
import mirage.annotators.labels.PoseLabel;
import mirage.annotators.labels.VisibilityLabel;
import mirage.annotators.mask.InstanceStats;
import mirage.annotators.mask.PixelBox;
import mirage.annotators.rle.BitPlanes;
import mirage.annotators.rle.CocoRle;
import mirage.annotators.rle.Rle;
import mirage.assets.AssetSource;
import mirage.core.frame.AmodalMasks;
import mirage.core.frame.RenderedFrame;
import mirage.core.geom.Aabb;
import mirage.core.geom.CameraIntrinsics;
import mirage.core.geom.ProjectedBox;
import mirage.core.image.DepthImage;
import mirage.core.image.IdImage;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Keypoint;
import mirage.scenes.model.Scene;
import mirage.scenes.sampling.PlacementReport;
import mirage.scenes.settling.SettleReport;
import mirage.scenes.spec.LabelsSpec;

/**
 * Builds a frame's label record from its sampled scene and rendered buffers: visible and amodal masks, boxes and
 * counts, visibility, truncation, pose, 3D box, keypoints, and the spec's label filter. Pure with respect to its
 * inputs, so any worker thread may call it for any frame.
 */
public final class FrameLabeler {
    /** Annotation ids are image id x 2^16 + instance index: unique, >= 1, and independent of other frames. */
    public static final long ANNOTATION_ID_STRIDE = 1L << 16;
    /** A keypoint is visible when the surface at its pixel belongs to its instance and lies this close in depth. */
    static final double KEYPOINT_DEPTH_TOLERANCE = 0.01;

    private final LabelsSpec filter;
    private final AssetSource assets;
    private final SceneProvenance provenance;
    private final String split;

    /** @param split the name recorded in each frame record, or null when the run has no splits */
    public FrameLabeler(LabelsSpec filter, AssetSource assets, SceneProvenance provenance, String split) {
        this.filter = filter;
        this.assets = assets;
        this.provenance = provenance;
        this.split = split;
    }

    /** A labeller for a run without splits. */
    public FrameLabeler(LabelsSpec filter, AssetSource assets, SceneProvenance provenance) {
        this(filter, assets, provenance, null);
    }

    public static long imageId(int frameIndex) {
        return frameIndex + 1L;
    }

    public static long annotationId(long imageId, int instanceIndex) {
        return imageId * ANNOTATION_ID_STRIDE + instanceIndex;
    }

    /**
     * What the frame's record says besides its labels and the scene: facts of its files and of its placement.
     *
     * @param depthClampedPixels pixels the depth PNG clamped ({@code outputs.depth_overflow: clamp}); 0 for none
     * @param placement          the objects collision-free placement left out and the redraws it took
     * @param settled            what physics settling did, or null when the spec does not settle
     */
    public record Facts(long depthClampedPixels, PlacementReport placement, SettleReport settled) {
        public static final Facts NONE = new Facts(0, PlacementReport.NONE, null);

        public Facts(long depthClampedPixels, PlacementReport placement) {
            this(depthClampedPixels, placement, null);
        }
    }

    /** @param facts added to the record's scene part: clamped depth, then placement, each only when it happened */
    public FrameLabel label(Scene scene, RenderedFrame frame, String fileName, Facts facts) {
        IdImage ids = frame.instances();
        int n = scene.instances().size();
        InstanceStats visible = InstanceStats.of(ids, n);
        List<Rle> visibleRles = CocoRle.encodeAll(ids, n);
        List<BitPlanes.Mask> amodal = amodalMasks(frame.amodal());
        List<InstanceLabel> out = new ArrayList<>(n);
        for (Instance inst : scene.instances()) {
            int k = inst.index();
            out.add(instance(scene, frame, inst, visible, visibleRles.get(k - 1), amodal.get(k - 1)));
        }
        CameraIntrinsics k = scene.intrinsics();
        CameraLabel camera = new CameraLabel(k.width(), k.height(), k.fx(), k.fy(), k.cx(), k.cy(), decimal(scene.near()),
                decimal(scene.far()), Pose.rowMajor(scene.worldToCamera()));
        ObjectNode sceneRecord = provenance.of(scene);
        if (facts.depthClampedPixels() > 0) sceneRecord.put("depth_clamped_pixels", facts.depthClampedPixels());
        if (!facts.placement().equals(PlacementReport.NONE)) sceneRecord.set("placement", provenance.placement(facts.placement()));
        if (facts.settled() != null) sceneRecord.set("physics", SettlingRecord.of(facts.settled()));
        return new FrameLabel(scene.frameIndex(), imageId(scene.frameIndex()), fileName, camera, out, sceneRecord, split);
    }

    private InstanceLabel instance(Scene scene, RenderedFrame frame, Instance inst, InstanceStats visible, Rle visibleRle,
                                   BitPlanes.Mask amodal) {
        int k = inst.index();
        long visiblePixels = visible.pixelCount(k), amodalPixels = amodal.pixels();
        double visibility = amodalPixels > 0 ? (double) visiblePixels / amodalPixels : 0;
        Pose pose = Pose.of(scene.worldToCamera(), inst.modelToWorld());
        Aabb bounds = assets.model(inst.asset()).bounds();
        double[] box3d = Box3d.corners(pose, bounds);
        boolean below = visiblePixels < filter.minVisiblePixels() || visibility < filter.minVisibility();
        Long annotationId = visiblePixels == 0 || (below && filter.below() == LabelsSpec.Below.DROP) ? null
                : annotationId(imageId(scene.frameIndex()), k);
        boolean ignore = annotationId != null && below;
        var visibleRegion = new MasksLabel.Region(visiblePixels, visible.box(k).orElse(null),
                visiblePixels > 0 ? visibleRle : null);
        var amodalRegion = new MasksLabel.Region(amodalPixels, amodal.box(), amodalPixels > 0 ? amodal.rle() : null);
        MasksLabel masks = new MasksLabel(visibleRegion, amodalRegion, projectedBox(frame.projectedBoxes().get(k - 1)));
        return new InstanceLabel(k, annotationId, inst.category(), inst.categoryId(), provenance.relative(inst.asset()),
                poseLabel(inst, pose, bounds), masks,
                new VisibilityLabel(visibility, truncation(frame.silhouettePixels()[k - 1], amodalPixels), ignore),
                new Box3dLabel(box3d, Box3d.project(box3d, scene.intrinsics())),
                keypoints(inst, pose, scene.intrinsics(), frame));
    }

    /** The label of the pose; size is the model box's extent along each model axis times that axis' scale. */
    private static PoseLabel poseLabel(Instance inst, Pose pose, Aabb bounds) {
        double[] scale = pose.scale();
        double[] size = {(bounds.max().x() - bounds.min().x()) * scale[0],
                (bounds.max().y() - bounds.min().y()) * scale[1], (bounds.max().z() - bounds.min().z()) * scale[2]};
        return new PoseLabel(Pose.rowMajor(inst.modelToWorld()), pose.modelToCamera(), pose.rotation(),
                pose.translation(), scale, size);
    }

    /** The float's shortest decimal as a double (0.05f is written 0.05, not 0.05000000074505806). */
    private static double decimal(float f) {
        return Double.parseDouble(Float.toString(f));
    }

    /** Every instance's full-silhouette mask, instance k at position k - 1. */
    private static List<BitPlanes.Mask> amodalMasks(AmodalMasks amodal) {
        List<BitPlanes.Mask> out = new ArrayList<>(amodal.instances());
        for (int layer = 0; layer < amodal.layers().size(); layer++)
            out.addAll(BitPlanes.decodePlanes(amodal.layer(layer), amodal.width(), amodal.height(), amodal.planesIn(layer)));
        return out;
    }

    private static double[] projectedBox(ProjectedBox b) {
        return b == null ? null : new double[] {b.x0(), b.y0(), b.x1() - b.x0(), b.y1() - b.y0()};
    }

    /**
     * The share of the whole silhouette outside the image: 0 when the projected box lies inside the image
     * ({@code silhouettePixels == -1}); 1 when nothing of it is in the image.
     */
    static double truncation(long silhouettePixels, long amodalPixels) {
        if (silhouettePixels < 0) return 0;
        if (amodalPixels == 0) return 1;
        if (silhouettePixels <= amodalPixels) return 0;
        return 1 - (double) amodalPixels / silhouettePixels;
    }

    private static List<KeypointLabel> keypoints(Instance inst, Pose pose, CameraIntrinsics k, RenderedFrame frame) {
        List<KeypointLabel> out = new ArrayList<>(inst.keypoints().size());
        for (Keypoint kp : inst.keypoints()) {
            double[] c = pose.apply(kp.position().x(), kp.position().y(), kp.position().z());
            boolean front = c[2] > 0;
            double u = front ? k.projectU(c[0], c[2]) : 0, v = front ? k.projectV(c[1], c[2]) : 0;
            out.add(new KeypointLabel(kp.name(), u, v, c[2], visibility(front, u, v, c[2], inst.index(), frame)));
        }
        return out;
    }

    /**
     * OUTSIDE when behind the camera or off the image; VISIBLE when the surface covering the keypoint's pixel is
     * its own instance's, within {@link #KEYPOINT_DEPTH_TOLERANCE} (relative, at least 1 cm) of its depth;
     * OCCLUDED otherwise (hidden by another instance or by its own surface).
     */
    static KeypointVisibility visibility(boolean front, double u, double v, double z, int index, RenderedFrame frame) {
        IdImage ids = frame.instances();
        long px = Math.round(u), py = Math.round(v);
        if (!front || px < 0 || py < 0 || px >= ids.width() || py >= ids.height()) return KeypointVisibility.OUTSIDE;
        DepthImage depth = frame.depth();
        boolean own = ids.get((int) px, (int) py) == index;
        double tolerance = Math.max(KEYPOINT_DEPTH_TOLERANCE, KEYPOINT_DEPTH_TOLERANCE * z);
        return own && Math.abs(depth.get((int) px, (int) py) - z) <= tolerance ? KeypointVisibility.VISIBLE
                : KeypointVisibility.OCCLUDED;
    }
}
