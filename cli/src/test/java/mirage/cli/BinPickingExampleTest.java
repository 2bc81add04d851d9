package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mirage.annotators.labels.CameraLabel;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.InstanceLabel;
import mirage.assets.AssetLibrary;
import mirage.dataset.DatasetReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bin-picking example as shipped (its settled pile, its 1920x1200 industrial camera), two frames: the
 * independent label checks of {@link LabelChecks}, and its BOP export against the records and the pixels.
 */
class BinPickingExampleTest {
    static final int FRAMES = 2;
    /** Basler ace 2 a2A1920-51gc (Sony IMX392, 3.45 um pixels) behind a 12 mm lens: focal length in pixels. */
    static final double FOCAL_PX = 12e-3 / 3.45e-6;
    static final Path SPEC_DIR = CliRun.repo().resolve("examples/bin-picking");
    @TempDir
    static Path tmp;
    static Path out;
    static Path bop;
    static List<FrameLabel> frames;

    @BeforeAll
    static void renderAndExport() {
        out = tmp.resolve("bin-picking");
        CliRun r = CliRun.of("render", SPEC_DIR.resolve("scene.yaml").toString(), "--out", out.toString(),
                "--frames", String.valueOf(FRAMES), "--no-progress");
        assertEquals(0, r.exitCode(), r.err());
        bop = tmp.resolve("bop");
        CliRun e = CliRun.of("export", out.toString(), "--format", "bop", "--out", bop.toString());
        assertEquals(0, e.exitCode(), e.err());
        frames = new ArrayList<>();
        for (FrameLabel f : DatasetReader.open(out).records()) frames.add(f);
        assertEquals(FRAMES, frames.size());
    }

    static LabelChecks checks() {
        return new LabelChecks(out, SPEC_DIR);
    }

    @Test
    void cocoMasksEqualTheInstancePngPixels() throws Exception {
        assertTrue(checks().cocoMasksEqualTheInstancePngPixels() >= 10 * FRAMES, "a pile shows many parts");
    }

    @Test
    void recordedPosesProjectOntoTheVisiblePixels() throws Exception {
        checks().recordedPosesProjectOntoTheVisiblePixels();
    }

    @Test
    void amodalLabelsContainTheVisibleOnes() {
        checks().amodalLabelsContainTheVisibleOnes();
    }

    @Test
    void projectedVerticesLandOnTheAmodalBox() {
        assertTrue(checks().projectedVerticesLandOnTheAmodalBox() >= 10 * FRAMES);
    }

    /** The pile occludes: some parts are partly hidden, and the visibility labels say so. */
    @Test
    void visibilityLabelsShowAnOccludedPile() {
        long partly = frames.stream().flatMap(f -> f.instances().stream())
                .filter(i -> i.visibility().visibility() > 0 && i.visibility().visibility() < 0.9).count();
        assertTrue(partly >= FRAMES, "partly occluded parts: " + partly);
    }

    /** scene_camera.json: the real camera's K for every image, and the records' world-to-camera in mm. */
    @Test
    void bopCameraIsTheIndustrialCamera() throws Exception {
        JsonNode cameras = LabelChecks.JSON.readTree(bop.resolve("scene_camera.json").toFile());
        assertEquals(FRAMES, cameras.size());
        for (FrameLabel f : frames) {
            JsonNode c = cameras.get(String.valueOf(f.frame()));
            assertEquals(1920, f.camera().width());
            assertEquals(1200, f.camera().height());
            double[] k = doubles(c.get("cam_K"));
            assertArrayEquals(new double[] {FOCAL_PX, 0, 959.5, 0, FOCAL_PX, 599.5, 0, 0, 1}, k, 0.05);
            double[] w2c = f.camera().worldToCamera();
            double[] r = doubles(c.get("cam_R_w2c")), t = doubles(c.get("cam_t_w2c"));
            for (int row = 0; row < 3; row++) {
                for (int col = 0; col < 3; col++) assertEquals(w2c[row * 4 + col], r[row * 3 + col], 1e-9);
                assertEquals(w2c[row * 4 + 3] * 1000, t[row], 1e-6);
            }
        }
    }

