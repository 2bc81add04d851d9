package mirage.annotators.labels;

import static mirage.annotators.labels.JsonIn.int32;
import static mirage.annotators.labels.JsonIn.int64;
import static mirage.annotators.labels.JsonIn.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * One object of a frame record's {@code instances} array: the identity keys, then the keys of each part's codec
 * ({@link PoseLabelJson}, {@link MasksLabelJson}, {@link VisibilityLabelJson}, {@link Box3dLabelJson},
 * {@link KeypointLabelJson}). {@link #KEYS} fixes the order they are written in, where the masks' and the
 * visibility's keys interleave; reading accepts exactly these keys.
 */
final class InstanceLabelJson {
    private static final List<String> IDENTITY_KEYS = List.of("index", "annotation_id", "category", "category_id",
            "asset");
    /** Every key of an instance object, in the order they are written. */
    static final List<String> KEYS = List.of("index", "annotation_id", "category", "category_id", "asset",
            "model_to_world", "model_to_camera", "rotation", "translation", "scale", "size", "visible_pixels",
            "amodal_pixels", "visible_box", "amodal_box", "projected_box", "visibility", "truncation", "ignore",
            "visible_mask", "amodal_mask", "box3d_camera", "box3d_image", "keypoints");

    static {
        List<String> declared = Stream.of(IDENTITY_KEYS, PoseLabelJson.KEYS, MasksLabelJson.KEYS,
                VisibilityLabelJson.KEYS, Box3dLabelJson.KEYS, KeypointLabelJson.KEYS).flatMap(List::stream).toList();
        if (declared.size() != KEYS.size() || !new HashSet<>(declared).equals(new HashSet<>(KEYS))) {
            throw new IllegalStateException("instance keys " + KEYS + " are not the codecs' keys " + declared);
        }
    }

    private InstanceLabelJson() {
    }

    /** The instance object, keys in the order of {@link #KEYS}. */
    static ObjectNode write(InstanceLabel i) {
        ObjectNode parts = JsonOut.F.objectNode();
        parts.put("index", i.index());
        parts.put("annotation_id", i.annotationId());
        parts.put("category", i.category());
        parts.put("category_id", i.categoryId());
        parts.put("asset", i.asset());
        PoseLabelJson.write(i.pose(), parts);
        MasksLabelJson.write(i.masks(), parts);
        VisibilityLabelJson.write(i.visibility(), parts);
        Box3dLabelJson.write(i.box3d(), parts);
        KeypointLabelJson.write(i.keypoints(), parts);
        ObjectNode ordered = JsonOut.F.objectNode();
        for (String key : KEYS) {
            JsonNode value = parts.get(key);
            if (value == null) throw new IllegalStateException("no codec wrote instance key " + key);
            ordered.set(key, value);
        }
        if (parts.size() != KEYS.size()) {
            throw new IllegalStateException("the codecs wrote " + parts.size() + " keys, KEYS has " + KEYS.size());
        }
        return ordered;
    }

    /**
     * The instance object {@code n} at {@code path}; unknown keys are rejected. A rule that a part rejects is
     * reported as {@code path: instance <index>: message}, one that the instance rejects as {@code path: message}
     * (its messages name the instance already); a keypoint's at the keypoint's own path.
     */
    static InstanceLabel read(JsonNode n, String path) throws LabelFormatException {
        JsonIn.onlyKeys(n, path, KEYS);
        int index = int32(n, "index", path);
        JsonNode annId = JsonIn.optional(n, "annotation_id");
        Long annotationId = annId == null ? null : int64(annId, path + ".annotation_id");
        String category = text(n, "category", path);
        int categoryId = int32(n, "category_id", path);
        String asset = text(n, "asset", path);
        String owner = path + ": instance " + index;
        PoseLabel pose = JsonIn.build(owner, () -> PoseLabelJson.read(n, path));
        MasksLabel masks = JsonIn.build(owner, () -> MasksLabelJson.read(n, path));
        VisibilityLabel visibility = JsonIn.build(owner, () -> VisibilityLabelJson.read(n, path));
        Box3dLabel box3d = JsonIn.build(owner, () -> Box3dLabelJson.read(n, path));
        List<KeypointLabel> keypoints = KeypointLabelJson.read(n, path);
        return JsonIn.build(path, () -> new InstanceLabel(index, annotationId, category, categoryId, asset, pose,
                masks, visibility, box3d, keypoints));
    }
}
