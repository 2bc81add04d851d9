package mirage.labelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import mirage.core.geom.CameraIntrinsics;
import mirage.core.geom.Primitive;
import mirage.scenes.model.Background;
import mirage.scenes.model.CameraDraw;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Light;
import mirage.scenes.model.Material;
import mirage.scenes.model.Prop;
import mirage.scenes.model.Rgb;
import mirage.scenes.model.Scene;
import mirage.scenes.model.SensorEffects;
import org.joml.Matrix4f;
import org.joml.Vector3d;
import org.joml.Vector3f;
import org.junit.jupiter.api.Test;

/** The frame record's {@code scene} part holds every value of the Scene model, in the documented shape. */
class SceneProvenanceTest {
    static final Path SPEC_DIR = Path.of("/data/specs/a");
    static final ObjectMapper JSON = new ObjectMapper();

    static Scene scene(CameraDraw draw, Background background, SensorEffects effects) {
        Material checker = new Material(new Material.Surface.Procedural(Material.Pattern.CHECKER, new Rgb(1, 0, 0),
                new Rgb(0, 0, 1), 6.5f, 1234), new Material.UvTransform(2, 0.25f, 0.75f, 30), 0.8f, 1);
        Material texture = Material.of(new Material.Surface.Texture(SPEC_DIR.resolve("textures/wood.png")));
        List<Instance> instances = List.of(
                new Instance(1, 1, "coin", SPEC_DIR.resolve("models/coin.glb"), new Matrix4f(), checker),
                new Instance(2, 1, "coin", SPEC_DIR.resolve("models/coin.glb"), new Matrix4f(), texture));
        List<Prop> props = List.of(
                new Prop(Prop.Role.DISTRACTOR, null, Primitive.CUBE, new Matrix4f().translation(1, 2, 3).scale(0.5f),
                        Material.of(new Material.Surface.BaseColor(new Rgb(0.5f, 0.25f, 0.125f)))),
                new Prop(Prop.Role.OCCLUDER, Path.of("/elsewhere/rock.glb"), null, new Matrix4f(), Material.ASSET));
        List<Light> lights = List.of(
                Light.directional(new Vector3f(0, -1, 0), new Rgb(2, 2, 2), true),
                Light.point(new Vector3f(1, 2, 3), new Rgb(4, 3, 2)),
                Light.spot(new Vector3f(0, 3, 0), new Vector3f(0, -1, 0), new Rgb(5, 5, 5), 30, 5, false));
        return new Scene(7, new CameraIntrinsics(64, 48, 50, 50, 31.5, 23.5), new Matrix4f(), 0.05f, 100, instances, props,
                lights, new Rgb(0.25f, 0.25f, 0.25f), background, effects, draw);
    }

    /** The record as written and read back (floats are written as their shortest decimal: 0.8f as 0.8). */
    static JsonNode record(Scene s) throws Exception {
        return JSON.readTree(JSON.writeValueAsString(new SceneProvenance(SPEC_DIR).of(s)));
    }

    @Test
    void everyValueOfTheSceneIsWritten() throws Exception {
        CameraDraw draw = new CameraDraw(3.5, 20, 45, new Vector3d(0.1, 0.2, 0.3), -10, 50);
        SensorEffects effects = new SensorEffects(1.5, 0.1, 1.2, 0.8, 15, 0.02, 987654321L, 85);
        JsonNode n = record(scene(draw, new Background.Image(SPEC_DIR.resolve("bg/sky.jpg"), 1.5f, 0.25f, 1, true), effects));
        assertEquals(JSON.readTree("""
                {"distance": 3.5, "elevation_deg": 20.0, "azimuth_deg": 45.0, "look_at": [0.1, 0.2, 0.3],
                 "roll_deg": -10.0, "fov_deg": 50.0}"""), n.get("camera"));
        assertEquals(JSON.readTree("""
                [{"type": "procedural", "pattern": "checker", "color_a": [1.0, 0.0, 0.0], "color_b": [0.0, 0.0, 1.0],
                  "cells": 6.5, "seed": 1234, "uv": {"scale": 2.0, "offset": [0.25, 0.75], "rotation_deg": 30.0},
                  "roughness": 0.8, "metallic": 1.0},
                 {"type": "texture", "image": "textures/wood.png",
                  "uv": {"scale": 1.0, "offset": [0.0, 0.0], "rotation_deg": 0.0}, "roughness": 0.5, "metallic": 0.0}]"""),
                n.get("materials"));
        JsonNode cube = n.get("props").get(0);
        assertEquals("distractor", cube.get("role").asText());
        assertEquals("cube", cube.get("shape").asText());
        assertFalse(cube.has("asset"));
        assertEquals(JSON.readTree("[[0.5, 0.0, 0.0, 1.0], [0.0, 0.5, 0.0, 2.0], [0.0, 0.0, 0.5, 3.0], [0.0, 0.0, 0.0, 1.0]]"),
                cube.get("model_to_world"), "row-major, translation in the last column");
        assertEquals(JSON.readTree("{\"type\": \"base_color\", \"color\": [0.5, 0.25, 0.125], \"uv\": {\"scale\": 1.0, "
                + "\"offset\": [0.0, 0.0], \"rotation_deg\": 0.0}, \"roughness\": 0.5, \"metallic\": 0.0}"), cube.get("material"));
        JsonNode rock = n.get("props").get(1);
        assertEquals("occluder", rock.get("role").asText());
        assertEquals("/elsewhere/rock.glb", rock.get("asset").asText(), "outside the spec folder: absolute");
        assertEquals("asset", rock.get("material").get("type").asText());
        assertEquals(JSON.readTree("""
                [{"type": "directional", "direction": [0.0, -1.0, 0.0], "radiance": [2.0, 2.0, 2.0], "shadows": true},
                 {"type": "point", "position": [1.0, 2.0, 3.0], "radiance": [4.0, 3.0, 2.0], "shadows": false},
                 {"type": "spot", "position": [0.0, 3.0, 0.0], "direction": [0.0, -1.0, 0.0], "radiance": [5.0, 5.0, 5.0],
                  "cone_deg": 30.0, "softness_deg": 5.0, "shadows": false}]"""), n.get("lights"));
        assertEquals(JSON.readTree("[0.25, 0.25, 0.25]"), n.get("ambient"));
        assertEquals(JSON.readTree("{\"type\": \"image\", \"image\": \"bg/sky.jpg\", \"zoom\": 1.5, \"x\": 0.25, \"y\": 1.0, "
                + "\"flip\": true}"), n.get("background"));
        assertEquals(JSON.readTree("""
                {"blur_sigma": 1.5, "brightness": 0.1, "contrast": 1.2, "saturation": 0.8, "hue_deg": 15.0,
                 "noise_std": 0.02, "noise_seed": 987654321, "jpeg_quality": 85}"""), n.get("effects"));
        assertEquals(List.of("camera", "materials", "props", "lights", "ambient", "background", "effects"),
                names(n), "key order is fixed");
    }

