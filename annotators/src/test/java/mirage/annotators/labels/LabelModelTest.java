package mirage.annotators.labels;

import static mirage.annotators.labels.InstanceSpec.mask;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import mirage.annotators.mask.PixelBox;
import org.junit.jupiter.api.Test;

/** Construction-time checks of the label records, one per rule. */
class LabelModelTest {
    private static final CameraLabel CAM = LabelFixtures.camera0();

    private static void rejects(String expected, Supplier<?> construct) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construct::get);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    /** The fixture's first instance with one part replaced, chosen by its type (a list replaces the keypoints). */
    @SuppressWarnings("unchecked")
    private static InstanceLabel with(Object part) {
        InstanceLabel i = LabelFixtures.frame0().instances().get(0);
        return new InstanceLabel(i.index(), i.annotationId(), i.category(), i.categoryId(), i.asset(),
                part instanceof PoseLabel p ? p : i.pose(), part instanceof MasksLabel m ? m : i.masks(),
                part instanceof VisibilityLabel v ? v : i.visibility(), part instanceof Box3dLabel b ? b : i.box3d(),
                part instanceof List<?> k ? (List<KeypointLabel>) k : i.keypoints());
    }

    /** The fixture's first instance with other ids. */
    private static InstanceLabel withIds(int index, Long annotationId) {
        InstanceLabel i = LabelFixtures.frame0().instances().get(0);
        return new InstanceLabel(index, annotationId, i.category(), i.categoryId(), i.asset(), i.pose(), i.masks(),
                i.visibility(), i.box3d(), i.keypoints());
    }

    /** The fixture's first pose with one component (in record order) replaced. */
    private static PoseLabel pose(int component, double[] value) {
        PoseLabel p = LabelFixtures.frame0().instances().get(0).pose();
        double[][] v = {p.modelToWorld(), p.modelToCamera(), p.rotation(), p.translation(), p.scale(), p.size()};
        v[component] = value;
        return new PoseLabel(v[0], v[1], v[2], v[3], v[4], v[5]);
    }

    /** The fixture's first masks with the visible region's count and box and the projected box replaced. */
    private static MasksLabel masks(long visiblePixels, PixelBox visibleBox, double[] projectedBox) {
        MasksLabel m = LabelFixtures.frame0().instances().get(0).masks();
        return new MasksLabel(new MasksLabel.Region(visiblePixels, visibleBox, m.visible().rle()), m.amodal(),
                projectedBox);
    }

    @Test
    void instanceRules() {
        InstanceLabel ok = LabelFixtures.frame0().instances().get(0);
        rejects("instance index must be >= 1", () -> withIds(0, ok.annotationId()));
        rejects("annotation_id must be >= 1", () -> withIds(ok.index(), 0L));
        VisibilityLabel v = ok.visibility();
        rejects("visibility 0.5 != visible_pixels / amodal_pixels",
                () -> with(new VisibilityLabel(0.5, v.truncation(), v.ignore())));
        Box3dLabel box3d = ok.box3d();
        rejects("box3d_camera corners 0 -> 1 do not span size[0]",
                () -> with(new Box3dLabel(swapCorners(box3d.camera(), 1, 2), box3d.image())));
    }

    @Test
    void poseRules() {
        PoseLabel ok = LabelFixtures.frame0().instances().get(0).pose();
        rejects("rotation is not orthonormal", () -> pose(2, new double[] {1, 0, 0, 0, 2, 0, 0, 0, 1}));
        rejects("rotation has determinant -1", () -> pose(2, new double[] {1, 0, 0, 0, 1, 0, 0, 0, -1}));
        double[] r = ok.rotation();
        double[] transposed = {r[0], r[3], r[6], r[1], r[4], r[7], r[2], r[5], r[8]};
        rejects("model_to_camera[0][1] != rotation[0][1] * scale[1]", () -> pose(2, transposed));
        double[] s = ok.scale();
        rejects("model_to_camera[0][0] != rotation[0][0] * scale[0]", () -> pose(4, new double[] {s[1], s[0], s[2]}));
        rejects("scale[2] must be positive: -2.0", () -> pose(4, new double[] {s[0], s[1], -s[2]}));
        rejects("scale: expected 3 numbers, got 1", () -> pose(4, new double[] {s[0]}));
        rejects("scale[1] is not finite", () -> pose(4, new double[] {s[0], Double.NaN, s[2]}));
        rejects("model_to_camera[0][3] != translation[0]", () -> pose(3, new double[] {0, -0.2, 2}));
        rejects("translation: expected 3 numbers", () -> pose(3, new double[] {0, 0}));
        rejects("model_to_world[3] is not finite", () -> pose(0, withValue(ok.modelToWorld(), 3, Double.NaN)));
    }

    @Test
    void masksAndVisibilityRules() {
        MasksLabel ok = LabelFixtures.frame0().instances().get(0).masks();
        PixelBox box = ok.visible().box();
        double[] projected = ok.projectedBox();
        rejects("needs 0 <= visible_pixels <= amodal_pixels", () -> masks(17, box, projected));
        rejects("visible_mask has 10 pixels, the count says 9", () -> masks(9, box, projected));
        rejects("visible_box must be present exactly when visible_pixels > 0", () -> masks(10, null, projected));
        rejects("projected_box width and height must be >= 0", () -> masks(10, box, new double[] {0, 0, -1, 1}));
        rejects("truncation 1.5 is outside 0..1", () -> new VisibilityLabel(0.625, 1.5, false));
    }

    @Test
    void partsCompareByContent() {
        InstanceLabel i = LabelFixtures.frame0().instances().get(0);
        MasksLabel m = i.masks();
        MasksLabel copy = new MasksLabel(m.visible(), m.amodal(), m.projectedBox());
        assertEquals(m, copy);
        assertEquals(m.hashCode(), copy.hashCode());
        assertNotEquals(m, new MasksLabel(m.visible(), m.amodal(), null));
        String text = i.box3d().toString();
        assertTrue(text.startsWith("Box3dLabel[[" + i.box3d().camera()[0] + ", "), text);
    }

    @Test
    void annotationNeedsAVisiblePixel() {
        InstanceSpec hidden = new InstanceSpec(1, LabelFixtures.CAR).annotationId(65537L)
                .masks(mask(LabelFixtures.rows(16, 12)), mask(LabelFixtures.draw(LabelFixtures.rows(16, 12), 0, 0, "#")));
        rejects("has annotation_id 65537 but no visible pixel", () -> hidden.build(CAM, LabelFixtures.worldToCamera0()));
    }

    @Test
    void frameRules() {
        FrameLabel f = LabelFixtures.frame0();
        List<InstanceLabel> swapped = new ArrayList<>(f.instances());
        swapped.add(0, swapped.remove(1));
        rejects("instance at position 1 has index 2", () -> new FrameLabel(0, 1, "a.png", CAM, swapped, null));
        rejects("file_name '../a.png' has an empty, '.' or '..' segment",
                () -> new FrameLabel(0, 1, "../a.png", CAM, List.of(), null));
        rejects("image_id must be >= 1", () -> new FrameLabel(0, 0, "a.png", CAM, List.of(), null));
        CameraLabel small = new CameraLabel(4, 4, 20, 20, 1.5, 1.5, 0.05, 100, LabelFixtures.worldToCamera0());
        rejects("visible_box PixelBox[x=1, y=1, w=3, h=4] is not inside the 4x4 image",
                () -> new FrameLabel(0, 1, "a.png", small, f.instances().subList(0, 1), null));
        InstanceLabel first = f.instances().get(0);
        InstanceLabel keypointOut = with(List.of(first.keypoints().get(0),
                new KeypointLabel("bottom", 15.6, 4.0, 2.0, KeypointVisibility.OCCLUDED), first.keypoints().get(2)));
        rejects("keypoint 'bottom' is occluded but (u, v) = (15.6, 4.0) is outside the image",
                () -> new FrameLabel(0, 1, "a.png", CAM, List.of(keypointOut), null));
        double[] image = first.box3d().image();
        image[5] += 0.01;
        InstanceLabel moved = with(new Box3dLabel(first.box3d().camera(), image));
        rejects("box3d_image corner 2 is not the projection",
                () -> new FrameLabel(0, 1, "a.png", CAM, List.of(moved), null));
        InstanceLabel noImage = with(new Box3dLabel(first.box3d().camera(), null));
        rejects("box3d_image must be present exactly when", () -> new FrameLabel(0, 1, "a.png", CAM,
                List.of(noImage), null));
    }

    @Test
    void datasetRules() {
        DatasetLabels d = LabelFixtures.dataset();
        rejects("category 'toy car' at position 1 has id 2", () -> new DatasetLabels(List.of(LabelFixtures.CAR),
                d.frames(), 1));
        rejects("frame 5: image_id 1 is not unique", () -> new DatasetLabels(d.categories(),
                List.of(d.frames().get(0), new FrameLabel(5, 1, "x.png", CAM, List.of(), null)), 1));
        rejects("frame 2 appears twice", () -> new DatasetLabels(d.categories(), List.of(d.frames().get(2),
                new FrameLabel(2, 9, "y.png", CAM, List.of(), null)), 1));
        rejects("depth_scale must be positive", () -> new DatasetLabels(d.categories(), d.frames(), 0));
        FrameLabel renumbered = new FrameLabel(7, 8, "000007.png", d.frames().get(1).camera(),
                d.frames().get(1).instances(), null);
        rejects("annotation_id 131073 is not unique in the dataset", () -> new DatasetLabels(d.categories(),
                List.of(d.frames().get(1), renumbered), 1));
        rejects("frame 0, instance 1: category 'cube' != name 'toy car' of category 1", () -> new DatasetLabels(
                List.of(new CategoryLabel(1, "toy car", List.of("top", "bottom", "tip")), new CategoryLabel(2, "cube")),
                d.frames(), 1));
    }

    @Test
    void framesAreSortedAndArraysAreCopies() {
        DatasetLabels d = LabelFixtures.dataset();
        List<FrameLabel> frames = new ArrayList<>(d.frames());
        java.util.Collections.reverse(frames);
        DatasetLabels reversed = new DatasetLabels(d.categories(), frames, d.depthScale());
        assertEquals(d, reversed);
        InstanceLabel i = d.frames().get(0).instances().get(0);
        double[] r = i.pose().rotation();
        r[0] = 5;
        assertEquals(i, LabelFixtures.frame0().instances().get(0));
        assertNotSame(i.pose().rotation(), i.pose().rotation());
        assertEquals(i.hashCode(), LabelFixtures.frame0().instances().get(0).hashCode());
    }

    @Test
    void keypointAndCameraRules() {
        rejects("keypoint 'a' is visible but its depth -1.0 is not in front of the camera",
                () -> new KeypointLabel("a", 1, 1, -1, KeypointVisibility.VISIBLE));
        rejects("camera world_to_camera: last row must be [0, 0, 0, 1]", () -> new CameraLabel(4, 4, 1, 1, 1, 1, 0.1, 1,
                new double[] {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 1, 1}));
        rejects("camera near and far", () -> new CameraLabel(4, 4, 1, 1, 1, 1, 1, 1, LabelFixtures.worldToCamera0()));
        rejects("category 'c': keypoint 'k' is listed twice", () -> new CategoryLabel(1, "c", List.of("k", "k")));
    }

    private static double[] withValue(double[] a, int i, double v) {
        a[i] = v;
        return a;
    }

    private static double[] swapCorners(double[] c, int a, int b) {
        for (int k = 0; k < 3; k++) {
            double t = c[a * 3 + k];
            c[a * 3 + k] = c[b * 3 + k];
            c[b * 3 + k] = t;
        }
        return c;
    }
}
