package mirage.annotators.labels;

import static mirage.annotators.labels.JsonIn.number;
import static mirage.annotators.labels.JsonIn.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code keypoints} key of an instance object: an array of {@code {"name", "u", "v", "depth", "visibility"}}
 * objects, visibility by its {@link KeypointVisibility#jsonName()}.
 */
final class KeypointLabelJson {
    /** The keys this codec writes and reads in an instance object. */
    static final List<String> KEYS = List.of("keypoints");
    /** The keys of one keypoint object, in the order they are written. */
    static final List<String> ITEM_KEYS = List.of("name", "u", "v", "depth", "visibility");

    private KeypointLabelJson() {
    }

    static void write(List<KeypointLabel> keypoints, ObjectNode into) {
        ArrayNode list = into.putArray("keypoints");
        for (KeypointLabel k : keypoints) {
            ObjectNode n = list.addObject();
            n.put("name", k.name());
            n.put("u", k.u());
            n.put("v", k.v());
            n.put("depth", k.depth());
            n.put("visibility", k.visibility().jsonName());
        }
    }

    /**
     * The keypoints in object {@code n} at {@code path}; a keypoint the record rejects is a format error at its
     * own path.
     */
    static List<KeypointLabel> read(JsonNode n, String path) throws LabelFormatException {
        JsonNode list = JsonIn.array(n, "keypoints", path);
        List<KeypointLabel> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) out.add(keypoint(list.get(i), path + ".keypoints[" + i + "]"));
        return out;
    }

    private static KeypointLabel keypoint(JsonNode k, String path) throws LabelFormatException {
        JsonIn.onlyKeys(k, path, ITEM_KEYS);
        String visibilityName = text(k, "visibility", path);
        KeypointVisibility visibility = KeypointVisibility.ofJsonName(visibilityName);
        if (visibility == null) {
            throw JsonIn.error(path + ".visibility", "expected outside, occluded or visible, got " + visibilityName);
        }
        String name = text(k, "name", path);
        double u = number(k, "u", path);
        double v = number(k, "v", path);
        double depth = number(k, "depth", path);
        return JsonIn.build(path, () -> new KeypointLabel(name, u, v, depth, visibility));
    }
}
