package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import mirage.annotators.labels.CameraLabel;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.FrameLabelJson;
import mirage.annotators.labels.InstanceLabel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mirage scene} on a small rendered dataset (models named relative to the spec, textures through an allowed
 * root, fx != fy, three kinds of light, distractors and an occluder), read back with Assimp: node transforms, the
 * camera's projection, a vertex projected both ways, the lights, the extras.
 */
class SceneCommandTest {
    static final int FRAMES = 2;
    @TempDir
    static Path tmp;
    static Path home;
    static Path spec;
    static Path dataset;

    @BeforeAll
    static void renderAndExport() throws IOException {
        Path models = TinyScene.ASSETS.resolve("models");
        home = tmp.resolve("spec");
        Files.createDirectories(home.resolve("models/Textures"));
        for (String f : List.of("coin.glb", "flag.glb", "Textures/colormap.png"))
            Files.copy(models.resolve(f), home.resolve("models").resolve(f), StandardCopyOption.REPLACE_EXISTING);
        spec = Files.writeString(home.resolve("scene.yaml"), """
                seed: 11
                frames: %d
                image: {width: 80, height: 60}
                camera:
                  intrinsics: {fx: 90, fy: 70, cx: 39.5, cy: 29.5}
                  orbit: {distance: 3.2, elevation_deg: 25}
                objects:
                  - asset: models/coin.glb
                    category: coin
                    fit_size: 0.6
                    position: {min: [-0.4, -0.2, -0.4], max: [0.4, 0.2, 0.4]}
                  - asset: models/flag.glb
                    category: flag
                    fit_size: 0.7
                    position: {min: [-0.4, -0.2, -0.4], max: [0.4, 0.2, 0.4]}
                    material:
                      surface: {texture_folder: %s/textures}
                      uv: {scale: 2, offset: 0.25, rotation_deg: 30}
                      roughness: 0.3
                  - asset: models/coin.glb
                    category: coin
                    fit_size: 0.5
                    material: {surface: {base_color: [0.8, 0.2, 0.1]}, metallic: 1}
                    position: {min: [-0.4, -0.2, -0.4], max: [0.4, 0.2, 0.4]}
                distractors: [{shapes: [torus, cube], count: 2, size: 0.3, position: {min: [-1, -0.5, -1], max: [1, 0.5, 1]}}]
                occluders: {count: 1, shapes: [cylinder], size: 0.2}
                lights:
                  - {type: directional, intensity: 2, color: [1, 0.9, 0.8]}
                  - {type: point, intensity: 3, position: {min: [0, 2, 0], max: [0.5, 2, 0.5]}}
                  - {type: spot, intensity: 4, position: {min: [1, 2, 1], max: [1, 2, 1]}, cone_deg: 35, softness_deg: 10}
                background: {color: [0.3, 0.35, 0.4]}
                outputs: {depth: false, normals: false}
                """.formatted(FRAMES, TinyScene.ASSETS));
        dataset = tmp.resolve("ds");
        CliRun r = TinyScene.render(spec, dataset);
        assertEquals(0, r.exitCode(), r.err());
        for (int f = 0; f < FRAMES; f++) {
            CliRun s = scene(f, glb(f));
            assertEquals(0, s.exitCode(), s.err());
        }
    }

    static Path glb(int frame) {
        return tmp.resolve("frame-" + frame + ".glb");
    }

