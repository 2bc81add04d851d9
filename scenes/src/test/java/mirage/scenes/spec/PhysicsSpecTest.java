package mirage.scenes.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code placement.physics}: defaults, and one clear error per mistake, naming the field. */
class PhysicsSpecTest {
    @TempDir Path tmp;

    private SceneSpec load(String objects, String physics) throws Exception {
        Files.writeString(tmp.resolve("a.glb"), "stand-in");
        String yaml = "frames: 1\nimage: {width: 64, height: 48}\ncamera: {fov_deg: 50, orbit: {distance: 2}}\nobjects:\n  - " + objects
                + "\nplacement:\n" + physics;
        return new SpecLoader().load(Files.writeString(tmp.resolve("scene.yaml"), yaml));
    }

    private String error(String objects, String physics) {
        return assertThrows(SpecException.class, () -> load(objects, physics)).getMessage();
    }

    private static final String ON_PLANE = "{asset: a.glb, category: a, support: {min: [0, 0], max: [1, 1]}}";
    private static final String FREE = "{asset: a.glb, category: a}";

    @Test void defaults() throws Exception {
        PhysicsSpec p = load(ON_PLANE, "  physics: {}\n").placement().physics();
        assertEquals(Distribution.constant(9.81), p.gravity());
        assertEquals(Distribution.constant(1000), p.density());
        assertEquals(null, p.mass());
        assertEquals(CollisionSpec.HULL, p.collision());
        assertEquals(1.0 / 240, p.timeStep());
        assertEquals(2400, p.maxSteps());
        assertEquals(PhysicsSpec.OnFailure.KEEP, p.onFailure());
        assertEquals(30, p.rest().steps());
        assertTrue(p.distractors());
    }

    @Test void aBinTakesObjectsWithoutSupport() throws Exception {
        BinSpec bin = load(FREE, "  physics: {bin: {size: [0.4, 0.2, 0.3], material: {base_color: [0.2, 0.2, 0.2]}}}\n")
                .placement().physics().bin();
        assertEquals(0.4, bin.width());
        assertEquals(0.01, bin.floorTop(), 1e-12);
    }

    @Test void mistakesNameTheirField() {
        assertTrue(error(FREE, "  physics: {}\n").contains("objects[0]: under placement.physics each entry drops onto its support plane or into placement.physics.bin"), error(FREE, "  physics: {}\n"));
        assertTrue(error("{asset: a.glb, category: a, position: {min: [0, 0, 0], max: [1, 1, 1]}}",
                "  physics: {bin: {size: [1, 1, 1]}}\n").contains("objects[0].position: objects without a support drop into"));
        assertTrue(error(ON_PLANE, "  physics: {density: 5, mass: 1}\n").contains("placement.physics.density: give density or mass, not both"));
        assertTrue(error(ON_PLANE, "  collision_free: true\n  physics: {}\n").contains("collision_free: physics keeps objects apart itself"));
        assertTrue(error(ON_PLANE, "  physics: {restitution: 2}\n").contains("placement.physics.restitution: must be 0..1"));
        assertTrue(error(ON_PLANE, "  physics: {collision: mesh}\n").contains("collision"));
        assertTrue(error(ON_PLANE, "  physics: {bin: {size: [1, 1]}}\n").contains("placement.physics.bin.size: must be a list of 3 numbers"));
        assertTrue(error(ON_PLANE, "  physics: {time_step: 1}\n").contains("placement.physics.time_step: must be 1.0E-4..0.1"),
                error(ON_PLANE, "  physics: {time_step: 1}\n"));
        assertTrue(error("{asset: a.glb, category: a, collision: vhacd, support: {min: [0, 0], max: [1, 1]}}", "  {}\n")
                .contains("objects[0].collision: collision shapes are for placement.physics"));
    }
}
