package mirage.annotators.labels;

import static mirage.annotators.labels.InstanceSpec.mask;
import static mirage.annotators.labels.KeypointVisibility.OCCLUDED;
import static mirage.annotators.labels.KeypointVisibility.OUTSIDE;
import static mirage.annotators.labels.KeypointVisibility.VISIBLE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A hand-built dataset covering the cases every exporter must handle; most poses scale the model differently
 * along its three axes. Ids follow the README: image id = frame + 1, annotation id = image id * 65536 + index.
 * <ul>
 *   <li>frame 0 (16x12): 1 cube, L-shaped, partly occluded (10 of 16 px), keypoints visible/occluded/outside;
 *       2 toy car, a ring with a 2-pixel hole, upright (rotation about camera y by 30 degrees, scaled 1, 2, 0.5
 *       along model x, y, z); 3 cube, not visible (no annotation), a corner behind the camera (no box3d_image,
 *       no projected box); 4 toy car, truncated at the left border; 5 cube, ignored (1 of 6 px visible).</li>
 *   <li>frame 1 (20x10): 1 cube, a single pixel at (5, 4); 2 toy car in two parts.</li>
 *   <li>frame 2 (16x12): no instance.</li>
 *   <li>frame 3 (4x4): 1 cube, the 3x3 block with a hole of coco.md section 7 (counts string {@code 031N00024}).</li>
 * </ul>
 */
public final class LabelFixtures {
    public static final CategoryLabel CUBE = new CategoryLabel(1, "cube", List.of("top", "bottom", "tip"));
    public static final CategoryLabel CAR = new CategoryLabel(2, "toy car");
    public static final double DEPTH_SCALE = 0.1;

    private LabelFixtures() {
    }

    public static DatasetLabels dataset() {
        return new DatasetLabels(List.of(CUBE, CAR), List.of(frame0(), frame1(), frame2(), frame3()), DEPTH_SCALE);
    }

    public static long annotationId(int frame, int index) {
        return (frame + 1L) * 65536 + index;
    }

    static double[] worldToCamera0() {
        return Geometry.affine(Geometry.rotation(1, 0, 0, 180), new double[] {0, 0.5, 3}, 1);
    }

    public static CameraLabel camera0() {
        return new CameraLabel(16, 12, 20, 20, 7.5, 5.5, 0.05, 100, worldToCamera0());
    }

    public static FrameLabel frame0() {
        CameraLabel cam = camera0();
        double[] w2c = worldToCamera0();
        String[] none = rows(16, 12);
        InstanceLabel cube = new InstanceSpec(1, CUBE).annotationId(annotationId(0, 1))
                .masks(mask(draw(none, 1, 1, "##", "##", "###", "###")), mask(draw(none, 1, 1, "####", "####", "####", "####")))
                .projected(new double[] {0.6, 0.7, 4.5, 4.6})
                .pose(Geometry.rotation(1, 2, 3, 40), new double[] {-0.3, -0.2, 2.0}, new double[] {1.5, 0.75, 2})
                .modelBox(new double[] {-0.1, -0.05, -0.2}, new double[] {0.15, 0.1, 0.05})
                .keypoint("top", 2.0, 1.0, 2.0, VISIBLE).keypoint("bottom", 3.2, 4.4, 2.1, OCCLUDED)
                .keypoint("tip", -3.0, 5.0, 2.0, OUTSIDE).build(cam, w2c);
        InstanceLabel ring = new InstanceSpec(2, CAR).annotationId(annotationId(0, 2))
                .masks(mask(draw(none, 8, 1, "####", "#..#", "####")), mask(draw(none, 8, 1, "####", "#..#", "####")))
                .projected(new double[] {7.8, 0.9, 4.3, 3.2})
                .pose(Geometry.rotation(0, 1, 0, 30), new double[] {0.2, 0.1, 3.0}, new double[] {1, 2, 0.5})
                .modelBox(new double[] {-0.4, 0, -0.2}, new double[] {0.4, 0.3, 0.2}).build(cam, w2c);
        InstanceLabel hidden = new InstanceSpec(3, CUBE)
                .masks(mask(none), mask(draw(none, 8, 1, "##")))
                .pose(Geometry.rotation(0, 0, 1, 15), new double[] {0, 0, 0.05}, new double[] {1, 1, 1})
                .keypoint("top", 8.0, 1.0, 3.0, OCCLUDED).keypoint("bottom", 20.5, 3.0, 3.0, OUTSIDE)
                .keypoint("tip", 1.0, 1.0, -0.5, OUTSIDE).build(cam, w2c);
        InstanceLabel truncated = new InstanceSpec(4, CAR).annotationId(annotationId(0, 4))
                .masks(mask(draw(none, 0, 6, "#", "##", "##", "#")), mask(draw(none, 0, 6, "#", "##", "##", "#")))
                .truncation(0.4, new double[] {-2.3, 6.2, 4.1, 3.5})
                .pose(Geometry.rotation(0, 0, 1, 90), new double[] {-0.5, 0.1, 2.5}, new double[] {2, 1, 0.5})
                .build(cam, w2c);
        InstanceLabel ignored = new InstanceSpec(5, CUBE).annotationId(annotationId(0, 5)).ignore()
                .masks(mask(draw(none, 13, 7, "#")), mask(draw(none, 12, 6, "###", "###")))
                .projected(new double[] {11.9, 5.8, 3.2, 2.4})
                .pose(Geometry.rotation(1, 1, 0, 70), new double[] {0.4, 0.1, 2.2}, new double[] {0.5, 0.5, 0.5})
                .keypoint("top", 13.0, 7.0, 2.2, VISIBLE).keypoint("bottom", 12.0, 6.0, 2.3, OCCLUDED)
                .keypoint("tip", 16.0, 7.0, 2.2, OUTSIDE).build(cam, w2c);
        return new FrameLabel(0, 1, "000000.png", cam, List.of(cube, ring, hidden, truncated, ignored), scene());
    }