    @Test
    void aLightsSizeIsRecordedWhenAboveZero() throws Exception {
        Scene s = scene(new CameraDraw(3.5, 20, 45, new Vector3d(), 0, 50), new Background.Solid(new Rgb(0, 0, 0)), SensorEffects.NONE);
        List<Light> sized = List.of(s.lights().get(0).withSize(0.53f), s.lights().get(1), s.lights().get(2).withSize(0.25f));
        JsonNode n = record(s.withLights(sized));
        assertEquals(0.53f, n.get("lights").get(0).get("size").floatValue(), "directional: angular diameter, degrees");
        assertFalse(n.get("lights").get(1).has("size"), "size 0 is left out, as before sizes existed");
        assertEquals(0.25, n.get("lights").get(2).get("size").doubleValue(), "spot: radius, metres");
    }

    @Test
    void optionalPartsAndOtherBackgrounds() throws Exception {
        Material pattern = new Material(new Material.Surface.Procedural(Material.Pattern.NOISE, new Rgb(0, 0, 0),
                new Rgb(1, 1, 1), 4, 77), new Material.UvTransform(3, 0, 0, 90), 0.5f, 0);
        JsonNode n = record(scene(null, new Background.Texture(pattern), SensorEffects.NONE));
        assertFalse(n.has("camera"), "no camera draws recorded");
        assertEquals("texture", n.get("background").get("type").asText());
        assertEquals("noise", n.get("background").get("material").get("pattern").asText());
        assertEquals(77, n.get("background").get("material").get("seed").asInt());
        assertTrue(n.get("effects").get("jpeg_quality").isNull(), "PNG");
        assertEquals(1.0, n.get("effects").get("contrast").asDouble());
        JsonNode intrinsics = record(scene(new CameraDraw(3, 10, 20, new Vector3d(), 0, Double.NaN),
                new Background.Solid(new Rgb(0.5f, 0.5f, 0.5f)), SensorEffects.NONE));
        assertFalse(intrinsics.get("camera").has("fov_deg"), "drawn intrinsics: no field of view");
        assertEquals(JSON.readTree("{\"type\": \"color\", \"color\": [0.5, 0.5, 0.5]}"), intrinsics.get("background"));
    }

    /** The ground: only when the frame has one; its height and material, or that it catches shadows. */
    @Test
    void ground() throws Exception {
        Scene plain = scene(null, new Background.Solid(new Rgb(0.5f, 0.5f, 0.5f)), SensorEffects.NONE);
        assertFalse(record(plain).has("ground"));
        assertEquals(JSON.readTree("{\"height\": -0.25, \"shadow_catcher\": true}"),
                record(plain.withGround(new mirage.scenes.model.Ground(-0.25f, null))).get("ground"));
        Material grey = Material.of(new Material.Surface.BaseColor(new Rgb(0.5f, 0.5f, 0.5f)));
        JsonNode g = record(plain.withGround(new mirage.scenes.model.Ground(1.5f, grey))).get("ground");
        assertEquals(1.5, g.get("height").asDouble());
        assertEquals(JSON.readTree(JSON.writeValueAsString(new SceneProvenance(SPEC_DIR).material(grey))), g.get("material"));
    }

    /** A texture set's maps follow its image, only those it has. */
    @Test
    void textureSetMaps() {
        Material set = Material.of(new Material.Surface.Texture(SPEC_DIR.resolve("textures/rock_color.png"), new Material.Maps(
                SPEC_DIR.resolve("textures/rock_normal.png"), null, SPEC_DIR.resolve("textures/rock_metal.png"), null)));
        JsonNode n = JSON.valueToTree(new SceneProvenance(SPEC_DIR).material(set));
        assertEquals(List.of("type", "image", "normal_map", "metallic_map", "uv", "roughness", "metallic"), names(n));
        assertEquals("textures/rock_normal.png", n.get("normal_map").asText());
        assertEquals("textures/rock_metal.png", n.get("metallic_map").asText());
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
