package mirage.dataset.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mirage.annotators.labels.CameraLabel;
import mirage.annotators.labels.DatasetLabels;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.InstanceLabel;
import mirage.annotators.labels.LabelFixtures;
import mirage.annotators.mask.PixelBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BOP export read back as a Jackson tree, following bop_toolkit's docs/bop_datasets_format.md: per image id, the
 * camera ({@code cam_K}, {@code depth_scale}, {@code cam_R_w2c}, {@code cam_t_w2c} in mm), the ground truth
 * ({@code obj_id}, {@code cam_R_m2c}, {@code cam_t_m2c} in mm) and the info ({@code bbox_obj}, {@code bbox_visib}
 * as {@code [x, y, max - min, max - min]} like bop_toolkit's calc_2d_bbox, pixel counts, {@code visib_fract}).
 * Numbers are JSON doubles written exactly, so they compare exactly (mm values as {@code metres * 1000}).
 */
class BopExportTest {
    @TempDir
    Path dir;

    private final DatasetLabels labels = LabelFixtures.dataset();

    private JsonNode json(String name) throws IOException {
        return new ObjectMapper().readTree(dir.resolve(name).toFile());
    }

    @Test
    void sceneFilesReadBackAsTheLabelModel() throws IOException {
        ExportReport report = new BopExporter().export(labels, dir);
        assertEquals(List.of("scene_camera.json", "scene_gt.json", "scene_gt_info.json"), report.files());
        JsonNode camera = json("scene_camera.json");
        JsonNode gt = json("scene_gt.json");
        JsonNode info = json("scene_gt_info.json");
        assertEquals(List.of("0", "1", "2", "3"), names(camera), "keys are im_id = frame index");
        for (FrameLabel f : labels.frames()) {
            String imId = String.valueOf(f.frame());
            CameraLabel c = f.camera();
            JsonNode cam = camera.get(imId);
            assertArrayEquals(new double[] {c.fx(), 0, c.cx(), 0, c.fy(), c.cy(), 0, 0, 1}, doubles(cam.get("cam_K")));
            assertEquals(LabelFixtures.DEPTH_SCALE, cam.get("depth_scale").doubleValue());
            assertArrayEquals(c.rotationWorldToCamera(), doubles(cam.get("cam_R_w2c")));
            assertArrayEquals(mm(c.translationWorldToCamera()), doubles(cam.get("cam_t_w2c")));
            assertEquals(f.instances().size(), gt.get(imId).size(), "every instance, visible or not");
            for (int k = 0; k < f.instances().size(); k++) {
                checkInstance(f.instances().get(k), gt.get(imId).get(k), info.get(imId).get(k));
            }
        }
    }

    private static void checkInstance(InstanceLabel i, JsonNode gt, JsonNode info) {
        assertEquals(i.categoryId(), gt.get("obj_id").intValue());
        assertArrayEquals(i.pose().rotation(), doubles(gt.get("cam_R_m2c")));
        assertArrayEquals(mm(i.pose().translation()), doubles(gt.get("cam_t_m2c")));
        assertArrayEquals(i.pose().scale(), doubles(gt.get("scale")), "the BOP model is the asset scaled per axis");
        assertEquals(i.masks().amodal().pixels(), info.get("px_count_all").longValue());
        assertEquals(i.masks().amodal().pixels(), info.get("px_count_valid").longValue());
        assertEquals(i.masks().visible().pixels(), info.get("px_count_visib").longValue());
        assertEquals(i.visibility().visibility(), info.get("visib_fract").doubleValue());
        PixelBox v = i.masks().visible().box();
        int[] visib = v == null ? new int[] {-1, -1, -1, -1} : new int[] {v.x(), v.y(), v.w() - 1, v.h() - 1};
        assertArrayEquals(visib, ints(info.get("bbox_visib")));
        assertEquals(List.of("bbox_obj", "bbox_visib", "px_count_all", "px_count_valid", "px_count_visib",
                "visib_fract"), names(info));
    }

    @Test
    void objectBoxes() throws IOException {
        new BopExporter().export(labels, dir);
        JsonNode info = json("scene_gt_info.json").get("0");
        assertArrayEquals(new int[] {1, 1, 3, 3}, ints(info.get(0).get("bbox_obj")), "not truncated: the amodal box");
        assertArrayEquals(new int[] {-1, -1, -1, -1}, ints(info.get(2).get("bbox_obj")), "not visible");
        // truncated, projected box x -2.3..1.8, y 6.2..9.7: columns -3..1, rows 6..9
        assertArrayEquals(new int[] {-3, 6, 4, 3}, ints(info.get(3).get("bbox_obj")));
        JsonNode pixel = json("scene_gt_info.json").get("1").get(0);
        assertArrayEquals(new int[] {5, 4, 0, 0}, ints(pixel.get("bbox_visib")), "pixel (5, 4): [x, y, 0, 0]");
    }

    private static double[] mm(double[] metres) {
        double[] out = new double[metres.length];
        for (int i = 0; i < out.length; i++) out[i] = metres[i] * 1000;
        return out;
    }

    private static double[] doubles(JsonNode a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) out[i] = a.get(i).doubleValue();
        return out;
    }

    private static int[] ints(JsonNode a) {
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) out[i] = a.get(i).intValue();
        return out;
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
