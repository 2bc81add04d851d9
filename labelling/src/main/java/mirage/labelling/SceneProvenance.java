package mirage.labelling;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import mirage.annotators.labels.FrameLabelJson;
import mirage.scenes.model.AmbientOcclusion;
import mirage.scenes.model.Background;
import mirage.scenes.model.CameraDraw;
import mirage.scenes.model.EnvironmentLight;
import mirage.scenes.model.Ground;
import mirage.scenes.model.HdrLook;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Light;
import mirage.scenes.model.Material;
import mirage.scenes.model.Prop;
import mirage.scenes.model.Rgb;
import mirage.scenes.model.Scene;
import mirage.scenes.model.SensorEffects;
import mirage.scenes.sampling.PlacementReport;
import mirage.scenes.spec.RenderSpec;
import org.joml.Vector3dc;
import org.joml.Vector3fc;

/**
 * Every resolved random value of a frame that is not a label, for the {@code scene} part of the frame record: the
 * camera's draws, each instance's material, the distractors and occluders, the lights, the ambient level, the
 * background and the sensor effects. Together with the labels (poses, camera) this is the whole {@link Scene}, so a
 * frame can be explained and reproduced from its record. Paths are relative to the spec's folder when under it, so
 * the record is the same on every machine. Numbers are written as the model holds them (floats as their shortest
 * decimal, matrices as doubles like the labels').
 */
public final class SceneProvenance {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Path specDir;

    public SceneProvenance(Path specDir) {
        this.specDir = specDir;
    }

    public ObjectNode of(Scene scene) {
        ObjectNode root = F.objectNode();
        if (scene.cameraDraw() != null) root.set("camera", camera(scene.cameraDraw()));
        ArrayNode materials = root.putArray("materials");
        for (Instance inst : scene.instances()) materials.add(material(inst.material()));
        ArrayNode props = root.putArray("props");
        for (Prop p : scene.props()) props.add(prop(p));
        ArrayNode lights = root.putArray("lights");
        for (Light l : scene.lights()) lights.add(light(l));
        root.set("ambient", rgb(scene.ambient()));
        root.set("background", background(scene.background()));
        root.set("effects", effects(scene.effects()));
        if (scene.hdr() != null) root.set("hdr", hdr(scene.hdr()));   // only with the HDR pipeline: older records stay as they were
        if (scene.antialias() != RenderSpec.Antialias.OFF) root.put("antialias", scene.antialias().specName());   // idem
        if (scene.ground() != null) root.set("ground", ground(scene.ground()));   // idem
        if (scene.ambientOcclusion() != null) root.set("ambient_occlusion", ambientOcclusion(scene.ambientOcclusion()));   // idem
        return root;
    }

    /** The ambient occlusion's radius and drawn intensity. */
    private static ObjectNode ambientOcclusion(AmbientOcclusion ao) {
        ObjectNode n = F.objectNode();
        n.put("radius", ao.radius());
        n.put("intensity", ao.intensity());
        return n;
    }

    /** The ground's drawn height and material, or that it is a shadow catcher. */
    private ObjectNode ground(Ground g) {
        ObjectNode n = F.objectNode();
        n.put("height", g.height());
        if (g.shadowCatcher()) n.put("shadow_catcher", true);
        else n.set("material", material(g.material()));
        return n;
    }

    /** The tone mapper, the exposure and the environment map drawn for the frame. */
    private ObjectNode hdr(HdrLook h) {
        ObjectNode n = F.objectNode();
        n.put("tonemap", h.tonemap().specName());
        n.put("exposure_ev", h.exposureEv());
        EnvironmentLight e = h.environment();
        if (e != null) {
            ObjectNode env = n.putObject("environment");
            env.put("map", relative(e.map()));
            env.put("rotation_deg", e.rotationDeg());
            env.put("intensity", e.intensity());
            env.put("visible", e.visible());
            if (e.sun() != null) {   // the light itself is the last of scene.lights
                ObjectNode sun = env.putObject("sun");
                sun.set("map_direction", vector(e.sun().mapDirection()));
                sun.set("color", rgb(e.sun().color()));
                sun.put("intensity", e.sun().intensity());
                sun.put("size_deg", e.sun().sizeDeg());
            }
        }
        return n;
    }

    private static ObjectNode camera(CameraDraw d) {
        ObjectNode n = F.objectNode();
        n.put("distance", d.distance());
        n.put("elevation_deg", d.elevationDeg());
        n.put("azimuth_deg", d.azimuthDeg());
        n.set("look_at", vector(d.lookAt()));
        n.put("roll_deg", d.rollDeg());
        if (!Double.isNaN(d.fovDeg())) n.put("fov_deg", d.fovDeg());   // NaN: the intrinsics were drawn instead
        return n;
    }

