package mirage.scenes.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import mirage.scenes.model.HdrLook;
import mirage.scenes.model.Scene;
import mirage.scenes.sampling.SceneSampler;
import org.joml.Vector3f;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render}, {@code camera.exposure_ev} and {@code environment}: off unless given, defaults, draws on their own
 * streams (nothing else in the frame moves), and one clear error per mistake, naming the field and its line.
 */
class HdrSpecTest {
    @TempDir Path tmp;

    private SceneSpec load(String camera, String extra) throws Exception {
        Files.writeString(tmp.resolve("a.glb"), "stand-in");
        Path maps = Files.createDirectories(tmp.resolve("hdri"));
        Files.writeString(maps.resolve("a.hdr"), "stand-in");
        Files.writeString(maps.resolve("b.EXR"), "stand-in");
        Files.writeString(maps.resolve("c.png"), "not a map");
        String yaml = "seed: 4\nframes: 10\nimage: {width: 64, height: 48}\ncamera: {fov_deg: 50, orbit: {distance: 2}" + camera
                + "}\nobjects:\n  - {asset: a.glb, category: a, count: 3, position: {min: [-1, -1, -1], max: [1, 1, 1]}}\n"
                + "lights:\n  - {type: point, intensity: {uniform: [1, 2]}, position: {min: [0, 2, 0], max: [1, 3, 1]}}\n" + extra;
        return new SpecLoader().load(Files.writeString(tmp.resolve("scene.yaml"), yaml));
    }

    private String error(String camera, String extra) {
        return assertThrows(SpecException.class, () -> load(camera, extra)).getMessage();
    }

    private static Scene frame(SceneSpec spec, int i) {
        return new SceneSampler(spec, p -> new mirage.core.geom.Aabb(new Vector3f(-0.5f), new Vector3f(0.5f))).sample(i);
    }

    @Test void offUnlessAsked() throws Exception {
        SceneSpec plain = load("", "");
        assertFalse(plain.hdr());
        assertNull(frame(plain, 0).hdr());
        assertEquals(Distribution.constant(0.15), plain.ambient());
        SceneSpec tonemapped = load("", "render: {tonemap: agx}\n");
        assertTrue(tonemapped.hdr());
        HdrLook look = frame(tonemapped, 0).hdr();
        assertEquals(RenderSpec.Tonemap.AGX, look.tonemap());
        assertEquals(0.0, look.exposureEv());
        assertNull(look.environment());
        assertEquals(RenderSpec.Tonemap.KHRONOS_NEUTRAL, load(", exposure_ev: 1", "").renderOrDefault().tonemap());
    }

    @Test void environmentDrawsOnItsOwnStreams() throws Exception {
        SceneSpec plain = load("", "ambient: 0.15\n");
        SceneSpec lit = load(", exposure_ev: {uniform: [-1, 1]}", "ambient: 0.15\nenvironment: {hdri_folder: hdri, intensity: {uniform: [1, 3]}}\n");
        assertEquals(2, lit.environment().hdriFolder().images().size());   // .hdr and .exr, any case; not the .png
        assertEquals(Distribution.constant(0), load("", "environment: {hdri_folder: hdri}\n").ambient());
        Set<Path> maps = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            Scene a = frame(plain, i), b = frame(lit, i);
            assertEquals(a.withHdr(b.hdr()), b, "frame " + i + ": only the HDR look differs");
            HdrLook look = b.hdr();
            assertTrue(look.exposureEv() >= -1 && look.exposureEv() <= 1);
            assertTrue(look.environment().intensity() >= 1 && look.environment().intensity() <= 3);
            assertTrue(look.environment().rotationDeg() >= 0 && look.environment().rotationDeg() <= 360);
            assertTrue(look.environment().visible());
            maps.add(look.environment().map());
            assertEquals(look, frame(lit, i).hdr(), "same frame, same draws");
        }
        assertEquals(2, maps.size(), "both maps drawn in 10 frames");
    }

    @Test void writtenBackAndReadAgainItIsTheSameSpec() throws Exception {
        SceneSpec spec = load(", exposure_ev: {uniform: [-1, 1]}",
                "environment: {hdri_folder: hdri, rotation_deg: 30, intensity: {normal: {mean: 1, std: 0.1, min: 0, max: 2}}, visible: false}\nrender: {tonemap: aces}\n");
        String json = SpecWriter.toJson(spec);
        assertTrue(json.contains("\"tonemap\" : \"aces\"") && json.contains("\"hdri_folder\" : \"hdri\""), json);
        SceneSpec again = new SpecLoader().load(Files.writeString(tmp.resolve("again.json"), json));
        assertEquals(spec, again);
        assertFalse(SpecWriter.toJson(load("", "")).contains("environment"), "absent fields stay absent");
    }

    @Test void mistakesNameTheirFieldAndLine() {
        assertTrue(error("", "render: {tonemap: reinhard}\n").matches(".*scene.yaml:9:\\d+: render.tonemap: must be one of khronos_neutral, aces, agx, linear.*"),
                error("", "render: {tonemap: reinhard}\n"));
        assertTrue(error(", exposure_ev: 31", "").contains("camera.exposure_ev: must be -30..30, got 31"));
        assertTrue(error("", "environment: {hdri_folder: hdri, intensity: -1}\n").contains("environment.intensity: must be >= 0"));
        assertTrue(error("", "environment: {intensity: 1}\n").contains("environment.hdri_folder"));
        assertTrue(error("", "environment: {hdri_folder: missing}\n").contains("environment.hdri_folder: folder not found"));
        assertTrue(error("", "environment: {hdri_folder: ., visible: 1}\n").contains("environment"));
        assertTrue(error("", "environment: {hdri_folder: hdri, spin: 3}\n").contains("spin"));
    }
}
