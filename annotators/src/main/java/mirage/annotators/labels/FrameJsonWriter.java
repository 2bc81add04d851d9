package mirage.annotators.labels;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the JSON tree of a {@link FrameLabel} in the documented key order, composing {@link CameraLabelJson} and
 * {@link InstanceLabelJson}.
 */
final class FrameJsonWriter {
    private FrameJsonWriter() {
    }

    static ObjectNode tree(FrameLabel f) {
        ObjectNode root = JsonOut.F.objectNode();
        root.put("frame", f.frame());
        root.put("image_id", f.imageId());
        root.put("file_name", f.fileName());
        if (f.split() != null) root.put("split", f.split());
        CameraLabelJson.write(f.camera(), root.putObject("camera"));
        ArrayNode instances = root.putArray("instances");
        for (InstanceLabel inst : f.instances()) instances.add(InstanceLabelJson.write(inst));
        root.set("scene", f.scene() == null ? JsonOut.F.nullNode() : f.scene());
        return root;
    }
}