    /**
     * scene_gt.json: per image every instance in index order, its category as obj_id, a proper rotation, and
     * R·diag(scale), t/1000 equal to world_to_camera·model_to_world from the record; the asset's vertices under that
     * BOP pose and K land on bbox_obj (within a pixel) for every part inside the image.
     */
    @Test
    void bopPosesAreTheRecordedOnesAndProjectOntoTheObjectBoxes() throws Exception {
        JsonNode gt = LabelChecks.JSON.readTree(bop.resolve("scene_gt.json").toFile());
        JsonNode info = LabelChecks.JSON.readTree(bop.resolve("scene_gt_info.json").toFile());
        AssetLibrary assets = new AssetLibrary();
        int projected = 0;
        for (FrameLabel f : frames) {
            JsonNode poses = gt.get(String.valueOf(f.frame())), infos = info.get(String.valueOf(f.frame()));
            assertEquals(f.instances().size(), poses.size());
            for (InstanceLabel inst : f.instances()) {
                JsonNode p = poses.get(inst.index() - 1);
                assertEquals(inst.categoryId(), p.get("obj_id").asInt());
                double[] r = doubles(p.get("cam_R_m2c")), t = doubles(p.get("cam_t_m2c")), s = doubles(p.get("scale"));
                assertProperRotation(r);
                double[] m2c = LabelChecks.multiply(f.camera().worldToCamera(), inst.pose().modelToWorld());
                double[] bopM2c = new double[16];
                for (int row = 0; row < 3; row++) {
                    for (int col = 0; col < 3; col++) bopM2c[row * 4 + col] = r[row * 3 + col] * s[col];
                    bopM2c[row * 4 + 3] = t[row] / 1000;
                }
                bopM2c[15] = 1;
                assertArrayEquals(m2c, bopM2c, 1e-6, "frame " + f.frame() + " instance " + inst.index());
                int[] objBox = ints(infos.get(inst.index() - 1).get("bbox_obj"));
                if (objBox[0] < 0 || inst.visibility().truncation() > 0) continue;
                double[] box = checks().projectedEdgeBox(assets, f, inst, bopM2c);
                assertEquals(box[0], objBox[0], 1.0);
                assertEquals(box[1], objBox[1], 1.0);
                assertEquals(box[2], objBox[0] + objBox[2] + 1, 1.0);   // BOP: w = last column - first column
                assertEquals(box[3], objBox[1] + objBox[3] + 1, 1.0);
                projected++;
            }
        }
        assertTrue(projected >= 10 * FRAMES, "projected " + projected);
    }

    /**
     * scene_gt_info.json against the instance PNG: px_count_visib counts the instance's pixels, bbox_visib spans
     * them (BOP: w = last column - first column; -1s when none), visib_fract = px_count_visib / px_count_all.
     */
    @Test
    void bopVisibilityMatchesTheInstanceMasks() throws Exception {
        JsonNode info = LabelChecks.JSON.readTree(bop.resolve("scene_gt_info.json").toFile());
        for (FrameLabel f : frames) {
            int[] ids = LabelChecks.gray16(out.resolve("masks/instance/" + f.fileName()));
            CameraLabel cam = f.camera();
            JsonNode infos = info.get(String.valueOf(f.frame()));
            assertEquals(f.instances().size(), infos.size());
            for (InstanceLabel inst : f.instances()) {
                JsonNode n = infos.get(inst.index() - 1);
                int k = inst.index();
                int[] span = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
                long pixels = 0;
                for (int p = 0; p < ids.length; p++) {
                    if (ids[p] != k) continue;
                    pixels++;
                    int x = p % cam.width(), y = p / cam.width();
                    span[0] = Math.min(span[0], x);
                    span[1] = Math.min(span[1], y);
                    span[2] = Math.max(span[2], x);
                    span[3] = Math.max(span[3], y);
                }
                assertEquals(pixels, n.get("px_count_visib").asLong(), "frame " + f.frame() + " instance " + k);
                int[] expected = pixels == 0 ? new int[] {-1, -1, -1, -1}
                        : new int[] {span[0], span[1], span[2] - span[0], span[3] - span[1]};
                assertArrayEquals(expected, ints(n.get("bbox_visib")));
                long all = n.get("px_count_all").asLong();
                assertTrue(all >= pixels);
                if (all > 0) assertEquals((double) pixels / all, n.get("visib_fract").asDouble(), 1e-9);
                assertEquals(inst.visibility().visibility(), n.get("visib_fract").asDouble(), 1e-12);
            }
        }
    }

    private static void assertProperRotation(double[] r) {
        for (int a = 0; a < 3; a++)
            for (int b = 0; b < 3; b++) {
                double dot = 0;
                for (int i = 0; i < 3; i++) dot += r[a * 3 + i] * r[b * 3 + i];
                assertEquals(a == b ? 1 : 0, dot, 1e-6, "R·Rᵀ = I");
            }
        double det = r[0] * (r[4] * r[8] - r[5] * r[7]) - r[1] * (r[3] * r[8] - r[5] * r[6]) + r[2] * (r[3] * r[7] - r[4] * r[6]);
        assertEquals(1, det, 1e-6);
    }

    private static double[] doubles(JsonNode a) {
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) v[i] = a.get(i).asDouble();
        return v;
    }

    private static int[] ints(JsonNode a) {
        int[] v = new int[a.size()];
        for (int i = 0; i < v.length; i++) v[i] = a.get(i).asInt();
        return v;
    }
}
