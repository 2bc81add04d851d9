package mirage.cli.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import mirage.core.geom.CameraIntrinsics;
import mirage.scenes.model.Background;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Light;
import mirage.scenes.model.Material;
import mirage.scenes.model.Rgb;
import mirage.scenes.model.Scene;
import org.joml.Matrix4fc;
import org.joml.Vector3fc;

/**
 * Builds {@code frames/NNNNNN.json}: the camera (intrinsics and OpenCV world-to-camera), and per instance its
 * index, annotation id, category, asset, model-to-world matrix and visible pixel count, plus the frame's lights,
 * materials and background. Matrices are 4x4, row-major nested arrays. Paths are relative to the spec's folder
 * when they lie under it, so the file is the same on every machine.
 */
final class FrameJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Path specDir;

    FrameJson(Path specDir) {
        this.specDir = specDir;
    }

    /** @param annotationIds per instance index k (array slot k-1), its COCO annotation id or null */
    ObjectNode build(Scene scene, String imageFile, long imageId, long[] visiblePixels, Long[] annotationIds) {
        ObjectNode root = F.objectNode();
        root.put("frame", scene.frameIndex());
        root.put("image_id", imageId);
        root.put("file_name", imageFile);
        root.set("camera", camera(scene));
        ArrayNode instances = root.putArray("instances");
        for (Instance inst : scene.instances()) {
            ObjectNode n = instances.addObject();
            n.put("index", inst.index());
            Long annId = annotationIds[inst.index() - 1];
            if (annId == null) n.putNull("annotation_id");
            else n.put("annotation_id", annId);
            n.put("category", inst.category());
            n.put("category_id", inst.categoryId());
            n.put("asset", relative(inst.asset()));
            n.set("model_to_world", matrix(inst.modelToWorld()));
            n.put("visible_pixels", visiblePixels[inst.index() - 1]);
            n.set("material", material(inst.material()));
        }
        ArrayNode lights = root.putArray("lights");
        for (Light l : scene.lights()) lights.add(light(l));
        root.set("ambient", rgb(scene.ambient()));
        root.set("background", background(scene.background()));
        return root;
    }

    private ObjectNode camera(Scene scene) {
        CameraIntrinsics k = scene.intrinsics();
        ObjectNode c = F.objectNode();
        c.put("width", k.width());
        c.put("height", k.height());
        c.put("fx", k.fx());
        c.put("fy", k.fy());
        c.put("cx", k.cx());
        c.put("cy", k.cy());
        c.put("near", scene.near());
        c.put("far", scene.far());
        c.put("convention", "opencv");
        c.set("world_to_camera", matrix(scene.worldToCamera()));
        return c;
    }

    static ArrayNode matrix(Matrix4fc m) {
        ArrayNode rows = F.arrayNode();
        for (int r = 0; r < 4; r++) {
            ArrayNode row = rows.addArray();
            for (int c = 0; c < 4; c++) row.add(m.get(c, r));   // JOML get(column, row)
        }
        return rows;
    }

    private ObjectNode material(Material m) {
        ObjectNode n = F.objectNode();
        if (m instanceof Material.AssetOwn) {
            n.put("type", "asset");
        } else if (m instanceof Material.BaseColor c) {
            n.put("type", "base_color");
            n.set("color", rgb(c.color()));
        } else if (m instanceof Material.Texture t) {
            n.put("type", "texture");
            n.put("image", relative(t.image()));
        }
        return n;
    }

    private static ObjectNode light(Light l) {
        ObjectNode n = F.objectNode();
        n.put("type", l.type() == Light.Type.DIRECTIONAL ? "directional" : "point");
        n.set(l.type() == Light.Type.DIRECTIONAL ? "direction" : "position", vector(l.vector()));
        n.set("radiance", rgb(l.radiance()));
        return n;
    }

    private ObjectNode background(Background b) {
        ObjectNode n = F.objectNode();
        if (b instanceof Background.Solid s) {
            n.put("type", "color");
            n.set("color", rgb(s.color()));
        } else if (b instanceof Background.Image i) {
            n.put("type", "image");
            n.put("image", relative(i.image()));
        }
        return n;
    }

    private static ArrayNode rgb(Rgb c) {
        return F.arrayNode().add(c.r()).add(c.g()).add(c.b());
    }

    private static ArrayNode vector(Vector3fc v) {
        return F.arrayNode().add(v.x()).add(v.y()).add(v.z());
    }

    /** Forward slashes, relative to the spec folder when under it, else absolute. */
    String relative(Path p) {
        Path rel = p.startsWith(specDir) ? specDir.relativize(p) : p;
        return rel.toString().replace('\\', '/');
    }
}
