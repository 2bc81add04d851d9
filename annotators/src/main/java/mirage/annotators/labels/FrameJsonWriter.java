package mirage.annotators.labels;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mirage.annotators.mask.PixelBox;
import mirage.annotators.rle.Rle;

/** Builds the JSON tree of a {@link FrameLabel} in the documented key order. */
final class FrameJsonWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private FrameJsonWriter() {
    }

    static ObjectNode tree(FrameLabel f) {
        ObjectNode root = F.objectNode();
        root.put("frame", f.frame());
        root.put("image_id", f.imageId());
        root.put("file_name", f.fileName());
        if (f.split() != null) root.put("split", f.split());
        root.set("camera", camera(f.camera()));
        ArrayNode instances = root.putArray("instances");
        for (InstanceLabel inst : f.instances()) instances.add(instance(inst));
        root.set("scene", f.scene() == null ? F.nullNode() : f.scene());
        return root;
    }

    private static ObjectNode camera(CameraLabel c) {
        ObjectNode n = F.objectNode();
        n.put("width", c.width());
        n.put("height", c.height());
        n.put("fx", c.fx());
        n.put("fy", c.fy());
        n.put("cx", c.cx());
        n.put("cy", c.cy());
        n.put("near", c.near());
        n.put("far", c.far());
        n.put("convention", FrameLabelJson.CONVENTION);
        n.set("world_to_camera", rows(c.worldToCamera(), 4));
        return n;
    }

    private static ObjectNode instance(InstanceLabel i) {
        ObjectNode n = F.objectNode();
        n.put("index", i.index());
        n.put("annotation_id", i.annotationId());
        n.put("category", i.category());
        n.put("category_id", i.categoryId());
        n.put("asset", i.asset());
        n.set("model_to_world", rows(i.modelToWorld(), 4));
        n.set("model_to_camera", rows(i.modelToCamera(), 4));
        n.set("rotation", rows(i.rotation(), 3));
        n.set("translation", numbers(i.translation()));
        n.set("scale", numbers(i.scale()));
        n.set("size", numbers(i.size()));
        n.put("visible_pixels", i.visiblePixels());
        n.put("amodal_pixels", i.amodalPixels());
        n.set("visible_box", box(i.visibleBox()));
        n.set("amodal_box", box(i.amodalBox()));
        n.set("projected_box", i.projectedBox() == null ? F.nullNode() : numbers(i.projectedBox()));
        n.put("visibility", i.visibility());
        n.put("truncation", i.truncation());
        n.put("ignore", i.ignore());
        n.set("visible_mask", rle(i.visibleMask()));
        n.set("amodal_mask", rle(i.amodalMask()));
        n.set("box3d_camera", rows(i.box3dCamera(), 3));
        n.set("box3d_image", i.box3dImage() == null ? F.nullNode() : rows(i.box3dImage(), 2));
        ArrayNode kps = n.putArray("keypoints");
        for (KeypointLabel k : i.keypoints()) kps.add(keypoint(k));
        return n;
    }

    private static ObjectNode keypoint(KeypointLabel k) {
        ObjectNode n = F.objectNode();
        n.put("name", k.name());
        n.put("u", k.u());
        n.put("v", k.v());
        n.put("depth", k.depth());
        n.put("visibility", k.visibility().jsonName());
        return n;
    }

    /** Row-major numbers as nested arrays of {@code cols} numbers each. */
    static ArrayNode rows(double[] values, int cols) {
        ArrayNode rows = F.arrayNode();
        for (int r = 0; r < values.length / cols; r++) {
            ArrayNode row = rows.addArray();
            for (int c = 0; c < cols; c++) row.add(values[r * cols + c]);
        }
        return rows;
    }

    private static ArrayNode numbers(double[] values) {
        ArrayNode a = F.arrayNode();
        for (double v : values) a.add(v);
        return a;
    }

    private static com.fasterxml.jackson.databind.JsonNode box(PixelBox b) {
        if (b == null) return F.nullNode();
        return F.arrayNode().add(b.x()).add(b.y()).add(b.w()).add(b.h());
    }

    private static com.fasterxml.jackson.databind.JsonNode rle(Rle r) {
        if (r == null) return F.nullNode();
        ObjectNode n = F.objectNode();
        n.putArray("size").add(r.height()).add(r.width());
        n.put("counts", r.counts());
        return n;
    }
}
