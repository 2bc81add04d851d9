package mirage.cli.labels;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import mirage.scenes.model.Background;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Light;
import mirage.scenes.model.Material;
import mirage.scenes.model.Rgb;
import mirage.scenes.model.Scene;
import org.joml.Vector3fc;

/**
 * The frame's resolved random values that are not labels (per-instance materials, lights, ambient, background),
 * for the {@code scene} part of the frame record. Paths are relative to the spec's folder when under it, so the
 * record is the same on every machine.
 */
public final class SceneProvenance {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Path specDir;

    public SceneProvenance(Path specDir) {
        this.specDir = specDir;
    }

    public ObjectNode of(Scene scene) {
        ObjectNode root = F.objectNode();
        ArrayNode materials = root.putArray("materials");
        for (Instance inst : scene.instances()) materials.add(material(inst.material()));
        ArrayNode lights = root.putArray("lights");
        for (Light l : scene.lights()) lights.add(light(l));
        root.set("ambient", rgb(scene.ambient()));
        root.set("background", background(scene.background()));
        return root;
    }

    private ObjectNode material(Material m) {
        ObjectNode n = F.objectNode();
        if (m.surface() instanceof Material.Surface.AssetOwn) {
            n.put("type", "asset");
        } else if (m.surface() instanceof Material.Surface.BaseColor c) {
            n.put("type", "base_color");
            n.set("color", rgb(c.color()));
        } else if (m.surface() instanceof Material.Surface.Texture t) {
            n.put("type", "texture");
            n.put("image", relative(t.image()));
        }
        return n;
    }

    private static ObjectNode light(Light l) {
        ObjectNode n = F.objectNode();
        n.put("type", l.type() == Light.Type.DIRECTIONAL ? "directional" : "point");
        n.set(l.type() == Light.Type.DIRECTIONAL ? "direction" : "position", vector(l.type() == Light.Type.DIRECTIONAL ? l.direction() : l.position()));
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
    public String relative(Path p) {
        Path rel = specDir != null && p.startsWith(specDir) ? specDir.relativize(p) : p;
        return rel.toString().replace('\\', '/');
    }
}