    static double[] worldToCamera1() {
        return Geometry.affine(Geometry.rotation(0, 0, 1, 10), new double[] {0.1, -0.2, 1.5}, 1);
    }

    public static FrameLabel frame1() {
        double[] w2c = worldToCamera1();
        CameraLabel cam = new CameraLabel(20, 10, 25, 24, 9.5, 4.5, 0.1, 50, w2c);
        String[] none = rows(20, 10);
        InstanceLabel pixel = new InstanceSpec(1, CUBE).annotationId(annotationId(1, 1))
                .masks(mask(draw(none, 5, 4, "#")), mask(draw(none, 5, 4, "#")))
                .projected(new double[] {4.7, 3.6, 1.2, 1.1})
                .pose(Geometry.rotation(0, 1, 1, 5), new double[] {-0.3, 0, 2}, new double[] {0.01, 0.02, 0.005})
                .keypoint("top", 5.0, 4.0, 2.0, VISIBLE).keypoint("bottom", 5.2, 4.3, 2.0, OCCLUDED)
                .keypoint("tip", 19.6, 4.0, 2.0, OUTSIDE).build(cam, w2c);
        InstanceLabel parts = new InstanceSpec(2, CAR).annotationId(annotationId(1, 2))
                .masks(mask(draw(draw(none, 10, 2, "##"), 14, 6, "#")), mask(draw(none, 10, 2, "#####", ".....",
                        ".....", ".....", "#####")))
                .projected(new double[] {9.5, 1.5, 5.5, 5.5})
                .pose(Geometry.rotation(1, 0, 0, -20), new double[] {0.3, -0.1, 1.8}, new double[] {1, 1, 1})
                .build(cam, w2c);
        return new FrameLabel(1, 2, "000001.png", cam, List.of(pixel, parts), null);
    }

    public static FrameLabel frame2() {
        return new FrameLabel(2, 3, "000002.png", camera0(), List.of(), null);
    }

    public static FrameLabel frame3() {
        double[] w2c = Geometry.affine(Geometry.rotation(0, 1, 0, 0), new double[] {0, 0, 0}, 1);
        CameraLabel cam = new CameraLabel(4, 4, 4, 4, 1.5, 1.5, 0.05, 10, w2c);
        InstanceLabel block = new InstanceSpec(1, CUBE).annotationId(annotationId(3, 1))
                .masks(mask("###.", "#.#.", "###.", "...."), mask("###.", "###.", "###.", "...."))
                .projected(new double[] {0, 0, 3, 3})
                .keypoint("top", 0, 0, 1, OCCLUDED).keypoint("bottom", 2, 2, 1, VISIBLE)
                .keypoint("tip", 0, 4, 1, OUTSIDE).build(cam, w2c);
        return new FrameLabel(3, 4, "000003.png", cam, List.of(block), null);
    }

    static JsonNode scene() {
        ObjectNode scene = JsonNodeFactory.instance.objectNode();
        scene.putArray("lights").addObject().put("type", "point").putArray("position").add(1.0).add(2.0).add(3.0);
        scene.putObject("background").put("type", "color").putArray("color").add(0.5).add(0.25).add(0.125);
        scene.put("ambient", 0.15);
        return scene;
    }

    /** {@code h} empty rows of width {@code w}. */
    static String[] rows(int w, int h) {
        String[] rows = new String[h];
        java.util.Arrays.fill(rows, ".".repeat(w));
        return rows;
    }

    /** A copy of {@code rows} with {@code pattern}'s '#' pixels set at column x, row y. */
    static String[] draw(String[] rows, int x, int y, String... pattern) {
        String[] out = rows.clone();
        for (int r = 0; r < pattern.length; r++) {
            char[] row = out[y + r].toCharArray();
            for (int c = 0; c < pattern[r].length(); c++) if (pattern[r].charAt(c) == '#') row[x + c] = '#';
            out[y + r] = new String(row);
        }
        return out;
    }
}
