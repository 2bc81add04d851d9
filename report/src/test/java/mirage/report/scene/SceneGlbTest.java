package mirage.report.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.javagl.jgltf.impl.v2.GlTF;
import de.javagl.jgltf.impl.v2.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mirage.annotators.labels.CameraLabel;
import mirage.annotators.labels.FrameLabel;
import mirage.assets.AssetSource;
import mirage.assets.Model;
import mirage.assets.TextureData;
import mirage.assets.primitives.PrimitiveMeshes;
import mirage.core.error.MirageException;
import mirage.core.geom.Primitive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SceneGlb} on hand-written records without instances: props from primitives and from a model folder,
 * lights (a hard-edged spot), a record without a scene, bad scene values, and the written file.
 */
class SceneGlbTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path RECORD = Path.of("ds/frames/000004.json");

    @TempDir
    Path tmp;

    /** Models: a sphere for any path. */
    private final AssetSource sphere = new AssetSource() {
        @Override public Model model(Path file) {
            return PrimitiveMeshes.model(Primitive.SPHERE);
        }

        @Override public TextureData image(Path file) {
            throw new AssertionError("no image in these records");
        }
    };

    private SceneAssets assets() throws IOException {
        Files.createDirectories(tmp.resolve("clutter"));
        Files.writeString(tmp.resolve("clutter/rock.glb"), "a model file the fake source does not read");
        return new SceneAssets(tmp, List.of(), sphere);
    }

    static FrameLabel frame(String sceneJson) throws IOException {
        CameraLabel camera = new CameraLabel(64, 48, 60, 60, 31.5, 23.5, 0.1, 50,
                new double[] {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 2, 0, 0, 0, 1});
        return new FrameLabel(4, 5, "000004.png", camera, List.of(), sceneJson == null ? null : JSON.readTree(sceneJson));
    }

    static String scene(String props, String lights) {
        return """
                {"materials": [], "props": [%s], "lights": [%s], "ambient": [0.1, 0.1, 0.1],
                 "background": {"type": "image", "image": "bg/a.jpg", "zoom": 1.5, "x": 0.2, "y": 0.7, "flip": true},
                 "effects": {"blur_sigma": 0.5}}""".formatted(props, lights);
    }

    static final String CUBE = """
            {"role": "distractor", "shape": "cube", "model_to_world": [[2, 0, 0, 1], [0, 2, 0, 2], [0, 0, 2, 3], [0, 0, 0, 1]],
             "material": {"type": "procedural", "pattern": "checker", "color_a": [0, 0, 0], "color_b": [1, 1, 1], "cells": 4,
                          "seed": 0, "uv": {"scale": 1, "offset": [0, 0], "rotation_deg": 0}, "roughness": 0.7, "metallic": 0}}""";
    static final String ROCK = CUBE.replace("\"shape\": \"cube\"", "\"asset\": \"clutter/rock.glb\"")
            .replace("distractor", "occluder");
    static final String SPOT = """
            {"type": "spot", "position": [0, 3, 0], "direction": [0, -1, 0], "radiance": [2, 4, 1], "cone_deg": 20,
             "softness_deg": 0, "shadows": true}""";

    static Map<String, Node> nodes(GlTF gltf) {
        Map<String, Node> out = new java.util.LinkedHashMap<>();
        for (Node n : gltf.getNodes()) out.put(n.getName(), n);
        return out;
    }

    @Test
    void propsBecomeNodesWithTheirTransformAndMaterial() throws IOException {
        GlTF gltf = SceneGlb.build(frame(scene(CUBE + "," + ROCK, "")), RECORD, assets()).getGltf();
        Map<String, Node> nodes = nodes(gltf);
        assertEquals(List.of("distractor-1-cube", "occluder-2-rock.glb", "camera"), List.copyOf(nodes.keySet()));
        float[] m = nodes.get("distractor-1-cube").getMatrix();
        assertEquals(2, m[0]);
        assertEquals(1, m[12], "translation x in column-major position 12");
        assertEquals(3, m[14]);
        var pbr = gltf.getMaterials().get(0).getPbrMetallicRoughness();
        float[] mean = pbr.getBaseColorFactor();   // the linear mean of black and white stands in for the checker
        assertEquals("[0.5, 0.5, 0.5, 1.0]", java.util.Arrays.toString(mean));
        assertEquals(0.7f, pbr.getRoughnessFactor());
        assertNull(gltf.getExtensionsUsed(), "no light, no texture: no extension");
    }

    @Test
    void aHardEdgedSpotGetsItsInnerConeJustInsideTheOuter() throws IOException {
        GlTF gltf = SceneGlb.build(frame(scene("", SPOT)), RECORD, assets()).getGltf();
        JsonNode lights = JSON.valueToTree(gltf.getExtensions().get("KHR_lights_punctual")).get("lights");
        JsonNode spot = lights.get(0);
        assertEquals("light-1-spot", spot.get("name").asText());
        assertEquals(4, spot.get("intensity").asDouble());
        assertEquals("[0.5,1.0,0.25]", spot.get("color").toString());
        double outer = spot.get("spot").get("outerConeAngle").asDouble();
        double inner = spot.get("spot").get("innerConeAngle").asDouble();
        assertEquals(Math.toRadians(20), outer, 1e-7);
        assertTrue(inner < outer && inner > outer - 1e-6, inner + " < " + outer);
        assertTrue(spot.get("extras").get("mirage").get("shadows").asBoolean());
        float[] m = nodes(gltf).get("light-1-spot").getMatrix();
        assertEquals(0, m[8], 1e-7);
        assertEquals(1, m[9], 1e-7, "-Z (column 2) points down, as the light");
        assertEquals(0, m[10], 1e-7);
        assertEquals(List.of("KHR_lights_punctual"), gltf.getExtensionsUsed());
    }

    @Test
    void aRecordWithoutASceneHasTheCameraAlone() throws IOException {
        GlTF gltf = SceneGlb.build(frame(null), RECORD, assets()).getGltf();
        assertEquals(List.of("camera"), List.copyOf(nodes(gltf).keySet()));
        JsonNode extras = JSON.valueToTree(gltf.getScenes().get(0).getExtras()).get("mirage");
        assertEquals(4, extras.get("frame").asInt());
        assertFalse(extras.has("background"));
    }

    @Test
    void theBackgroundAndEffectsGoToTheScenesExtras() throws IOException {
        GlTF gltf = SceneGlb.build(frame(scene("", "")), RECORD, assets()).getGltf();
        JsonNode extras = JSON.valueToTree(gltf.getScenes().get(0).getExtras()).get("mirage");
        assertEquals(JSON.readTree(scene("", "")).get("background"), extras.get("background"));
        assertEquals(0.5, extras.get("effects").get("blur_sigma").asDouble());
        assertEquals("000004.png", extras.get("file_name").asText());
    }

    @Test
    void badSceneValuesNameTheRecordAndTheField() throws IOException {
        SceneAssets assets = assets();
        String[][] cases = {
                {scene(CUBE.replace("cube", "blob"), ""), "$.scene.props[0].shape: unknown shape 'blob'"},
                {scene("", SPOT.replace("\"cone_deg\": 20", "\"cone_deg\": 95")), "$.scene.lights[0].cone_deg: must be in (0, 90)"},
                {scene("", SPOT.replace("[2, 4, 1]", "[2, -4, 1]")), "$.scene.lights[0].radiance: must not be negative"},
                {scene(CUBE.replace("[0, 0, 0, 1]]", "[0, 0, 1]]"), ""), "$.scene.props[0].model_to_world[3]: expected an array of 4"},
                {scene(CUBE.replace("procedural", "glass"), ""), "$.scene.props[0].material.type: unknown material type 'glass'"},
                {scene(ROCK.replace("clutter/rock.glb", "../elsewhere.glb"), ""), "$.scene.props[0].asset: "},
                {"{\"materials\": [{}], \"props\": [], \"lights\": []}", "$.scene.materials: has 1 entries for 0 instances"},
        };
        for (String[] c : cases) {
            MirageException e = assertThrows(MirageException.class, () -> SceneGlb.build(frame(c[0]), RECORD, assets));
            assertTrue(e.getMessage().startsWith(RECORD + ": " + c[1]), e.getMessage());
        }
    }

    @Test
    void theFileIsWrittenWholeOrNotAtAll() throws IOException {
        Path out = tmp.resolve("frame.glb");
        SceneGlb.write(frame(scene(CUBE, SPOT)), RECORD, assets(), out);
        byte[] glb = Files.readAllBytes(out);
        assertEquals("glTF", new String(glb, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        Path blocked = tmp.resolve("frame.glb/inside.glb");   // a file where a folder would have to be
        assertThrows(MirageException.class, () -> SceneGlb.write(frame(scene(CUBE, SPOT)), RECORD, assets(), blocked));
        try (var files = Files.list(tmp)) {
            assertEquals(List.of("clutter", "frame.glb"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