    /** The surface's own keys ({@code type} and what it needs), then the UV transform, roughness and metallic. */
    ObjectNode material(Material m) {
        ObjectNode n = F.objectNode();
        Material.Surface s = m.surface();
        if (s instanceof Material.Surface.AssetOwn) {
            n.put("type", "asset");
        } else if (s instanceof Material.Surface.BaseColor c) {
            n.put("type", "base_color");
            n.set("color", rgb(c.color()));
        } else if (s instanceof Material.Surface.Texture t) {
            n.put("type", "texture");
            n.put("image", relative(t.image()));
            putMap(n, "normal_map", t.maps().normal());
            putMap(n, "roughness_map", t.maps().roughness());
            putMap(n, "metallic_map", t.maps().metallic());
            putMap(n, "occlusion_map", t.maps().occlusion());
        } else if (s instanceof Material.Surface.Procedural p) {
            n.put("type", "procedural");
            n.put("pattern", p.pattern().specName());
            n.set("color_a", rgb(p.a()));
            n.set("color_b", rgb(p.b()));
            n.put("cells", p.cells());
            n.put("seed", p.seed());
        }
        ObjectNode uv = n.putObject("uv");
        uv.put("scale", m.uv().scale());
        uv.set("offset", F.arrayNode().add(m.uv().offsetU()).add(m.uv().offsetV()));
        uv.put("rotation_deg", m.uv().rotationDeg());
        n.put("roughness", m.roughness());
        n.put("metallic", m.metallic());
        return n;
    }

    /** A texture set's map, when it has one. */
    private void putMap(ObjectNode n, String key, Path map) {
        if (map != null) n.put(key, relative(map));
    }

    private ObjectNode prop(Prop p) {
        ObjectNode n = F.objectNode();
        n.put("role", p.role().name().toLowerCase(Locale.ROOT));
        if (p.primitive() != null) n.put("shape", p.primitive().name().toLowerCase(Locale.ROOT));
        else n.put("asset", relative(p.asset()));
        n.set("model_to_world", FrameLabelJson.rows(Pose.rowMajor(p.modelToWorld()), 4));
        n.set("material", material(p.material()));
        return n;
    }

    private static ObjectNode light(Light l) {
        ObjectNode n = F.objectNode();
        n.put("type", l.type().name().toLowerCase(Locale.ROOT));
        if (l.type() != Light.Type.DIRECTIONAL) n.set("position", vector(l.position()));
        if (l.type() != Light.Type.POINT) n.set("direction", vector(l.direction()));
        n.set("radiance", rgb(l.radiance()));
        if (l.type() == Light.Type.SPOT) {
            n.put("cone_deg", l.coneDeg());
            n.put("softness_deg", l.softnessDeg());
        }
        n.put("shadows", l.castsShadows());
        if (l.size() > 0) n.put("size", l.size());   // only when drawn above 0, so records of hard shadows stay as they were
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
            n.put("zoom", i.zoom());
            n.put("x", i.x());
            n.put("y", i.y());
            n.put("flip", i.flip());
        } else if (b instanceof Background.Texture t) {
            n.put("type", "texture");
            n.set("material", material(t.material()));
        }
        return n;
    }

    /** What collision-free placement did: the objects it left out and how many redraws it took. */
    ObjectNode placement(PlacementReport report) {
        ObjectNode n = F.objectNode();
        ArrayNode dropped = n.putArray("dropped");
        for (PlacementReport.Dropped d : report.dropped()) dropped.addObject().put("entry", d.entry()).put("instance", d.instance());
        n.put("redraws", report.redraws());
        return n;
    }

    private static ObjectNode effects(SensorEffects e) {
        ObjectNode n = F.objectNode();
        n.put("blur_sigma", e.blurSigma());
        n.put("brightness", e.brightness());
        n.put("contrast", e.contrast());
        n.put("saturation", e.saturation());
        n.put("hue_deg", e.hueDeg());
        n.put("noise_std", e.noiseStd());
        n.put("noise_seed", e.noiseSeed());
        if (e.jpeg()) n.put("jpeg_quality", e.jpegQuality());
        else n.putNull("jpeg_quality");   // PNG
        return n;
    }

    private static ArrayNode rgb(Rgb c) {
        return F.arrayNode().add(c.r()).add(c.g()).add(c.b());
    }

    private static ArrayNode vector(Vector3fc v) {
        return F.arrayNode().add(v.x()).add(v.y()).add(v.z());
    }

    private static ArrayNode vector(Vector3dc v) {
        return F.arrayNode().add(v.x()).add(v.y()).add(v.z());
    }

    /** Forward slashes, relative to the spec folder when under it, else absolute. */
    public String relative(Path p) {
        Path rel = specDir != null && p.startsWith(specDir) ? specDir.relativize(p) : p;
        return rel.toString().replace('\\', '/');
    }
}
