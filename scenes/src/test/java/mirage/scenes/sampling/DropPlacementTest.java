package mirage.scenes.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mirage.core.geom.Aabb;
import mirage.core.geom.Primitive;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Prop;
import mirage.scenes.model.Scene;
import mirage.scenes.settling.BodyRef;
import mirage.scenes.settling.DropBody;
import mirage.scenes.spec.CollisionSpec;
import mirage.scenes.spec.SceneSpec;
import org.joml.Matrix4d;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start poses under {@code placement.physics}: above their support by the drawn drop height, inside the bin's walls,
 * never starting inside each other (checked with {@link ExactBoxes}, independent of the placer's own test), one
 * body per settled object with its drawn values. Test asset bounds: 2 x 4 x 4 units; fit_size 0.1 makes 0.05 x 0.1 x 0.1 m.
 */
class DropPlacementTest {
    @TempDir Path tmp;
    TestSpecs specs;

    @BeforeEach void setUp() {
        specs = new TestSpecs(tmp);
    }

    private SceneSpec binSpec(String extra) {
        return specs.load(specs.simpleYaml("{distance: 2}", "{asset: a.glb, category: a, count: 12, fit_size: 0.1}") + """
                distractors:
                  - {shapes: [cube, torus], count: 3, size: 0.08, support: {height: 0.5, min: [1, 1], max: [2, 2]}}
                placement:
                  physics:
                    drop_height: {uniform: [0.01, 0.05]}
                    friction: {uniform: [0.3, 0.9]}
                    bin: {size: [0.3, 0.15, 0.2], wall: 0.01, center: [0.1, -0.1], height: 0.2}
                """ + extra);
    }

    private static double[] extent(Matrix4d pose, Aabb bounds) {
        return DropPlacer.worldExtent(pose, bounds);
    }

    @Test void startPosesAreInsideTheBinAboveTheFloorAndApart() {
        SceneSampler sampler = new SceneSampler(binSpec(""), TestSpecs.FIXED_BOUNDS);
        for (int frame = 0; frame < 30; frame++) {
            FrameSample f = sampler.sampleWithReport(frame);
            Scene s = f.scene();
            assertNotNull(f.drop());
            assertTrue(f.needsSettling());
            assertEquals(12 + 3, f.drop().bodies().size());
            List<Matrix4d> poses = new ArrayList<>();
            List<Aabb> bounds = new ArrayList<>();
            for (int k = 0; k < 12; k++) {
                DropBody b = f.drop().bodies().get(k);
                Instance inst = s.instances().get(k);
                assertEquals(BodyRef.instance(k + 1), b.ref());
                assertTrue(b.inBin());
                assertEquals(CollisionSpec.HULL, b.collision());
                Matrix4d pose = new Matrix4d(inst.modelToWorld());
                double[] e = extent(pose, TestSpecs.BOUNDS);
                assertTrue(e[1] >= 0.21 + b.dropHeight() - 1e-5, "starts above the floor top by its drop height: " + e[1]);
                assertTrue(e[0] >= 0.1 - 0.15 - 1e-5 && e[3] <= 0.1 + 0.15 + 1e-5, "inside the walls in x: " + e[0] + " " + e[3]);
                assertTrue(e[2] >= -0.1 - 0.1 - 1e-5 && e[5] <= -0.1 + 0.1 + 1e-5, "inside the walls in z");
                assertTrue(b.friction() >= 0.3 && b.friction() <= 0.9);
                assertEquals(1000.0, b.density());
                assertNull(b.mass());
                poses.add(pose);
                bounds.add(TestSpecs.BOUNDS);
            }
            for (int k = 0; k < 3; k++) {
                DropBody b = f.drop().bodies().get(12 + k);
                assertEquals(BodyRef.prop(k), b.ref());
                assertEquals(0.5, b.supportY());
                Prop p = s.props().get(k);
                Matrix4d pose = new Matrix4d(p.modelToWorld());
                assertTrue(extent(pose, p.primitive().bounds())[1] >= 0.5 + b.dropHeight() - 1e-5);
                poses.add(pose);
                bounds.add(p.primitive().bounds());
            }
            for (int i = 0; i < poses.size(); i++)
                for (int j = 0; j < i; j++)
                    assertTrue(!ExactBoxes.intersect(poses.get(i), bounds.get(i), poses.get(j), bounds.get(j)),
                            "frame " + frame + ": bodies " + i + " and " + j + " start apart");
            assertEquals(List.of(3, 4, 5, 6, 7), f.drop().binProps());
            for (int k : f.drop().binProps()) {
                assertEquals(Prop.Role.BIN, s.props().get(k).role());
                assertEquals(Primitive.CUBE, s.props().get(k).primitive());
            }
        }
    }

    @Test void aFrameIsTheSameAloneAndPhysicsMovesNoOtherDraw() {
        SceneSampler sampler = new SceneSampler(binSpec(""), TestSpecs.FIXED_BOUNDS);
        assertEquals(sampler.sampleWithReport(4), new SceneSampler(binSpec(""), TestSpecs.FIXED_BOUNDS).sampleWithReport(4));
        Scene a = sampler.sample(4);
        Scene b = new SceneSampler(binSpec("    restitution: 0.5\n"), TestSpecs.FIXED_BOUNDS).sample(4);
        assertEquals(a.instances().get(3).material(), b.instances().get(3).material());
        assertEquals(a.lights(), b.lights());
    }

    @Test void withoutPhysicsThereIsNoDrop() {
        FrameSample f = new SceneSampler(specs.load(specs.simpleYaml("{distance: 2}", "{asset: a.glb, category: a}")),
                TestSpecs.FIXED_BOUNDS).sampleWithReport(0);
        assertNull(f.drop());
        assertTrue(!f.needsSettling());
    }

    @Test void supportedObjectsStartOverTheirRectangleShrunkBySpread() {
        SceneSpec spec = specs.load(specs.simpleYaml("{distance: 2}", "{asset: a.glb, category: a, count: 20, fit_size: 0.1, "
                + "support: {height: 0.3, min: [-1, -1], max: [1, 1]}}") + "placement: {physics: {spread: 0.25, drop_height: 0.1}}\n");
        SceneSampler sampler = new SceneSampler(spec, TestSpecs.FIXED_BOUNDS);
        for (int frame = 0; frame < 10; frame++) {
            FrameSample f = sampler.sampleWithReport(frame);
            for (Instance inst : f.scene().instances()) {
                double[] e = extent(new Matrix4d(inst.modelToWorld()), TestSpecs.BOUNDS);
                assertTrue(Math.abs((e[0] + e[3]) / 2) <= 0.25 + 1e-6 && Math.abs((e[2] + e[5]) / 2) <= 0.25 + 1e-6,
                        "centre within a quarter of the rectangle");
                assertTrue(e[1] >= 0.4 - 1e-5);
            }
            assertEquals(0.3, f.drop().bodies().get(0).supportY());
        }
    }

    @Test void undrawnDistractorsKeepTheirPosesAndAreNoBodies() {
        FrameSample f = new SceneSampler(binSpec("    distractors: false\n"), TestSpecs.FIXED_BOUNDS).sampleWithReport(2);
        assertEquals(12, f.drop().bodies().size());
        double[] e = extent(new Matrix4d(f.scene().props().get(0).modelToWorld()), f.scene().props().get(0).primitive().bounds());
        assertEquals(0.5, e[1], 1e-5, "rests on its support as drawn");
    }
}