    static CliRun scene(int frame, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("scene", dataset.toString(), "--frame", String.valueOf(frame),
                "--out", out.toString(), "--spec", spec.toString(), "--allow-root", TinyScene.ASSETS.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    static FrameLabel record(int frame) throws IOException {
        return FrameLabelJson.read(dataset.resolve(String.format("frames/%06d.json", frame)));
    }

    @Test
    void everyInstanceAndPropIsANodeWithTheRecordsModelToWorld() throws IOException {
        for (int f = 0; f < FRAMES; f++) {
            FrameLabel label = record(f);
            GlbTree glb = GlbTree.read(glb(f));
            assertEquals(3, label.instances().size());
            for (InstanceLabel inst : label.instances()) {
                GlbTree.Node node = glb.nodes().get("instance-" + inst.index() + "-" + inst.category());
                assertNotNull(node, "frame " + f + " instance " + inst.index() + " in " + glb.nodes().keySet());
                assertClose(inst.pose().modelToWorld(), node.world(), 1e-6, "instance " + inst.index());
            }
            JsonNode props = label.scene().get("props");
            assertEquals(3, props.size(), "two distractors and an occluder");
            for (int k = 0; k < props.size(); k++) {
                JsonNode p = props.get(k);
                String name = p.get("role").asText() + "-" + (k + 1) + "-" + p.get("shape").asText();
                GlbTree.Node node = glb.nodes().get(name);
                assertNotNull(node, name + " in " + glb.nodes().keySet());
                assertClose(rows(p.get("model_to_world")), node.world(), 1e-6, name);
                assertTrue(node.vertexCount() > 0, name + " has its mesh");
            }
        }
    }

    @Test
    void theCamerasProjectionAndPlacementMatchTheRecord() throws IOException {
        for (int f = 0; f < FRAMES; f++) {
            CameraLabel c = record(f).camera();
            GlbTree glb = GlbTree.read(glb(f));
            GlbTree.Camera cam = glb.cameras().get("camera");
            double tanX = c.width() / (2 * c.fx());
            double tanY = c.height() / (2 * c.fy());
            assertEquals(2 * Math.atan(tanX), cam.horizontalFov(), 1e-6, "horizontal fov");
            assertEquals(2 * Math.atan(tanY), 2 * Math.atan(Math.tan(cam.horizontalFov() / 2) / cam.aspect()), 1e-6,
                    "vertical fov");
            assertEquals(tanX / tanY, cam.aspect(), 1e-6, "aspect: (w / fx) / (h / fy), not w / h, since fx != fy");
            assertEquals(c.near(), cam.near(), 1e-6);
            double[] node = glb.nodes().get("camera").world();
            double[] w2c = c.worldToCamera();
            double[] centre = new double[3];
            for (int i = 0; i < 3; i++)
                for (int j = 0; j < 3; j++) centre[i] -= w2c[j * 4 + i] * w2c[j * 4 + 3];
            assertClose(centre, GlbTree.apply(node, cam.position(), 1), 1e-5, "camera centre");
            double[] forward = {w2c[8], w2c[9], w2c[10]};      // the OpenCV +Z axis in world: row 2 of R
            double[] down = {w2c[4], w2c[5], w2c[6]};          // +Y
            assertClose(forward, GlbTree.apply(node, cam.lookAt(), 0), 1e-5, "looks along the OpenCV +Z");
            assertClose(new double[] {-down[0], -down[1], -down[2]}, GlbTree.apply(node, cam.up(), 0), 1e-5, "up is -Y");
        }
    }

    /** The glb's node and camera (Assimp's fov, aspect, look-at, up), against the record's pose and intrinsics. */
    @Test
    void aModelVertexLandsOnTheSamePixelThroughTheGlbAndThroughTheRecord() throws IOException {
        int checked = 0;
        for (int f = 0; f < FRAMES; f++) {
            FrameLabel label = record(f);
            CameraLabel c = label.camera();
            GlbTree glb = GlbTree.read(glb(f));
            double[] camNode = glb.nodes().get("camera").world();
            GlbTree.Camera cam = glb.cameras().get("camera");
            for (InstanceLabel inst : label.instances()) {
                GlbTree.Node node = glb.nodes().get("instance-" + inst.index() + "-" + inst.category());
                double[] p = node.firstVertex();
                double[] viaGlb = projectGlb(GlbTree.apply(node.world(), p, 1), camNode, cam, c.width(), c.height());
                double[] cp = GlbTree.apply(c.worldToCamera(), GlbTree.apply(inst.pose().modelToWorld(), p, 1), 1);
                assertTrue(cp[2] > 0, "in front of the camera");
                double[] viaRecord = {c.fx() * cp[0] / cp[2] + c.cx(), c.fy() * cp[1] / cp[2] + c.cy()};
                assertEquals(viaRecord[0], viaGlb[0], 1e-3, "u of frame " + f + " instance " + inst.index());
                assertEquals(viaRecord[1], viaGlb[1], 1e-3, "v of frame " + f + " instance " + inst.index());
                checked++;
            }
        }
        assertEquals(3 * FRAMES, checked);
    }

    /** Pixel-centre (u, v) of world point {@code w} through a glTF camera (principal point at the image centre). */
    static double[] projectGlb(double[] w, double[] camNode, GlbTree.Camera cam, int width, int height) {
        double[] forward = normalize(GlbTree.apply(camNode, cam.lookAt(), 0));
        double[] up = normalize(GlbTree.apply(camNode, cam.up(), 0));
        double[] right = cross(forward, up);
        double[] eye = GlbTree.apply(camNode, cam.position(), 1);
        double[] d = {w[0] - eye[0], w[1] - eye[1], w[2] - eye[2]};
        double x = dot(d, right), y = dot(d, up), z = dot(d, forward);
        double tanX = Math.tan(cam.horizontalFov() / 2), tanY = tanX / cam.aspect();
        return new double[] {width / 2.0 * (1 + x / (z * tanX)) - 0.5, height / 2.0 * (1 - y / (z * tanY)) - 0.5};
    }

    @Test
    void everyLightIsThereWithItsKindColourPlacementAndCone() throws IOException {
        for (int f = 0; f < FRAMES; f++) {
            JsonNode lights = record(f).scene().get("lights");
            GlbTree glb = GlbTree.read(glb(f));
            assertEquals(3, lights.size());
            assertEquals(3, glb.lights().size(), "lights " + glb.lights().keySet());
            for (int k = 0; k < lights.size(); k++) {
                JsonNode l = lights.get(k);
                String type = l.get("type").asText();
                String name = "light-" + (k + 1) + "-" + type;
                GlbTree.Light light = glb.lights().get(name);
                assertNotNull(light, name + " in " + glb.lights().keySet());
                assertEquals(List.of("directional", "point", "spot").indexOf(type) + 1, light.type(), name);
                assertClose(vector(l.get("radiance")), light.color(), 1e-5, name + " colour x intensity");
                double[] node = glb.nodes().get(name).world();
                if (l.has("position"))
                    assertClose(vector(l.get("position")), GlbTree.apply(node, light.position(), 1), 1e-5, name);
                if (l.has("direction"))
                    assertClose(vector(l.get("direction")), normalize(GlbTree.apply(node, light.direction(), 0)), 1e-5, name);
                if (type.equals("spot")) {
                    double cone = l.get("cone_deg").asDouble(), soft = l.get("softness_deg").asDouble();
                    assertEquals(Math.toRadians(cone), light.outerCone(), 1e-6, "outer cone");
                    assertEquals(Math.toRadians(cone - soft), light.innerCone(), 1e-6, "inner cone");
                }
            }
        }
    }

    @Test
    void theExtrasCarryTheFrameBackgroundIntrinsicsAndMaterials() throws IOException {
        FrameLabel label = record(1);
        JsonNode gltf = GlbTree.json(glb(1));
        JsonNode mirage = gltf.get("scenes").get(0).get("extras").get("mirage");
        assertEquals(1, mirage.get("frame").asInt());
        assertEquals(label.scene().get("background"), mirage.get("background"));
        assertEquals(label.scene().get("ambient"), mirage.get("ambient"));
        assertEquals(label.scene().get("effects"), mirage.get("effects"));
        JsonNode intrinsics = gltf.get("cameras").get(0).get("extras").get("mirage");
        assertEquals(label.camera().fx(), intrinsics.get("fx").asDouble());
        assertEquals(label.camera().cy(), intrinsics.get("cy").asDouble());
        assertTrue(gltf.get("extensionsUsed").toString().contains("KHR_lights_punctual"));
        assertTrue(gltf.get("extensionsUsed").toString().contains("KHR_texture_transform"));
        int transforms = 0, metal = 0;
        for (JsonNode m : gltf.get("materials")) {
            JsonNode pbr = m.get("pbrMetallicRoughness");
            JsonNode t = pbr.path("baseColorTexture").path("extensions").path("KHR_texture_transform");
            if (!t.isMissingNode()) {
                transforms++;
                assertEquals(Math.toRadians(30), t.get("rotation").asDouble(), 1e-9);
                assertEquals(2, t.get("scale").get(0).asDouble());
                assertEquals(0.3, pbr.get("roughnessFactor").asDouble(), 1e-6);
            }
            if (pbr.path("metallicFactor").asDouble(-1) == 1) metal++;
            assertTrue(m.get("doubleSided").asBoolean(), "the renderer draws both faces");
        }
        assertTrue(transforms > 0, "the flag's texture with its UV transform");
        assertTrue(metal > 0, "the metallic red coin");
    }

    @Test
    void theSameFrameGivesTheSameBytes() throws IOException {
        Path again = tmp.resolve("again.glb");
        CliRun r = scene(1, again);
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(-1, Files.mismatch(glb(1), again));
    }

    @Test
    void badInputEndsInOneClearErrorAndNoFile() throws IOException {
        Path out = tmp.resolve("bad/out.glb");
        Files.createDirectories(out.getParent());
        Path other = Files.writeString(home.resolve("other.yaml"), Files.readString(spec).replace("width: 80", "width: 64"));
        assertFails(scene(7, out), "frames/000007.json: no such frame record");
        assertFails(CliRun.of("scene", home.resolve("models").toString(), "--frame", "0", "--out", out.toString(),
                "--spec", spec.toString()), "not a dataset folder");
        assertFails(CliRun.of("scene", dataset.toString(), "--frame", "0", "--out", out.toString(),
                "--spec", other.toString(), "--allow-root", TinyScene.ASSETS.toString()), "not the spec");
        assertFails(scene(0, tmp.resolve("missing/out.glb")), "no such folder for --out");
        assertFails(scene(0, out.getParent()), "is a folder");
        try (var files = Files.list(out.getParent())) {
            assertEquals(List.of(), files.toList(), "nothing written, no temporary file left");
        }
        assertFalse(Files.exists(tmp.resolve("missing")));
    }

    @Test
    void aRecordNamingAModelOutsideTheAllowedFoldersIsRefused() throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("outside")).resolve("coin.glb");
        Files.copy(home.resolve("models/coin.glb"), outside, StandardCopyOption.REPLACE_EXISTING);
        Path copy = tmp.resolve("ds-tampered");
        for (Path p : TinyScene.files(dataset))
            Files.copy(dataset.resolve(p), Files.createDirectories(copy.resolve(p).getParent()).resolve(p.getFileName()));
        Path record = copy.resolve("frames/000000.json");
        Files.writeString(record, Files.readString(record).replaceFirst("\"models/coin.glb\"", "\"" + outside + "\""));
        Path out = tmp.resolve("tampered.glb");
        CliRun r = CliRun.of("scene", copy.toString(), "--frame", "0", "--out", out.toString(), "--spec",
                spec.toString(), "--allow-root", TinyScene.ASSETS.toString());
        assertFails(r, "000000.json: $.instances[0].asset: " + outside + " is missing, or outside the spec's folder");
        assertFalse(Files.exists(out));
    }

    static void assertFails(CliRun r, String expected) {
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("mirage: error: ") && r.err().contains(expected), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    }

    static void assertClose(double[] expected, double[] actual, double tol, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++)
            assertEquals(expected[i], actual[i], tol * Math.max(1, Math.abs(expected[i])), what + " [" + i + "]");
    }

    static double[] rows(JsonNode m) {
        double[] out = new double[16];
        for (int i = 0; i < 16; i++) out[i] = m.get(i / 4).get(i % 4).asDouble();
        return out;
    }

    static double[] vector(JsonNode v) {
        return new double[] {v.get(0).asDouble(), v.get(1).asDouble(), v.get(2).asDouble()};
    }

    static double[] normalize(double[] v) {
        double n = Math.sqrt(dot(v, v));
        return new double[] {v[0] / n, v[1] / n, v[2] / n};
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }
}
