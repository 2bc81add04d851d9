package mirage.annotators.labels;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds the JSON tree of a {@link FrameLabel} in the documented key order. */
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
        for (InstanceLabel inst : f.instances()) instances.add(instance(inst));
        root.set("scene", f.scene() == null ? JsonOut.F.nullNode() : f.scene());
        return root;
    }

    private static ObjectNode instance(InstanceLabel i) {
        ObjectNode n = JsonOut.F.objectNode();
        n.put("index", i.index());
        n.put("annotation_id", i.annotationId());
        n.put("category", i.category());
        n.put("category_id", i.categoryId());
        n.put("asset", i.asset());
        n.set("model_to_world", JsonOut.rows(i.modelToWorld(), 4));
        n.set("model_to_camera", JsonOut.rows(i.modelToCamera(), 4));
        n.set("rotation", JsonOut.rows(i.rotation(), 3));
        n.set("translation", JsonOut.numbers(i.translation()));
        n.set("scale", JsonOut.numbers(i.scale()));
        n.set("size", JsonOut.numbers(i.size()));
        n.put("visible_pixels", i.visiblePixels());
        n.put("amodal_pixels", i.amodalPixels());
        n.set("visible_box", JsonOut.box(i.visibleBox()));
        n.set("amodal_box", JsonOut.box(i.amodalBox()));
        n.set("projected_box", JsonOut.orNull(i.projectedBox(), JsonOut::numbers));
        n.put("visibility", i.visibility());
        n.put("truncation", i.truncation());
        n.put("ignore", i.ignore());
        n.set("visible_mask", JsonOut.rle(i.visibleMask()));
        n.set("amodal_mask", JsonOut.rle(i.amodalMask()));
        n.set("box3d_camera", JsonOut.rows(i.box3dCamera(), 3));
        n.set("box3d_image", JsonOut.orNull(i.box3dImage(), image -> JsonOut.rows(image, 2)));
        KeypointLabelJson.write(i.keypoints(), n);
        return n;
    }
}
