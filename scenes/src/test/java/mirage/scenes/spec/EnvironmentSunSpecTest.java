package mirage.scenes.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mirage.core.geom.Aabb;
import mirage.core.geom.EnvironmentSun;
import mirage.scenes.model.EnvironmentLight;
import mirage.scenes.model.Light;
import mirage.scenes.model.Scene;
import mirage.scenes.sampling.EnvironmentSuns;
import mirage.scenes.sampling.SceneSampler;
import org.joml.Vector3f;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code environment.sun}: a directional light from the map's sun, turned with the map, its intensity drawn after
 * the map's own values (so adding it moves nothing else), one more light against the limit, and clear errors.
 */
class EnvironmentSunSpecTest {
    /** The stand-in maps' sun: up and towards the map's -Z (u = 0.5) at 30° elevation, warm. */
    static final EnvironmentSun SUN = new EnvironmentSun(0, 0.5, -Math.sqrt(0.75), 1, 0.9, 0.7);
    @TempDir Path tmp;

    private SceneSpec load(String environment) throws Exception {
        Files.writeString(tmp.resolve("a.glb"), "stand-in");
        Path maps = Files.createDirectories(tmp.resolve("hdri"));
        Files.writeString(maps.resolve("a.hdr"), "stand-in");
        Files.writeString(maps.resolve("b.hdr"), "stand-in");
        String yaml = "seed: 4\nframes: 10\nimage: {width: 64, height: 48}\ncamera: {fov_deg: 50, orbit: {distance: 2}}\n"
                + "objects:\n  - {asset: a.glb, category: a, count: 3, position: {min: [-1, -1, -1], max: [1, 1, 1]}}\n"
                + "lights:\n  - {type: point, intensity: {uniform: [1, 2]}, position: {min: [0, 2, 0], max: [1, 3, 1]}}\n"
                + "environment: {hdri_folder: hdri, rotation_deg: {uniform: [0, 360]}, intensity: {uniform: [0.5, 2]}" + environment + "}\n";
        return new SpecLoader().load(Files.writeString(tmp.resolve("scene.yaml"), yaml));
    }

    private static Scene frame(SceneSpec spec, int i, List<Path> asked) {
        EnvironmentSuns suns = map -> {
            asked.add(map);
            return SUN;
        };
        return new SceneSampler(spec, p -> new Aabb(new Vector3f(-0.5f), new Vector3f(0.5f)), 0, suns).sample(i);
    }

    @Test
    void theSunTravelsFromTheTurnedMapsSunAndMovesNothingElse() throws Exception {
        SceneSpec with = load(", sun: {intensity: {uniform: [3, 4]}, size: {uniform: [1, 2]}}");
        SceneSpec without = load("");
        for (int i = 0; i < 10; i++) {
            List<Path> asked = new ArrayList<>();
            Scene a = frame(with, i, asked);
            Scene b = frame(without, i, new ArrayList<>());
            EnvironmentLight env = a.hdr().environment();
            assertEquals(List.of(env.map()), asked, "asked once, for the frame's map");
            assertEquals(b.hdr().environment(), new EnvironmentLight(env.map(), env.rotationDeg(), env.intensity(), env.visible()));
            assertEquals(b.lights(), a.lights().subList(0, b.lights().size()));
            assertEquals(b.lights().size() + 1, a.lights().size());
            assertEquals(b.instances(), a.instances());
            Light sun = a.lights().get(a.lights().size() - 1);
            assertEquals(Light.Type.DIRECTIONAL, sun.type());
            assertTrue(sun.castsShadows());
            // turning the map by r about +Y (counter-clockwise from above) turns its -Z direction towards -X:
            // (0, y, -c) becomes (-c sin r, y, -c cos r); the light travels the other way
            double r = Math.toRadians(env.rotationDeg()), c = Math.sqrt(0.75);
            assertEquals(c * Math.sin(r), sun.direction().x(), 1e-5);
            assertEquals(-0.5, sun.direction().y(), 1e-5);
            assertEquals(c * Math.cos(r), sun.direction().z(), 1e-5);
            double k = env.sun().intensity();
            assertTrue(k >= 3 && k <= 4, "drawn from its distribution: " + k);
            assertEquals(k, sun.radiance().r(), 1e-5);
            assertEquals(0.9 * k, sun.radiance().g(), 1e-5);
            assertEquals(0.7 * k, sun.radiance().b(), 1e-5);
            assertEquals(env.sun().sizeDeg(), sun.size(), 1e-6);
            assertTrue(sun.size() >= 1 && sun.size() <= 2, "drawn from its distribution: " + sun.size());
        }
    }

    @Test
    void noSunNoQuestion() throws Exception {
        Scene s = frame(load(""), 0, new ArrayList<>() {
            @Override public boolean add(Path p) { throw new AssertionError("asked without environment.sun"); }
        });
        assertNull(s.hdr().environment().sun());
    }

    @Test
    void defaultsAndErrors() throws Exception {
        assertEquals(Distribution.constant(2), load(", sun: {}").environment().sun().intensity());
        assertEquals(Distribution.constant(0.53), load(", sun: {}").environment().sun().size());
        String big = assertThrows(SpecException.class, () -> load(", sun: {size: 90}")).getMessage();
        assertTrue(big.contains("environment.sun.size"), big);
        String e = assertThrows(SpecException.class, () -> load(", sun: {intensity: -1}")).getMessage();
        assertTrue(e.contains("environment.sun.intensity: must be >= 0"), e);
        e = assertThrows(SpecException.class, () -> load(", sun: {intensty: 1}")).getMessage();
        assertTrue(e.contains("environment.sun"), e);
    }
}
