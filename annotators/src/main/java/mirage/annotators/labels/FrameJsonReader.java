package mirage.annotators.labels;

import static mirage.annotators.labels.JsonIn.array;
import static mirage.annotators.labels.JsonIn.field;
import static mirage.annotators.labels.JsonIn.int32;
import static mirage.annotators.labels.JsonIn.int64;
import static mirage.annotators.labels.JsonIn.optional;
import static mirage.annotators.labels.JsonIn.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the JSON tree of one frame file into a {@link FrameLabel}, composing {@link CameraLabelJson} and
 * {@link InstanceLabelJson}; unknown keys are rejected.
 */
final class FrameJsonReader {
    private static final List<String> FRAME_KEYS = List.of("frame", "image_id", "file_name", "split", "camera",
            "instances", "scene");

    private FrameJsonReader() {
    }

    static FrameLabel frame(JsonNode root) throws LabelFormatException {
        JsonIn.onlyKeys(root, "$", FRAME_KEYS);
        JsonNode cameraNode = field(root, "camera", "$");
        CameraLabel camera = JsonIn.build("$.camera", () -> CameraLabelJson.read(cameraNode, "$.camera"));
        JsonNode list = array(root, "instances", "$");
        List<InstanceLabel> instances = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            instances.add(InstanceLabelJson.read(list.get(i), "$.instances[" + i + "]"));
        }
        int frame = int32(root, "frame", "$");
        long imageId = int64(root, "image_id", "$");
        String fileName = text(root, "file_name", "$");
        JsonNode scene = optional(root, "scene");
        String split = optional(root, "split") == null ? null : text(root, "split", "$");
        return JsonIn.build("$", () -> new FrameLabel(frame, imageId, fileName, camera, instances, scene, split));
    }
}
