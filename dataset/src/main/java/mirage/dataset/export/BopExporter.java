package mirage.dataset.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import mirage.dataset.AtomicWriter;
import mirage.dataset.OwnedFiles;
import mirage.annotators.labels.CameraLabel;
import mirage.annotators.labels.LabelSource;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.InstanceLabel;
import mirage.annotators.labels.JsonMappers;
import mirage.annotators.labels.MasksLabel;
import mirage.annotators.labels.PoseLabel;
import mirage.annotators.mask.PixelBox;

/**
 * BOP scene files (thodan/bop_toolkit docs/bop_datasets_format.md) for the dataset as one scene:
 * {@code scene_camera.json}, {@code scene_gt.json}, {@code scene_gt_info.json}. Keys are BOP image ids
 * {@code im_id} as strings: the frame index, which is the number in the image file name ({@code 000017.png} is
 * {@code "17"}). Lengths in mm ({@code t_mm = t_m * 1000}); rotations row-major; camera OpenCV. Per image, every
 * instance in index order (visible or not). {@code obj_id} is the category id; our extra key {@code scale}
 * ({@code [sx, sy, sz]}) says that the BOP model of the object is its asset scaled by sx, sy, sz along its own
 * x, y, z (and by 1000 for mm). BOP boxes
 * are {@code [x, y, w, h]} with {@code w = max column - min column} (bop_toolkit {@code calc_2d_bbox}: a
 * 1-pixel box has w = 0), {@code [-1, -1, -1, -1]} when the object has no visible pixel.
 */
public final class BopExporter implements Exporter {
    public static final String SCENE_CAMERA = "scene_camera.json";
    public static final String SCENE_GT = "scene_gt.json";
    public static final String SCENE_GT_INFO = "scene_gt_info.json";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final double MM = 1000;

    @Override
    public OwnedFiles owned() {
        return new OwnedFiles(List.of(OwnedFiles.Rule.of("", "scene_(camera|gt|gt_info)\\.json")));
    }

    @Override
    public ExportReport export(LabelSource labels, Path outDir) {
        replaceOwned(outDir);
        ObjectNode camera = F.objectNode();
        ObjectNode gt = F.objectNode();
        ObjectNode info = F.objectNode();
        long frames = 0;
        for (FrameLabel f : labels.frames()) {
            frames++;
            String imId = String.valueOf(f.frame());
            camera.set(imId, camera(f.camera(), labels.depthScale()));
            ArrayNode gts = gt.putArray(imId);
            ArrayNode infos = info.putArray(imId);
            for (InstanceLabel inst : f.instances()) {
                gts.add(gt(inst));
                infos.add(info(inst));
            }
        }
        write(outDir.resolve(SCENE_CAMERA), camera);
        write(outDir.resolve(SCENE_GT), gt);
        write(outDir.resolve(SCENE_GT_INFO), info);
        return new ExportReport(ExportFormat.BOP, frames, List.of(SCENE_CAMERA, SCENE_GT, SCENE_GT_INFO), List.of());
    }

    private static void write(Path file, ObjectNode tree) {
        AtomicWriter.write(file, out -> {
            JsonMappers.prettyWriter().writeValue(out, tree);
            out.write('\n');
        });
    }

    private static ObjectNode camera(CameraLabel c, double depthScale) {
        ObjectNode n = F.objectNode();
        n.set("cam_K", numbers(c.intrinsicMatrix(), 1));
        n.put("depth_scale", depthScale);
        n.set("cam_R_w2c", numbers(c.rotationWorldToCamera(), 1));
        n.set("cam_t_w2c", numbers(c.translationWorldToCamera(), MM));
        return n;
    }

    private static ObjectNode gt(InstanceLabel inst) {
        ObjectNode n = F.objectNode();
        n.put("obj_id", inst.categoryId());
        PoseLabel pose = inst.pose();
        n.set("cam_R_m2c", numbers(pose.rotation(), 1));
        n.set("cam_t_m2c", numbers(pose.translation(), MM));
        n.set("scale", numbers(pose.scale(), 1));
        return n;
    }

    private static ObjectNode info(InstanceLabel inst) {
        ObjectNode n = F.objectNode();
        n.set("bbox_obj", box(objectBox(inst)));
        MasksLabel.Region visible = inst.masks().visible();
        long amodalPixels = inst.masks().amodal().pixels();
        n.set("bbox_visib", box(visible.pixels() > 0 ? bopBox(visible.box()) : null));
        n.put("px_count_all", amodalPixels);
        n.put("px_count_valid", amodalPixels);
        n.put("px_count_visib", visible.pixels());
        n.put("visib_fract", inst.visibility().visibility());
        return n;
    }

    /**
     * {@code bbox_obj}: the box of the full silhouette. Not truncated: the amodal box (pixel-exact). Truncated: the
     * projected box rounded outward to the pixels it touches (columns {@code floor(x)} to {@code ceil(x + w) - 1}),
     * which may extend past the image; without a projected box, the amodal box clipped to the image. None when no
     * pixel is visible, as bop_toolkit does.
     */
    static int[] objectBox(InstanceLabel inst) {
        MasksLabel masks = inst.masks();
        if (masks.visible().pixels() == 0) return null;
        double[] p = masks.projectedBox();
        if (inst.visibility().truncation() == 0 || p == null) return bopBox(masks.amodal().box());
        int x0 = (int) Math.floor(p[0]);
        int y0 = (int) Math.floor(p[1]);
        int x1 = Math.max(x0, (int) Math.ceil(p[0] + p[2]) - 1);
        int y1 = Math.max(y0, (int) Math.ceil(p[1] + p[3]) - 1);
        return new int[] {x0, y0, x1 - x0, y1 - y0};
    }

    /** A pixel box in BOP's convention: {@code [x, y, maxCol - x, maxRow - y]}. */
    static int[] bopBox(PixelBox b) {
        return new int[] {b.x(), b.y(), b.w() - 1, b.h() - 1};
    }

    private static ArrayNode box(int[] b) {
        ArrayNode a = F.arrayNode();
        for (int i = 0; i < 4; i++) a.add(b == null ? -1 : b[i]);
        return a;
    }

    private static ArrayNode numbers(double[] values, double factor) {
        ArrayNode a = F.arrayNode();
        for (double v : values) a.add(v * factor);
        return a;
    }
}
