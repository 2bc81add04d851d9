package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import mirage.dataset.DatasetReader;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.InstanceLabel;
import mirage.annotators.mask.PixelBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A box-shaped asset rendered under a per-axis scale: its labels carry that scale per axis, sizes are the extents
 * times it, and the 3D box, whose corners are the asset's own vertices, projects onto the rendered silhouette.
 */
class PerAxisScaleTest {
    /** Model x, y, z extents of the box asset: x 0..0.4, y -0.15..0.15, z -0.1..0.1 (not centred on the origin). */
    static final double[] MIN = {0, -0.15, -0.1};
    static final double[] MAX = {0.4, 0.15, 0.1};
    static final double[] SCALE = {0.5, 1, 2};
    static final int FRAMES = 3;
    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void render() throws Exception {
        Files.writeString(tmp.resolve("box.obj"), box());
        Path spec = tmp.resolve("scene.yaml");
        Files.writeString(spec, """
                seed: 5
                frames: %d
                image: {width: 320, height: 240}
                camera: {fov_deg: 45, orbit: {distance: 4, elevation_deg: {uniform: [10, 60]}}}
                objects:
                  - asset: box.obj
                    category: fixed
                    count: 3
                    scale: [0.5, 1, 2]
                    rotation: uniform
                    position: {min: [-0.9, -0.6, -0.9], max: [0.9, 0.6, 0.9]}
                  - asset: box.obj
                    category: drawn
                    count: 2
                    scale: [{uniform: [0.5, 1]}, 1, {uniform: [1.5, 2.5]}]
                    rotation: uniform
                    position: {min: [-0.9, -0.6, -0.9], max: [0.9, 0.6, 0.9]}
                """.formatted(FRAMES));
        out = tmp.resolve("out");
        CliRun r = CliRun.of("render", spec.toString(), "--out", out.toString(), "--no-progress");
        assertEquals(0, r.exitCode(), r.err());
    }

    /** An OBJ box from MIN to MAX: 8 vertices, 6 quads wound counter-clockwise seen from outside. */
    static String box() {
        StringBuilder s = new StringBuilder("# test box\n");
        for (int c = 0; c < 8; c++) {
            s.append("v ").append(corner(c, 0)).append(' ').append(corner(c, 1)).append(' ').append(corner(c, 2))
                    .append('\n');
        }
        // OBJ indices are 1-based; vertex c + 1 is corner c (x from bit 0, y from bit 1, z from bit 2).
        s.append("f 1 3 4 2\nf 5 6 8 7\nf 1 2 6 5\nf 3 7 8 4\nf 1 5 7 3\nf 2 4 8 6\n");
        return s.toString();
    }

    static double corner(int c, int axis) {
        return (c & (1 << axis)) != 0 ? MAX[axis] : MIN[axis];
    }

    @Test
    void scaleAndSizeArePerAxis() throws Exception {
        int fixed = 0, drawn = 0;
        for (FrameLabel f : DatasetReader.open(out).records()) {
            for (InstanceLabel inst : f.instances()) {
                double[] s = inst.pose().scale();
                if (inst.category().equals("fixed")) {
                    assertArrayEquals(SCALE, s, 1e-5, "the spec's constant per-axis scale");
                    fixed++;
                } else {
                    assertTrue(s[0] >= 0.5 - 1e-5 && s[0] <= 1 + 1e-5, "x drawn in 0.5..1: " + s[0]);
                    assertEquals(1, s[1], 1e-5);
                    assertTrue(s[2] >= 1.5 - 1e-5 && s[2] <= 2.5 + 1e-5, "z drawn in 1.5..2.5: " + s[2]);
                    drawn++;
                }
                for (int axis = 0; axis < 3; axis++) {
                    assertEquals((MAX[axis] - MIN[axis]) * s[axis], inst.pose().size()[axis], 1e-6, "size[" + axis + "]");
                }
                double[] r = inst.pose().rotation(), t = inst.pose().translation();
                for (int c = 0; c < 8; c++) {
                    double x = s[0] * corner(c, 0), y = s[1] * corner(c, 1), z = s[2] * corner(c, 2);
                    for (int row = 0; row < 3; row++) {
                        double want = r[row * 3] * x + r[row * 3 + 1] * y + r[row * 3 + 2] * z + t[row];
                        assertEquals(want, inst.box3d().corner(c)[row], 1e-5, "corner " + c + " = R diag(scale) p + t");
                    }
                }
            }
        }
        assertEquals(3 * FRAMES, fixed);
        assertEquals(2 * FRAMES, drawn);
    }

    /** The 3D box corners, projected, bound the amodal box within one pixel for every box inside the image. */
    @Test
    void boxCornersProjectOntoTheAmodalBox() throws Exception {
        int checked = 0;
        for (FrameLabel f : DatasetReader.open(out).records()) {
            for (InstanceLabel inst : f.instances()) {
                double[] image = inst.box3d().image();
                if (image == null || inst.masks().amodal().box() == null) continue;
                double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
                for (int c = 0; c < 8; c++) {
                    double u = image[2 * c] + 0.5, v = image[2 * c + 1] + 0.5;   // pixel-edge coordinates
                    x0 = Math.min(x0, u);
                    y0 = Math.min(y0, v);
                    x1 = Math.max(x1, u);
                    y1 = Math.max(y1, v);
                }
                if (x0 < 0 || y0 < 0 || x1 > f.camera().width() || y1 > f.camera().height()) continue;
                PixelBox a = inst.masks().amodal().box();
                String who = "frame " + f.frame() + " instance " + inst.index();
                assertEquals(x0, a.x(), 1.0, who);
                assertEquals(y0, a.y(), 1.0, who);
                assertEquals(x1, a.x() + a.w(), 1.0, who);
                assertEquals(y1, a.y() + a.h(), 1.0, who);
                checked++;
            }
        }
        assertTrue(checked >= FRAMES * 3, "checked " + checked);
    }

    /** COCO's pose extra carries the same three scales as the frame record. */
    @Test
    void cocoPoseCarriesTheScalePerAxis() throws Exception {
        Map<Long, double[]> scales = new HashMap<>();
        for (FrameLabel f : DatasetReader.open(out).records()) {
            for (InstanceLabel inst : f.instances()) if (inst.annotated()) scales.put(inst.annotationId(), inst.pose().scale());
        }
        JsonNode annotations = new ObjectMapper().readTree(out.resolve("annotations/instances.json").toFile())
                .get("annotations");
        assertEquals(scales.size(), annotations.size());
        for (JsonNode a : annotations) {
            JsonNode scale = a.get("pose").get("scale");
            double[] got = {scale.get(0).doubleValue(), scale.get(1).doubleValue(), scale.get(2).doubleValue()};
            assertEquals(3, scale.size());
            assertArrayEquals(scales.get(a.get("id").longValue()), got, 0);
        }
    }
}
