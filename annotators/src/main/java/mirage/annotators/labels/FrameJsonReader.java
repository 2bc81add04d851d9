package mirage.annotators.labels;

import static mirage.annotators.labels.JsonIn.array;
import static mirage.annotators.labels.JsonIn.bool;
import static mirage.annotators.labels.JsonIn.field;
import static mirage.annotators.labels.JsonIn.int32;
import static mirage.annotators.labels.JsonIn.int64;
import static mirage.annotators.labels.JsonIn.number;
import static mirage.annotators.labels.JsonIn.numbers;
import static mirage.annotators.labels.JsonIn.optional;
import static mirage.annotators.labels.JsonIn.rows;
import static mirage.annotators.labels.JsonIn.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mirage.annotators.mask.PixelBox;
import mirage.annotators.rle.Rle;

/** Parses the JSON tree of one frame file into a {@link FrameLabel}; unknown keys are rejected. */
final class FrameJsonReader {
    private static final Set<String> FRAME_KEYS = Set.of("frame", "image_id", "file_name", "split", "camera",
            "instances", "scene");
    private static final Set<String> INSTANCE_KEYS = Set.of("index", "annotation_id", "category", "category_id",
            "asset", "model_to_world", "model_to_camera", "rotation", "translation", "scale", "size",
            "visible_pixels", "amodal_pixels", "visible_box", "amodal_box", "projected_box", "visibility",
            "truncation", "ignore", "visible_mask", "amodal_mask", "box3d_camera", "box3d_image", "keypoints");

    private FrameJsonReader() {
    }

    static FrameLabel frame(JsonNode root) throws LabelFormatException {
        JsonIn.onlyKeys(root, "$", FRAME_KEYS);
        JsonNode cameraNode = field(root, "camera", "$");
        CameraLabel camera = JsonIn.build("$.camera", () -> CameraLabelJson.read(cameraNode, "$.camera"));
        JsonNode list = array(root, "instances", "$");
        List<InstanceLabel> instances = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) instances.add(instance(list.get(i), "$.instances[" + i + "]"));
        int frame = int32(root, "frame", "$");
        long imageId = int64(root, "image_id", "$");
        String fileName = text(root, "file_name", "$");
        JsonNode scene = optional(root, "scene");
        String split = optional(root, "split") == null ? null : text(root, "split", "$");
        return JsonIn.build("$", () -> new FrameLabel(frame, imageId, fileName, camera, instances, scene, split));
    }

    private static InstanceLabel instance(JsonNode n, String p) throws LabelFormatException {
        JsonIn.onlyKeys(n, p, INSTANCE_KEYS);
        JsonNode annId = optional(n, "annotation_id");
        Long annotationId = annId == null ? null : int64(annId, p + ".annotation_id");
        double[] m2w = rows(field(n, "model_to_world", p), p + ".model_to_world", 4, 4);
        double[] m2c = rows(field(n, "model_to_camera", p), p + ".model_to_camera", 4, 4);
        double[] rot = rows(field(n, "rotation", p), p + ".rotation", 3, 3);
        double[] t = numbers(field(n, "translation", p), p + ".translation", 3);
        double[] scale = numbers(field(n, "scale", p), p + ".scale", 3);
        double[] size = numbers(field(n, "size", p), p + ".size", 3);
        PixelBox visibleBox = optional(n, "visible_box", p, JsonIn::box);
        PixelBox amodalBox = optional(n, "amodal_box", p, JsonIn::box);
        double[] projected = optional(n, "projected_box", p, (v, at) -> numbers(v, at, 4));
        Rle visibleMask = optional(n, "visible_mask", p, JsonIn::rle);
        Rle amodalMask = optional(n, "amodal_mask", p, JsonIn::rle);
        double[] corners = rows(field(n, "box3d_camera", p), p + ".box3d_camera", 8, 3);
        double[] image = optional(n, "box3d_image", p, (v, at) -> rows(v, at, 8, 2));
        List<KeypointLabel> keypoints = KeypointLabelJson.read(n, p);
        int index = int32(n, "index", p);
        String category = text(n, "category", p);
        int categoryId = int32(n, "category_id", p);
        String asset = text(n, "asset", p);
        long visible = int64(n, "visible_pixels", p);
        long amodal = int64(n, "amodal_pixels", p);
        double visibility = number(n, "visibility", p);
        double truncation = number(n, "truncation", p);
        boolean ignore = bool(n, "ignore", p);
        return JsonIn.build(p, () -> new InstanceLabel(index, annotationId, category, categoryId, asset, m2w, m2c,
                rot, t, scale, size, visible, amodal, visibleBox, amodalBox, projected, visibility, truncation, ignore,
                visibleMask, amodalMask, corners, image, keypoints));
    }
}
