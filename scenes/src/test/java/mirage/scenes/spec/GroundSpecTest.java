package mirage.scenes.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import mirage.scenes.model.Ground;
import mirage.scenes.model.Material;
import mirage.scenes.model.Scene;
import mirage.scenes.sampling.SceneSampler;
import org.joml.Vector3f;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ground}: off unless given, defaults, drawn on its own stream (nothing else moves), errors with their line. */
class GroundSpecTest {
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
        assertNull(plain.ground());
        assertNull(frame(plain, 2).ground());
        assertFalse(SpecWriter.toJson(plain).contains("\"ground\""), "an absent ground stays absent");
        SceneSpec spec = load("ground: {height: {uniform: [-1, -0.5]}, material: {base_color: [0.2, 0.3, 0.4]}}\n");
        Scene f = frame(spec, 2);
        Ground g = f.ground();
        assertTrue(g.height() >= -1 && g.height() <= -0.5, "height " + g.height());
        assertFalse(g.shadowCatcher());
        assertTrue(g.material().surface() instanceof Material.Surface.BaseColor, g.material().toString());
        assertEquals(frame(plain, 2).withGround(g), f, "nothing else in the frame moves");
        assertNotEquals(g.height(), frame(spec, 3).ground().height(), "drawn per frame");
        assertEquals(spec, new SpecLoader().load(Files.writeString(tmp.resolve("again.json"), SpecWriter.toJson(spec))));
        Ground catcher = frame(load("ground: {shadow_catcher: true}\n"), 0).ground();
        assertEquals(new Ground(0f, null), catcher);
        assertTrue(catcher.shadowCatcher());
        assertNotEquals(null, frame(load("ground: {}\n"), 0).ground().material(), "a random colour by default");
    }

    @Test void mistakesNameTheFieldAndLine() {
        String both = assertThrows(SpecException.class,
                () -> load("ground: {shadow_catcher: true, material: {base_color: [1, 0, 0]}}\n")).getMessage();
        assertTrue(both.matches("(?s).*scene.yaml:7:\\d+: ground.material: a shadow catcher is invisible.*"), both);
        String height = assertThrows(SpecException.class, () -> load("ground: {height: high}\n")).getMessage();
        assertTrue(height.contains("scene.yaml:7:") && height.contains("ground.height"), height);
        String unknown = assertThrows(SpecException.class, () -> load("ground: {heigth: 0}\n")).getMessage();
        assertTrue(unknown.contains("scene.yaml:7:") && unknown.contains("heigth"), unknown);
    }
}
