package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every realism feature in one run, and the labels stay exact: environment maps as light and background with the
 * map's sun, exposure and a tone mapper, a shadow-catching ground under objects settled by physics, soft shadows
 * from a sized point light and the sun, ambient occlusion, multisampled RGB, the coverage image, and full glTF
 * materials (a cube of windows cut out by alpha MASK with a normal map, a BLEND glass cube, spheres drawing a PBR
 * texture set). The independent label checks hold ({@link LabelChecks}: COCO masks against the instance PNG, poses
 * against the visible pixels, amodal against visible, the rasterized geometry's box against the amodal box, depth
 * and normals against the masks); pycocotools agrees where it is installed; and the same spec with every RGB-only
 * feature turned off (no anti-aliasing, no ambient occlusion, hard shadows) gives byte-identical labels.
 */
class RealismLabelChecksTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int FRAMES = 3;
    static final String SPEC = """
            seed: 21
            frames: %d
            image: {width: 160, height: 120}
            camera:
              fov_deg: 50
              exposure_ev: {uniform: [-0.3, 0.3]}
              orbit: {target: [0, 0.3, 0], distance: {uniform: [2.4, 3.0]}, elevation_deg: {uniform: [20, 40]}, azimuth_deg: {uniform: [0, 360]}}
            objects:
              - {asset: "%s", category: window, count: 1, fit_size: 0.6, material: {surface: asset},
                 support: {height: 0, min: [-0.5, -0.5], max: [0.5, 0.5]}}
              - {asset: "%s", category: glass, count: 1, fit_size: 0.5, material: {surface: asset},
                 support: {height: 0, min: [-0.5, -0.5], max: [0.5, 0.5]}}
              - {asset: "%s", category: ball, count: 2, fit_size: 0.35, material: {texture_folder: "%s"},
                 support: {height: 0, min: [-0.6, -0.6], max: [0.6, 0.6]}}
              - {asset: "%s", category: character, count: 1, fit_size: 0.7, support: {height: 0, min: [-0.6, -0.6], max: [0.6, 0.6]}}
            placement: {physics: {}}
            lights: [{type: point, intensity: 2, shadows: true, size: %s, position: {min: [-1, 2, -1], max: [1, 2.5, 1]}}]
            environment: {hdri_folder: "%s", sun: {intensity: 2, size: %s}}
            ground: {height: 0, shadow_catcher: true}
            render: {tonemap: agx%s}
            outputs: {coverage: true}
            """;
    @TempDir
    static Path tmp;
    static Path out;
    static Path plain;

    @BeforeAll
    static void render() throws Exception {
        Path window = PbrMaterialsRunTest.WindowCube.write(Files.createDirectories(tmp.resolve("window")));
        Path glass = PbrMaterialsRunTest.WindowCube.write(Files.createDirectories(tmp.resolve("glass")));
        Files.writeString(glass, Files.readString(glass).replace("\"MASK\"", "\"BLEND\""));
        Path textures = PbrMaterialsRunTest.stoneTextureSet(tmp.resolve("textures"));
        Path maps = Files.createDirectories(tmp.resolve("maps"));
        Files.copy(CliRun.repo().resolve("examples/default/assets/hdri/quarry_01_1k.hdr"), maps.resolve("quarry.hdr"));
        Path sphere = CliRun.repo().resolve("examples/default/assets/models/sphere.obj");
        Path character = CliRun.repo().resolve("examples/default/assets/models/character.glb");
        String realistic = SPEC.formatted(FRAMES, window, glass, sphere, textures, character, "0.15", maps, "1.5",
                ", antialias: msaa4, ambient_occlusion: {radius: 0.3}");
        String rgbOff = SPEC.formatted(FRAMES, window, glass, sphere, textures, character, "0", maps, "0", "");
        out = EnvironmentRunTest.render(tmp, "realistic", realistic, tmp.resolve("out"));
        plain = EnvironmentRunTest.render(tmp, "plain", rgbOff, tmp.resolve("plain"));
    }

    static LabelChecks checks() {
        return new LabelChecks(out, tmp);
    }

    @Test
    void independentLabelChecksHold() throws Exception {
        assertTrue(checks().cocoMasksEqualTheInstancePngPixels() >= 3 * FRAMES);
        checks().recordedPosesProjectOntoTheVisiblePixels();
        assertTrue(checks().amodalLabelsContainTheVisibleOnes() > 0);
        assertTrue(checks().projectedVerticesLandOnTheAmodalBox() >= FRAMES);
        checks().depthAndNormalsCoverExactlyTheObjects(500, 6000);
    }

    /** Every feature is on, as the records say. */
    @Test
    void theRecordsHoldEveryFeature() throws Exception {
        for (int f = 0; f < FRAMES; f++) {
            JsonNode scene = JSON.readTree(out.resolve("frames/%06d.json".formatted(f)).toFile()).get("scene");
            assertEquals("msaa4", scene.get("antialias").asText());
            assertTrue(scene.has("ambient_occlusion"), "ambient occlusion");
            assertTrue(scene.get("ground").get("shadow_catcher").asBoolean());
            assertTrue(scene.get("hdr").get("environment").has("sun"));
            assertEquals("agx", scene.get("hdr").get("tonemap").asText());
            assertTrue(scene.get("physics").get("at_rest").asBoolean(), "settled");
            JsonNode lights = scene.get("lights");
            assertEquals(0.15, lights.get(0).get("size").asDouble(), 1e-6);
            assertEquals(1.5, lights.get(1).get("size").asDouble(), 1e-6);
            assertTrue(Files.size(out.resolve("coverage/%06d.png".formatted(f))) > 0);
        }
    }

    /** Anti-aliasing, ambient occlusion and light sizes change the RGB only: every label file is the same bytes. */
    @Test
    void theRgbOnlyFeaturesLeaveEveryLabelAsItWas() throws Exception {
        for (String dir : List.of("masks/instance", "masks/semantic", "depth", "normals", "coverage", "annotations"))
            for (Path f : KillAndResumeTest.files(out.resolve(dir)))
                assertArrayEquals(Files.readAllBytes(plain.resolve(dir).resolve(f)), Files.readAllBytes(out.resolve(dir).resolve(f)), dir + "/" + f);
        int differing = 0;
        for (Path f : KillAndResumeTest.files(out.resolve("images")))
            if (!java.util.Arrays.equals(Files.readAllBytes(plain.resolve("images").resolve(f)), Files.readAllBytes(out.resolve("images").resolve(f))))
                differing++;
        assertEquals(FRAMES, differing, "the RGB does change");
    }

    /** pycocotools reads the COCO file as it is and scores it against itself at AP = 1 (where it is installed). */
    @Test
    void pycocotoolsAgrees() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(PycocotoolsCheckTest.hasPycocotools(), "no Python with pycocotools and Pillow (set MIRAGE_PYTHON)");
        Process p = new ProcessBuilder(PycocotoolsCheckTest.python(), CliRun.repo().resolve("scripts/check_coco.py").toString(), out.toString())
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "check_coco.py timed out");
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), log);
        assertTrue(log.contains("segm AP (GT vs GT) = 1.000") && log.contains("bbox AP (GT vs GT) = 1.000"), log);
    }
}
