package mirage.scenes.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import mirage.scenes.model.AmbientOcclusion;
import mirage.scenes.model.Scene;
import mirage.scenes.sampling.SceneSampler;
import org.joml.Vector3f;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render.ambient_occlusion}: off unless given (or false), defaults for {@code true} and {@code {}}, the
 * intensity drawn per frame on its own stream (nothing else in the frame moves), errors naming field and line.
 */
class AmbientOcclusionSpecTest {
    @TempDir Path tmp;

    private SceneSpec load(String extra) throws Exception {
        Files.writeString(tmp.resolve("a.glb"), "stand-in");
        String yaml = "seed: 4\nframes: 10\nimage: {width: 64, height: 48}\ncamera: {fov_deg: 50, orbit: {distance: 2}}\n"
                + "objects:\n  - {asset: a.glb, category: a, count: 3, position: {min: [-1, -1, -1], max: [1, 1, 1]}}\n" + extra;
        return new SpecLoader().load(Files.writeString(tmp.resolve("scene.yaml"), yaml));
    }

    private static Scene frame(SceneSpec spec, int i) {
        return new SceneSampler(spec, p -> new mirage.core.geom.Aabb(new Vector3f(-0.5f), new Vector3f(0.5f))).sample(i);
    }

    @Test void offUnlessAskedAndDrawnOnItsOwnStream() throws Exception {
        SceneSpec plain = load("");
        assertNull(frame(plain, 2).ambientOcclusion());
        assertFalse(SpecWriter.toJson(plain).contains("ambient_occlusion"), "an absent ambient occlusion stays absent");
        assertNull(load("render: {ambient_occlusion: false}\n").renderOrDefault().ambientOcclusion(), "false: off");
        AmbientOcclusion defaults = new AmbientOcclusion((float) AmbientOcclusionSpec.DEFAULT_RADIUS, AmbientOcclusionSpec.DEFAULT_INTENSITY);
        assertEquals(defaults, frame(load("render: {ambient_occlusion: true}\n"), 0).ambientOcclusion());
        assertEquals(defaults, frame(load("render: {ambient_occlusion: {}}\n"), 0).ambientOcclusion());
        SceneSpec spec = load("render: {ambient_occlusion: {radius: 0.3, intensity: {uniform: [0.2, 0.9]}}}\n");
        Scene f = frame(spec, 2);
        AmbientOcclusion ao = f.ambientOcclusion();
        assertEquals(0.3f, ao.radius());
        assertTrue(ao.intensity() >= 0.2 && ao.intensity() <= 0.9, "intensity " + ao.intensity());
        assertEquals(frame(plain, 2).withAmbientOcclusion(ao), f, "nothing else in the frame moves");
        assertNotEquals(ao.intensity(), frame(spec, 3).ambientOcclusion().intensity(), "drawn per frame");
        assertFalse(spec.hdr(), "does not turn the HDR pipeline on");
        assertEquals(spec, new SpecLoader().load(Files.writeString(tmp.resolve("again.json"), SpecWriter.toJson(spec))));
    }

    @Test void mistakesNameTheFieldAndLine() {
        String radius = assertThrows(SpecException.class,
                () -> load("render: {ambient_occlusion: {radius: 0}}\n")).getMessage();
        assertTrue(radius.matches("(?s).*scene.yaml:7:\\d+: render.ambient_occlusion.radius: must be > 0.*"), radius);
        String intensity = assertThrows(SpecException.class,
                () -> load("render: {ambient_occlusion: {intensity: {uniform: [0.5, 1.5]}}}\n")).getMessage();
        assertTrue(intensity.contains("scene.yaml:7:") && intensity.contains("render.ambient_occlusion.intensity: must be 0..1"), intensity);
        String unknown = assertThrows(SpecException.class, () -> load("render: {ambient_occlusion: {radios: 1}}\n")).getMessage();
        assertTrue(unknown.contains("scene.yaml:7:") && unknown.contains("radios"), unknown);
        String word = assertThrows(SpecException.class, () -> load("render: {ambient_occlusion: strong}\n")).getMessage();
        assertTrue(word.matches("(?s).*scene.yaml:7:\\d+: render.ambient_occlusion: must be true, false or a mapping.*"), word);
    }
}
