package mirage.report.scene;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.JsonIn;
import mirage.annotators.labels.LabelFormatException;
import mirage.core.error.MirageException;
import mirage.core.geom.Primitive;

/**
 * The parts of a frame record's {@code scene} (README, "The frame record") that become glTF nodes: one material per
 * instance, the props and the lights; {@code rest} holds its other keys (camera draws, ambient, background,
 * effects, placement), carried into the glb's extras. A record without a {@code scene} reads as no materials
 * (the instances are then drawn with their assets' own colours), no props and no lights.
 *
 * @param materials one per instance in index order, or empty when the record has no scene
 */
record SceneRecord(List<DrawnMaterial> materials, List<Prop> props, List<Light> lights, ObjectNode rest) {
    private static final String PATH = "$.scene";

    /**
     * A distractor or occluder.
     *
     * @param shape the primitive, or null for a model
     * @param asset the model path as recorded, or null for a primitive
     * @param modelToWorld row-major 4x4
     */
    record Prop(String role, Primitive shape, String asset, double[] modelToWorld, DrawnMaterial material,
            JsonNode raw, String path) {
    }

    /**
     * A light as the renderer drew it (world axes, metres; radiance is linear RGB colour times intensity).
     *
     * @param position point and spot, else null
     * @param direction unit direction of travel, directional and spot, else null
     * @param coneDeg spot: the cone's half-angle, degrees (else 0)
     * @param softnessDeg spot: the fade inside the cone's edge, degrees (else 0)
     */
    record Light(String type, double[] position, double[] direction, double[] radiance, double coneDeg,
            double softnessDeg, JsonNode raw) {
    }

    /** The scene of {@code label}, read from the record file {@code record} (named in errors). */
    static SceneRecord of(FrameLabel label, Path record) {
        JsonNode scene = label.scene();
        if (scene == null) return new SceneRecord(List.of(), List.of(), List.of(), null);
        try {
            JsonIn.object(scene, PATH);
            List<DrawnMaterial> materials = new ArrayList<>();
            JsonNode m = JsonIn.array(scene, "materials", PATH);
            if (m.size() != label.instances().size())
                throw JsonIn.error(PATH + ".materials", "has " + m.size() + " entries for "
                        + label.instances().size() + " instances");
            for (int i = 0; i < m.size(); i++) materials.add(DrawnMaterial.read(m.get(i), PATH + ".materials[" + i + "]"));
            List<Prop> props = new ArrayList<>();
            JsonNode p = JsonIn.array(scene, "props", PATH);
            for (int i = 0; i < p.size(); i++) props.add(prop(p.get(i), PATH + ".props[" + i + "]"));
            List<Light> lights = new ArrayList<>();
            JsonNode l = JsonIn.array(scene, "lights", PATH);
            for (int i = 0; i < l.size(); i++) lights.add(light(l.get(i), PATH + ".lights[" + i + "]"));
            ObjectNode rest = ((ObjectNode) scene).deepCopy();
            rest.remove(List.of("materials", "props", "lights"));
            return new SceneRecord(materials, props, lights, rest);
        } catch (LabelFormatException e) {
            throw new MirageException(record + ": " + e.getMessage(), e);
        }
    }

    private static Prop prop(JsonNode n, String path) throws LabelFormatException {
        JsonIn.object(n, path);
        Primitive shape = null;
        String asset = null;
        if (JsonIn.optional(n, "shape") != null) {
            String name = JsonIn.text(n, "shape", path);
            try {
                shape = Primitive.valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw JsonIn.error(path + ".shape", "unknown shape '" + name + "'");
            }
        } else {
            asset = JsonIn.text(n, "asset", path);
        }
        double[] modelToWorld = JsonIn.rows(JsonIn.field(n, "model_to_world", path), path + ".model_to_world", 4, 4);
        DrawnMaterial material = DrawnMaterial.read(JsonIn.field(n, "material", path), path + ".material");
        return new Prop(JsonIn.text(n, "role", path), shape, asset, modelToWorld, material, n, path);
    }

    private static Light light(JsonNode n, String path) throws LabelFormatException {
        String type = JsonIn.text(n, "type", path);
        double[] radiance = JsonIn.numbers(JsonIn.field(n, "radiance", path), path + ".radiance", 3);
        for (double c : radiance)
            if (!(c >= 0)) throw JsonIn.error(path + ".radiance", "must not be negative, got " + c);
        return switch (type) {
            case "directional" -> new Light(type, null, direction(n, path), radiance, 0, 0, n);
            case "point" -> new Light(type, vector(n, "position", path), null, radiance, 0, 0, n);
            case "spot" -> spot(n, path, radiance);
            default -> throw JsonIn.error(path + ".type", "unknown light type '" + type + "'");
        };
    }

    private static Light spot(JsonNode n, String path, double[] radiance) throws LabelFormatException {
        double cone = JsonIn.number(n, "cone_deg", path);
        double softness = JsonIn.number(n, "softness_deg", path);
        if (!(cone > 0 && cone < 90)) throw JsonIn.error(path + ".cone_deg", "must be in (0, 90), got " + cone);
        if (!(softness >= 0 && softness <= cone))
            throw JsonIn.error(path + ".softness_deg", "must be 0..cone_deg, got " + softness);
        return new Light("spot", vector(n, "position", path), direction(n, path), radiance, cone, softness, n);
    }

    private static double[] direction(JsonNode n, String path) throws LabelFormatException {
        double[] d = vector(n, "direction", path);
        if (!(Math.abs(Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]) - 1) < 1e-3))
            throw JsonIn.error(path + ".direction", "must be a unit vector");
        return d;
    }

    private static double[] vector(JsonNode n, String key, String path) throws LabelFormatException {
        return JsonIn.numbers(JsonIn.field(n, key, path), path + "." + key, 3);
    }
}
