package mirage.annotators.labels;

import static mirage.annotators.labels.InstanceSpec.mask;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Construction-time checks of the label records, one per rule. */
class LabelModelTest {
    private static final CameraLabel CAM = LabelFixtures.camera0();

    private static void rejects(String expected, Supplier<?> construct) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construct::get);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    /** The fixture's first instance with one component replaced. */
    private static InstanceLabel with(int component, Object value) {
        InstanceLabel i = LabelFixtures.frame0().instances().get(0);
        Object[] v = {i.index(), i.annotationId(), i.category(), i.categoryId(), i.asset(), i.modelToWorld(),
                i.modelToCamera(), i.rotation(), i.translation(), i.scale(), i.size(), i.visiblePixels(),
                i.amodalPixels(), i.visibleBox(), i.amodalBox(), i.projectedBox(), i.visibility(), i.truncation(),
                i.ignore(), i.visibleMask(), i.amodalMask(), i.box3dCamera(), i.box3dImage(), i.keypoints()};
        v[component] = value;
        return new InstanceLabel((int) v[0], (Long) v[1], (String) v[2], (int) v[3], (String) v[4], (double[]) v[5],
                (double[]) v[6], (double[]) v[7], (double[]) v[8], (double[]) v[9], (double[]) v[10], (long) v[11],
                (long) v[12], (mirage.annotators.mask.PixelBox) v[13], (mirage.annotators.mask.PixelBox) v[14],
                (double[]) v[15], (double) v[16], (double) v[17], (boolean) v[18], (mirage.annotators.rle.Rle) v[19],
                (mirage.annotators.rle.Rle) v[20], (double[]) v[21], (double[]) v[22], (List<KeypointLabel>) v[23]);
    }

    @Test
    void instanceRules() {
        InstanceLabel ok = LabelFixtures.frame0().instances().get(0);
        rejects("instance index must be >= 1", () -> with(0, 0));
        rejects("annotation_id must be >= 1", () -> with(1, 0L));
        rejects("rotation is not orthonormal", () -> with(7, new double[] {1, 0, 0, 0, 2, 0, 0, 0, 1}));
        rejects("rotation has determinant -1", () -> with(7, new double[] {1, 0, 0, 0, 1, 0, 0, 0, -1}));
        double[] r = ok.rotation();
        double[] transposed = {r[0], r[3], r[6], r[1], r[4], r[7], r[2], r[5], r[8]};
        rejects("model_to_camera[0][1] != rotation[0][1] * scale[1]", () -> with(7, transposed));
        double[] s = ok.scale();
        rejects("model_to_camera[0][0] != rotation[0][0] * scale[0]", () -> with(9, new double[] {s[1], s[0], s[2]}));
        rejects("scale[2] must be positive: -2.0", () -> with(9, new double[] {s[0], s[1], -s[2]}));
        rejects("scale: expected 3 numbers, got 1", () -> with(9, new double[] {s[0]}));
        rejects("scale[1] is not finite", () -> with(9, new double[] {s[0], Double.NaN, s[2]}));
        rejects("model_to_camera[0][3] != translation[0]", () -> with(8, new double[] {0, -0.2, 2}));
        rejects("translation: expected 3 numbers", () -> with(8, new double[] {0, 0}));
        rejects("model_to_world[3] is not finite", () -> with(5, withValue(ok.modelToWorld(), 3, Double.NaN)));
        rejects("visibility 0.5 != visible_pixels / amodal_pixels", () -> with(16, 0.5));
        rejects("truncation 1.5 is outside 0..1", () -> with(17, 1.5));
        rejects("needs 0 <= visible_pixels <= amodal_pixels", () -> with(11, 17L));
        rejects("visible_mask has 10 pixels, the count says 9", () -> with(11, 9L));
        rejects("visible_box must be present exactly when visible_pixels > 0", () -> with(13, null));
        rejects("box3d_camera corners 0 -> 1 do not span size[0]", () -> with(21, swapCorners(ok.box3dCamera(), 1, 2)));
        rejects("projected_box width and height must be >= 0", () -> with(15, new double[] {0, 0, -1, 1}));
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
        InstanceLabel keypointOut = with(23, List.of(first.keypoints().get(0),
                new KeypointLabel("bottom", 15.6, 4.0, 2.0, KeypointVisibility.OCCLUDED), first.keypoints().get(2)));
        rejects("keypoint 'bottom' is occluded but (u, v) = (15.6, 4.0) is outside the image",
                () -> new FrameLabel(0, 1, "a.png", CAM, List.of(keypointOut), null));
        double[] image = first.box3dImage();
        image[5] += 0.01;
        rejects("box3d_image corner 2 is not the projection",
                () -> new FrameLabel(0, 1, "a.png", CAM, List.of(with(22, image)), null));
        rejects("box3d_image must be present exactly when", () -> new FrameLabel(0, 1, "a.png", CAM,
                List.of(with(22, null)), null));
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
        double[] r = i.rotation();
        r[0] = 5;
        assertEquals(i, LabelFixtures.frame0().instances().get(0));
        assertNotSame(i.rotation(), i.rotation());
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
