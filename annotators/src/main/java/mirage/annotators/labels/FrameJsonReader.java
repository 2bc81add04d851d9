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
import java.util.function.Supplier;
import mirage.annotators.mask.PixelBox;
import mirage.annotators.rle.Rle;

/** Parses the JSON tree of one frame file into a {@link FrameLabel}; unknown keys are rejected. */
final class FrameJsonReader {
    private static final Set<String> FRAME_KEYS = Set.of("frame", "image_id", "file_name", "split", "camera",
            "instances", "scene");
    private static final Set<String> CAMERA_KEYS = Set.of("width", "height", "fx", "fy", "cx", "cy", "near", "far",
            "convention", "world_to_camera");
    private static final Set<String> INSTANCE_KEYS = Set.of("index", "annotation_id", "category", "category_id",
            "asset", "model_to_world", "model_to_camera", "rotation", "translation", "scale", "size",
            "visible_pixels", "amodal_pixels", "visible_box", "amodal_box", "projected_box", "visibility",
            "truncation", "ignore", "visible_mask", "amodal_mask", "box3d_camera", "box3d_image", "keypoints");
    private static final Set<String> KEYPOINT_KEYS = Set.of("name", "u", "v", "depth", "visibility");

    private FrameJsonReader() {
    }

    static FrameLabel frame(JsonNode root) throws LabelFormatException {
        JsonIn.onlyKeys(root, "$", FRAME_KEYS);
        CameraLabel camera = camera(field(root, "camera", "$"), "$.camera");
        JsonNode list = array(root, "instances", "$");
        List<InstanceLabel> instances = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) instances.add(instance(list.get(i), "$.instances[" + i + "]"));
        int frame = int32(root, "frame", "$");
        long imageId = int64(root, "image_id", "$");
        String fileName = text(root, "file_name", "$");
        JsonNode scene = optional(root, "scene");
        String split = optional(root, "split") == null ? null : text(root, "split", "$");
        return build("$", () -> new FrameLabel(frame, imageId, fileName, camera, instances, scene, split));
    }

    private static CameraLabel camera(JsonNode n, String path) throws LabelFormatException {
        JsonIn.onlyKeys(n, path, CAMERA_KEYS);
        JsonNode convention = optional(n, "convention");
        if (convention != null && !FrameLabelJson.CONVENTION.equals(convention.asText(null))) {
            throw JsonIn.error(path + ".convention", "expected \"" + FrameLabelJson.CONVENTION + "\", got " + convention);
        }
        int w = int32(n, "width", path);
        int h = int32(n, "height", path);
        double fx = number(n, "fx", path);
        double fy = number(n, "fy", path);
        double cx = number(n, "cx", path);
        double cy = number(n, "cy", path);
        double near = number(n, "near", path);
        double far = number(n, "far", path);
        double[] w2c = rows(field(n, "world_to_camera", path), path + ".world_to_camera", 4, 4);
        return build(path, () -> new CameraLabel(w, h, fx, fy, cx, cy, near, far, w2c));
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
        PixelBox visibleBox = box(n, "visible_box", p);
        PixelBox amodalBox = box(n, "amodal_box", p);
        JsonNode pb = optional(n, "projected_box");
        double[] projected = pb == null ? null : numbers(pb, p + ".projected_box", 4);
        Rle visibleMask = rle(n, "visible_mask", p);
        Rle amodalMask = rle(n, "amodal_mask", p);
        double[] corners = rows(field(n, "box3d_camera", p), p + ".box3d_camera", 8, 3);
        JsonNode bi = optional(n, "box3d_image");
        double[] image = bi == null ? null : rows(bi, p + ".box3d_image", 8, 2);
        List<KeypointLabel> keypoints = keypoints(n, p);
        int index = int32(n, "index", p);
        String category = text(n, "category", p);
        int categoryId = int32(n, "category_id", p);
        String asset = text(n, "asset", p);
        long visible = int64(n, "visible_pixels", p);
        long amodal = int64(n, "amodal_pixels", p);
        double visibility = number(n, "visibility", p);
        double truncation = number(n, "truncation", p);
        boolean ignore = bool(n, "ignore", p);
        return build(p, () -> new InstanceLabel(index, annotationId, category, categoryId, asset, m2w, m2c, rot, t,
                scale, size, visible, amodal, visibleBox, amodalBox, projected, visibility, truncation, ignore,
                visibleMask, amodalMask, corners, image, keypoints));
    }

    private static List<KeypointLabel> keypoints(JsonNode n, String p) throws LabelFormatException {
        JsonNode list = array(n, "keypoints", p);
        List<KeypointLabel> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            String kp = p + ".keypoints[" + i + "]";
            JsonNode k = list.get(i);
            JsonIn.onlyKeys(k, kp, KEYPOINT_KEYS);
            String visibilityName = text(k, "visibility", kp);
            KeypointVisibility visibility = KeypointVisibility.ofJsonName(visibilityName);
            if (visibility == null) {
                throw JsonIn.error(kp + ".visibility", "expected outside, occluded or visible, got " + visibilityName);
            }
            String name = text(k, "name", kp);
            double u = number(k, "u", kp);
            double v = number(k, "v", kp);
            double depth = number(k, "depth", kp);
            out.add(build(kp, () -> new KeypointLabel(name, u, v, depth, visibility)));
        }
        return out;
    }

    private static PixelBox box(JsonNode n, String key, String p) throws LabelFormatException {
        JsonNode v = optional(n, key);
        return v == null ? null : JsonIn.box(v, p + "." + key);
    }

    private static Rle rle(JsonNode n, String key, String p) throws LabelFormatException {
        JsonNode v = optional(n, key);
        return v == null ? null : JsonIn.rle(v, p + "." + key);
    }

    /** Runs a record constructor, turning its argument errors into format errors at {@code path}. */
    private static <T> T build(String path, Supplier<T> constructor) throws LabelFormatException {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw JsonIn.error(path, e.getMessage());
        }
    }
}
